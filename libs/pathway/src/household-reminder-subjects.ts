import { ReminderSubjectRecord, ReminderSubjectSource } from '@app/reminders';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { HouseholdsRepository } from './households.repository';

/** Households as reminders see them: reference, territory, referent and team (libs/reminders asks; pathway owns the table). */
@Injectable()
export class HouseholdReminderSubjects implements ReminderSubjectSource {
  readonly type = 'household';

  constructor(private readonly households: HouseholdsRepository) {}

  subjectsOf(manager: EntityManager, ids: string[]): Promise<ReminderSubjectRecord[]> {
    return this.households.referencesAndTeamsOf(manager, ids);
  }
}
