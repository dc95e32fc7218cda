import { Actor, DomainError } from '@app/core';
import { AccessPolicy } from '@app/identity';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ArrearsFile } from './arrears-file.entity';
import { ArrearsFilesRepository, FileScope } from './arrears-files.repository';
import { ArrearsLandlord } from './landlord.entity';
import { LandlordsRepository } from './landlords.repository';

/**
 * The authorisation layer of arrears files: an ADIL organisation's files and landlords are seen
 * by its arrears advisors, and by the territory's admins. Anything else answers 404.
 */
@Injectable()
export class ArrearsAccess {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly files: ArrearsFilesRepository,
    private readonly landlords: LandlordsRepository,
  ) {}

  /** 404 unless the actor may see the file: for another context acting on it (its reminders). */
  async assertVisible(actor: Actor, id: string): Promise<void> {
    await this.file(this.dataSource.manager, actor, id);
  }

  /** Where the actor's queries look: the territory, and their organisation unless they are an admin. */
  scope(actor: Actor): FileScope {
    const organisationId = this.policy.organisationFilter(actor);
    return { territoryId: actor.territoryId, ...(organisationId ? { organisationId } : {}) };
  }

  async file(manager: EntityManager, actor: Actor, id: string, lock = false): Promise<ArrearsFile> {
    const file = await this.files.findInScope(manager, id, this.scope(actor), lock);
    if (!file) throw DomainError.notFound('Arrears file');
    return file;
  }

  async landlord(manager: EntityManager, actor: Actor, id: string): Promise<ArrearsLandlord | null> {
    return this.landlords.findInScope(manager, id, this.scope(actor));
  }
}
