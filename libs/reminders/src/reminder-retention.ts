import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { RemindersRepository } from './reminders.repository';

/** The reminders' part of the retention purge (libs/indicators runs it, in its own transaction). */
@Injectable()
export class ReminderRetention {
  constructor(private readonly reminders: RemindersRepository) {}

  /** Deletes the reminders and suspensions of files being purged (any kind of file: by its id). */
  async purgeSubjects(manager: EntityManager, subjectIds: string[]): Promise<void> {
    await this.reminders.deleteOfSubjects(manager, subjectIds);
    await this.reminders.deleteSuspensionsOf(manager, subjectIds);
  }
}
