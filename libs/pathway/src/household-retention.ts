import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { HouseholdsRepository } from './households.repository';

/** The pathway's part of the retention purge (libs/indicators runs it, in its own transaction). */
@Injectable()
export class HouseholdRetention {
  constructor(private readonly households: HouseholdsRepository) {}

  /**
   * Closed households whose last step is older than `cutoff` (a civil date in `timezone`), locked
   * until the end of the caller's transaction: the purge's candidates.
   */
  lockClosedBefore(manager: EntityManager, cutoff: string, timezone: string): Promise<Array<{ id: string; reference: string }>> {
    return this.households.lockClosedBefore(manager, cutoff, timezone);
  }

  /** Deletes households with their persons, timeline, evaluations, notes, shares and proposals (by cascade). */
  purge(manager: EntityManager, ids: string[]): Promise<void> {
    return this.households.purge(manager, ids);
  }
}
