import { AuditService } from '@app/audit';
import { Actor } from '@app/core';
import { inTransaction } from '@app/database';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CreateNoteDto } from './dto/household.dto';
import { HouseholdAccess } from './household-access';
import { HouseholdNotesRepository } from './household-notes.repository';
import { NoteView, toNoteView } from './household.view';

/** The notes written on a file; a health note is read only by its author's organisation. */
@Injectable()
export class HouseholdNotesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: HouseholdAccess,
    private readonly audit: AuditService,
    private readonly notes: HouseholdNotesRepository,
  ) {}

  async add(actor: Actor, id: string, dto: CreateNoteDto): Promise<NoteView> {
    return inTransaction(this.dataSource, async (manager) => {
      await this.access.load(manager, actor, id);
      const note = await this.notes.add(manager, {
        householdId: id,
        organisationId: actor.organisationId,
        authorUserId: actor.userId,
        health: dto.health ?? false,
        body: dto.body,
      });
      await this.audit.record(
        actor,
        { action: 'create', resourceType: 'household_note', resourceId: note.id, details: { householdId: id, health: note.health } },
        manager,
      );
      return toNoteView(note);
    });
  }

  /** Notes of the file; health notes only when written by the reader's organisation. */
  async list(actor: Actor, id: string): Promise<NoteView[]> {
    const manager = this.dataSource.manager;
    await this.access.load(manager, actor, id);
    const notes = await this.notes.readableBy(manager, id, actor.organisationId);
    await this.audit.record(actor, { action: 'read', resourceType: 'household_note', resourceId: id, details: { count: notes.length } });
    return notes.map(toNoteView);
  }
}
