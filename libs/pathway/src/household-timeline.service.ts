import { AuditService } from '@app/audit';
import { Actor } from '@app/core';
import { inTransaction } from '@app/database';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { HouseholdAccess, VisibleHousehold } from './household-access';
import { HouseholdEvent } from './household-event.entity';
import { HouseholdEventsRepository } from './household-events.repository';
import { HouseholdStatus } from './household-status';
import { Household } from './household.entity';
import { TimelineEntryView, toTimelineEntryView } from './household.view';
import { Resource } from './pathway.types';

/** A file's timeline: its immutable events, appended by every step and change, and what they tell of a past date. */
@Injectable()
export class HouseholdTimelineService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: HouseholdAccess,
    private readonly audit: AuditService,
    private readonly events: HouseholdEventsRepository,
  ) {}

  /** Appends an event to the timeline, recorded by a user, or by Parcours itself (`userId: null`) under the file's organisation. */
  async insertEvent(
    manager: EntityManager,
    actor: Pick<Actor, 'organisationId'> & { userId: string | null },
    household: Household,
    type: string,
    occurredAt: Date,
    payload: Record<string, unknown>,
  ): Promise<HouseholdEvent> {
    return this.events.append(manager, {
      householdId: household.id,
      type,
      occurredAt,
      recordedBy: actor.userId,
      organisationId: actor.organisationId,
      payload,
    });
  }

  async timeline(actor: Actor, id: string): Promise<TimelineEntryView[]> {
    const manager = this.dataSource.manager;
    await this.access.load(manager, actor, id);
    const events = await this.events.eventsOf(manager, id);
    await this.audit.record(actor, {
      action: 'read',
      resourceType: 'household_timeline',
      resourceId: id,
      details: { count: events.length },
    });
    return events.map(toTimelineEntryView);
  }

  /**
   * The household's situation on a civil date (up to the end of that day in `timezone`), as its
   * timeline shows it: the status after the last step dated on or before it (null: not yet
   * opened), and the resources of the last dated declaration (an evaluation, the opening); the
   * file's current resources when none is dated on or before it (a change by PATCH is not dated).
   */
  async situationOn(
    { household }: VisibleHousehold,
    date: string,
    timezone: string,
  ): Promise<{ status: HouseholdStatus | null; resources: Resource[] }> {
    // In the caller's transaction when there is one (a pécule enrolment judged on its start date).
    const row = await inTransaction(this.dataSource, (manager) => this.events.situationOn(manager, household.id, date, timezone));
    return { status: row.status, resources: row.resources ?? household.resources };
  }
}

/** A civil date placed on the timeline: its noon (UTC), or now when that is still to come today. */
export function timelineInstantOf(date: string, now: Date): Date {
  const noon = new Date(`${date}T12:00:00Z`);
  return noon > now ? now : noon;
}
