import { EntityManager } from 'typeorm';
import { HouseholdsRepository } from './households.repository';

// The retention purge (libs/indicators) calls these in its own transaction, outside Nest's
// container: the repository holds no state, one instance serves.
const households = new HouseholdsRepository();

/**
 * Closed households whose last step is older than `cutoff` (a civil date in `timezone`), locked
 * until the end of the caller's transaction: the retention purge's candidates.
 */
export function lockHouseholdsClosedBefore(
  manager: EntityManager,
  cutoff: string,
  timezone: string,
): Promise<Array<{ id: string; reference: string }>> {
  return households.lockClosedBefore(manager, cutoff, timezone);
}

/** Deletes households with their persons, timeline, evaluations, notes, shares and proposals (by cascade). */
export function purgeHouseholds(manager: EntityManager, ids: string[]): Promise<void> {
  return households.purge(manager, ids);
}
