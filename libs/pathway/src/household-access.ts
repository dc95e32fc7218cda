import { Actor, DomainError } from '@app/core';
import { AccessPolicy } from '@app/identity';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Household } from './household.entity';
import { HouseholdsRepository } from './households.repository';

export interface VisibleHousehold {
  household: Household;
  shares: string[];
  /** Restricted file seen from an organisation that is not its referent. */
  hideNames: boolean;
}

/** Loads households through the access policy: out of scope answers 404. */
@Injectable()
export class HouseholdAccess {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly households: HouseholdsRepository,
  ) {}

  /** 404 unless the actor may see the household: for another context acting on the file (its reminders). */
  async assertVisible(actor: Actor, id: string): Promise<void> {
    await this.load(this.dataSource.manager, actor, id);
  }

  async load(manager: EntityManager, actor: Actor, id: string): Promise<VisibleHousehold> {
    const found = await this.find(manager, actor, id);
    if (!found) throw DomainError.notFound('Household');
    return found;
  }

  /** The household if the actor may see it, else null. */
  async find(manager: EntityManager, actor: Actor, id: string): Promise<VisibleHousehold | null> {
    const found = await this.households.findWithShares(manager, id);
    if (!found) return null;
    const { household, shares } = found;
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
}
