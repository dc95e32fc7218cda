import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { HouseholdShare } from './household-share.entity';

/** The organisations files are shared with: every write on household_share (reads go with the household's). */
@Injectable()
export class HouseholdSharesRepository {
  /** Shares a new file with these organisations. */
  async addAll(manager: EntityManager, householdId: string, organisationIds: string[]): Promise<void> {
    await manager.getRepository(HouseholdShare).insert(organisationIds.map((organisationId) => ({ householdId, organisationId })));
  }

  /** Shares the file with the organisation (nothing when it already is). */
  async share(manager: EntityManager, householdId: string, organisationId: string): Promise<void> {
    await manager.getRepository(HouseholdShare).upsert({ householdId, organisationId }, ['householdId', 'organisationId']);
  }

  /** The file is no longer shared with the organisation (nothing when it was not). */
  async unshare(manager: EntityManager, householdId: string, organisationId: string): Promise<void> {
    await manager.getRepository(HouseholdShare).delete({ householdId, organisationId });
  }
}
