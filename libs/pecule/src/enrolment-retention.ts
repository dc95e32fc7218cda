import { EntityManager } from 'typeorm';

/**
 * Which of these households a pécule enrolment refers to: the retention purge keeps them, since
 * payments and treasury exports are public accounting records whose retention is still to settle.
 */
export async function householdsWithEnrolment(manager: EntityManager, householdIds: string[]): Promise<Set<string>> {
  const rows = await manager.query<Array<{ household_id: string }>>(
    `SELECT DISTINCT household_id FROM pecule_enrolment WHERE household_id = ANY($1::uuid[])`,
    [householdIds],
  );
  return new Set(rows.map((r) => r.household_id));
}
