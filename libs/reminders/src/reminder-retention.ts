import { EntityManager } from 'typeorm';
import { RemindersRepository } from './reminders.repository';

const reminders = new RemindersRepository();

/** Deletes the reminders and suspensions of files being purged (any kind of file: by its id). */
export async function purgeReminderSubjects(manager: EntityManager, subjectIds: string[]): Promise<void> {
  await reminders.deleteOfSubjects(manager, subjectIds);
  await reminders.deleteSuspensionsOf(manager, subjectIds);
}
