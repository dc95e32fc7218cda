import { EntityManager } from 'typeorm';

/**
 * Closed arrears files with no contact since `cutoff`, locked until the end of the caller's
 * transaction: the retention purge's candidates.
 */
export function lockArrearsFilesClosedBefore(manager: EntityManager, cutoff: string): Promise<Array<{ id: string; reference: string }>> {
  return manager.query(
    `SELECT id, reference FROM arrears_file
      WHERE status = 'closed' AND GREATEST(closed_on, coalesce(last_contact_on, closed_on)) < $1::date FOR UPDATE`,
    [cutoff],
  );
}

/** Deletes arrears files with their contacts, debts, solutions and stages (by cascade). */
export async function purgeArrearsFiles(manager: EntityManager, ids: string[]): Promise<void> {
  await manager.query(`DELETE FROM arrears_file WHERE id = ANY($1::uuid[])`, [ids]);
}

/**
 * Deletes the landlords left without a tenant file and unchanged since `cutoff` (a civil date in
 * `timezone`): an organisation's contacts no longer needed. Returns their ids.
 */
export async function purgeLandlordsWithoutFiles(manager: EntityManager, cutoff: string, timezone: string): Promise<string[]> {
  const rows = await manager.query<Array<{ id: string }>>(
    `DELETE FROM arrears_landlord l WHERE NOT EXISTS (SELECT 1 FROM arrears_file f WHERE f.landlord_id = l.id)
        AND (l.updated_at AT TIME ZONE $2)::date < $1::date RETURNING id`,
    [cutoff, timezone],
  );
  return rows.map((r) => r.id);
}
