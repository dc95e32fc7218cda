import { EntityManager } from 'typeorm';

/** Deletes the reminders and suspensions of files being purged (any kind of file: by its id). */
export async function purgeReminderSubjects(manager: EntityManager, subjectIds: string[]): Promise<void> {
  await manager.query(`DELETE FROM reminder WHERE subject_id = ANY($1::uuid[])`, [subjectIds]);
  await manager.query(`DELETE FROM reminder_suspension WHERE subject_id = ANY($1::uuid[])`, [subjectIds]);
}
