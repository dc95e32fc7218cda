import { AuditService } from '@app/audit';
import { Actor } from '@app/core';
import { inTransaction, queryEntities } from '@app/database';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { HouseholdAccess, VisibleHousehold } from './household-access';
import { HouseholdEvent } from './household-event.entity';
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
    // Plain SQL: it runs with every step.
    const [{ id, recorded_at }] = await manager.query<Array<{ id: string; recorded_at: Date }>>(
      `INSERT INTO household_event (household_id, type, occurred_at, recorded_by, organisation_id, payload)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id, recorded_at`,
      [household.id, type, occurredAt, actor.userId, actor.organisationId, payload],
    );
    return Object.assign(new HouseholdEvent(), {
      id,
      householdId: household.id,
      type,
      occurredAt,
      recordedAt: recorded_at,
      recordedBy: actor.userId,
      organisationId: actor.organisationId,
      payload,
    });
  }

  async timeline(actor: Actor, id: string): Promise<TimelineEntryView[]> {
    const manager = this.dataSource.manager;
    await this.access.load(manager, actor, id);
    const events = (
      await queryEntities(manager, HouseholdEvent, 'SELECT * FROM household_event WHERE household_id = $1 ORDER BY occurred_at, id', [id])
    ).map((e) => e.entity);
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
    const [row] = await inTransaction(this.dataSource, (manager) =>
      manager.query<Array<{ status: HouseholdStatus | null; resources: Resource[] | null }>>(
        `WITH day_end AS (SELECT (($2::date + 1)::timestamp AT TIME ZONE $3) AS at)
       SELECT (SELECT coalesce(e.payload->>'to', e.payload->>'status') FROM household_event e, day_end
                WHERE e.household_id = $1 AND (e.payload ? 'to' OR e.payload ? 'status') AND e.occurred_at < day_end.at
                ORDER BY e.occurred_at DESC, e.id DESC LIMIT 1) AS status,
              (SELECT d.resources FROM (
                  SELECT s.evaluated_at AS at, s.resources FROM siao_evaluation s, day_end
                   WHERE s.household_id = $1 AND s.evaluated_at < day_end.at
                  UNION ALL
                  SELECT e.occurred_at, ARRAY(SELECT jsonb_array_elements_text(e.payload->'resources')) FROM household_event e, day_end
                   WHERE e.household_id = $1 AND e.type = 'household.opened' AND e.payload ? 'resources' AND e.occurred_at < day_end.at
                ) d ORDER BY d.at DESC LIMIT 1) AS resources`,
        [household.id, date, timezone],
      ),
    );
    return { status: row.status, resources: row.resources ?? household.resources };
  }
}

/** A civil date placed on the timeline: its noon (UTC), or now when that is still to come today. */
export function timelineInstantOf(date: string, now: Date): Date {
  const noon = new Date(`${date}T12:00:00Z`);
  return noon > now ? now : noon;
}
