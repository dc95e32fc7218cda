import { ReminderSubjectRecord, ReminderSubjectSource } from '@app/reminders';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ConventionRepository } from './convention.repository';

/** Conventions as reminders see them: their key, no referent, the coordination team that imported them. */
@Injectable()
export class ConventionReminderSubjects implements ReminderSubjectSource {
  readonly type = 'convention';

  constructor(private readonly conventions: ConventionRepository) {}

  async subjectsOf(manager: EntityManager, ids: string[]): Promise<ReminderSubjectRecord[]> {
    return (await this.conventions.keysAndTeamsOf(manager, ids)).map((c) => ({
      id: c.id,
      territoryId: c.territoryId,
      reference: c.key,
      referentUserId: null,
      organisationId: c.organisationId,
    }));
  }
}
