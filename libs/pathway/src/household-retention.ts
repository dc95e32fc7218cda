import { EntityManager } from 'typeorm';

/**
 * Closed households whose last step is older than `cutoff` (a civil date in `timezone`), locked
 * until the end of the caller's transaction: the retention purge's candidates.
 */
export function lockHouseholdsClosedBefore(
  manager: EntityManager,
  cutoff: string,
  timezone: string,
): Promise<Array<{ id: string; reference: string }>> {
  return manager.query(
    `SELECT id, reference FROM household WHERE status = 'closed' AND (last_step_at AT TIME ZONE $2)::date < $1::date FOR UPDATE`,
    [cutoff, timezone],
  );
}

/** Deletes households with their persons, timeline, evaluations, notes, shares and proposals (by cascade). */
export async function purgeHouseholds(manager: EntityManager, ids: string[]): Promise<void> {
  await manager.query(`DELETE FROM household WHERE id = ANY($1::uuid[])`, [ids]);
}
