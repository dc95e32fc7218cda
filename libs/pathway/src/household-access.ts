import { Actor, DomainError } from '@app/core';
import { queryEntities } from '@app/database';
import { AccessPolicy } from '@app/identity';
import { Injectable } from '@nestjs/common';
import { EntityManager, SelectQueryBuilder } from 'typeorm';
import { Household } from './household.entity';

export interface VisibleHousehold {
  household: Household;
  shares: string[];
  /** Restricted file seen from an organisation that is not its referent. */
  hideNames: boolean;
}

const SHARES = 'ARRAY(SELECT s.organisation_id FROM household_share s WHERE s.household_id = h.id ORDER BY s.created_at)';

/** Loads households through the access policy: out of scope answers 404. */
@Injectable()
export class HouseholdAccess {
  constructor(private readonly policy: AccessPolicy) {}

  async load(manager: EntityManager, actor: Actor, id: string): Promise<VisibleHousehold> {
    const found = await this.find(manager, actor, id);
    if (!found) throw DomainError.notFound('Household');
    return found;
  }

  /** The household if the actor may see it, else null. */
  async find(manager: EntityManager, actor: Actor, id: string): Promise<VisibleHousehold | null> {
    const [found] = await queryEntities<Household, { shares: string[] }>(
      manager,
      Household,
      `SELECT h.*, ${SHARES} AS shares FROM household h WHERE h.id = $1`,
      [id],
    );
    if (!found) return null;
    const { entity: household, row } = found;
    const shares = row.shares;
    if (!this.policy.canSee(actor, { ...household, sharedWithOrganisationIds: shares })) return null;
    return { household, shares, hideNames: this.hidesNames(actor, household) };
  }

  hidesNames(actor: Actor, household: Household): boolean {
    return household.restricted && household.organisationId !== actor.organisationId;
  }

  /** Only the referent organisation may manage sharing and the restricted flag. */
  assertReferent(actor: Actor, household: Household): void {
    if (household.organisationId !== actor.organisationId) {
      throw new DomainError('FORBIDDEN', 'Only the referent organisation may do this');
    }
  }

  /**
   * Runs a query on households (alias `h`) and returns each with the organisations it is shared
   * with, in the same round trip: this runs before every read and change of a file.
   */
  async withShares(manager: EntityManager, qb: SelectQueryBuilder<Household>): Promise<Array<{ household: Household; shares: string[] }>> {
    const [sql, parameters] = qb.select('h.*').addSelect(SHARES, 'shares').getQueryAndParameters();
    const found = await queryEntities<Household, { shares: string[] }>(manager, Household, sql, parameters);
    return found.map(({ entity, row }) => ({ household: entity, shares: row.shares }));
  }
}
