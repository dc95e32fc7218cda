import { AuditService } from '@app/audit';
import { Actor, Clock } from '@app/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { HouseholdAccess, VisibleHousehold } from './household-access';
import { Household } from './household.entity';
import { HouseholdView, toHouseholdView } from './household.view';
import { PathwaySettings } from './pathway.config';
import { Person } from './person.entity';
import { PersonsRepository } from './persons.repository';

/** A household file as its reader sees it: the household with its persons and what is due on it. */
@Injectable()
export class HouseholdFilesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: HouseholdAccess,
    private readonly audit: AuditService,
    private readonly settings: PathwaySettings,
    private readonly clock: Clock,
    private readonly persons: PersonsRepository,
  ) {}

  /** Evaluations made before this instant are stale (a new one is due). */
  staleBefore(now = this.clock.now()): Date {
    const date = new Date(now);
    date.setMonth(date.getMonth() - this.settings.evaluationValidityMonths);
    return date;
  }

  async get(actor: Actor, id: string): Promise<HouseholdView> {
    const manager = this.dataSource.manager;
    const view = await this.viewOf(manager, await this.access.load(manager, actor, id));
    await this.audit.record(actor, { action: 'read', resourceType: 'household', resourceId: id });
    return view;
  }

  /** The file as its reader sees it, with its persons (no audit: the caller traces the read or change). */
  async viewOf(manager: EntityManager, { household, shares, hideNames }: VisibleHousehold): Promise<HouseholdView> {
    const persons = await this.persons.ofHouseholds(manager, [household.id]);
    return this.toView(household, persons, shares, hideNames, this.staleBefore());
  }

  /** Several files as the actor sees them, their persons read at once (no audit: the caller traces the read). */
  async viewsOf(actor: Actor, found: Array<{ household: Household; shares: string[] }>): Promise<HouseholdView[]> {
    const ids = found.map((f) => f.household.id);
    const persons = ids.length ? await this.persons.ofHouseholds(this.dataSource.manager, ids) : [];
    const staleBefore = this.staleBefore();
    return found.map(({ household, shares }) =>
      this.toView(
        household,
        persons.filter((p) => p.householdId === household.id),
        shares,
        this.access.hidesNames(actor, household),
        staleBefore,
      ),
    );
  }

  /** A file just written, with the persons written with it. */
  viewOfWritten(household: Household, persons: Person[], shares: string[]): HouseholdView {
    return this.toView(household, persons, shares, false, this.staleBefore());
  }

  private toView(household: Household, persons: Person[], shares: string[], hideNames: boolean, staleBefore: Date): HouseholdView {
    return toHouseholdView(household, persons, shares, hideNames, staleBefore, this.settings.bailGlissant.prefectNoticeMonthsBefore);
  }
}
