import { ReminderSubjectRecord, ReminderSubjectSource } from '@app/reminders';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Household } from './household.entity';

/** Households as reminders see them: reference, territory, referent and team (libs/reminders asks; pathway owns the table). */
@Injectable()
export class HouseholdReminderSubjects implements ReminderSubjectSource {
  readonly type = 'household';

  subjectsOf(manager: EntityManager, ids: string[]): Promise<ReminderSubjectRecord[]> {
    return manager
      .getRepository(Household)
      .createQueryBuilder('h')
      .select(['h.id', 'h.territoryId', 'h.reference', 'h.referentUserId', 'h.organisationId'])
      .where('h.id = ANY(:ids)', { ids })
      .getMany();
  }
}
