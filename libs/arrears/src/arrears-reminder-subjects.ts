import { ReminderSubjectRecord, ReminderSubjectSource } from '@app/reminders';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ArrearsFilesRepository } from './arrears-files.repository';

/** Arrears files as reminders see them: the `A-000042` reference, the advisor as referent, the organisation's team. */
@Injectable()
export class ArrearsFileReminderSubjects implements ReminderSubjectSource {
  readonly type = 'arrears_file';

  constructor(private readonly files: ArrearsFilesRepository) {}

  async subjectsOf(manager: EntityManager, ids: string[]): Promise<ReminderSubjectRecord[]> {
    return (await this.files.referencesAndTeamsOf(manager, ids)).map((f) => ({
      id: f.id,
      territoryId: f.territoryId,
      reference: f.reference,
      referentUserId: f.advisorUserId,
      organisationId: f.organisationId,
    }));
  }
}
