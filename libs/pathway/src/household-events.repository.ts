import { queryEntities } from '@app/database';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { HouseholdEvent } from './household-event.entity';
import { HouseholdStatus } from './household-status';
import { Resource } from './pathway.types';

export type NewHouseholdEvent = Pick<HouseholdEvent, 'householdId' | 'type' | 'occurredAt' | 'recordedBy' | 'organisationId' | 'payload'>;

/** Households' timelines: every query on household_event. Methods take the caller's manager (its transaction). */
@Injectable()
export class HouseholdEventsRepository {
  /** Appends an event to a timeline; the database gives its id and recording time. */
  async append(manager: EntityManager, event: NewHouseholdEvent): Promise<HouseholdEvent> {
    // Plain SQL: it runs with every step.
    const [{ id, recorded_at }] = await manager.query<Array<{ id: string; recorded_at: Date }>>(
      `INSERT INTO household_event (household_id, type, occurred_at, recorded_by, organisation_id, payload)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id, recorded_at`,
      [event.householdId, event.type, event.occurredAt, event.recordedBy, event.organisationId, event.payload],
    );
    return Object.assign(new HouseholdEvent(), {
      id,
      householdId: event.householdId,
      type: event.type,
      occurredAt: event.occurredAt,
      recordedAt: recorded_at,
      recordedBy: event.recordedBy,
      organisationId: event.organisationId,
      payload: event.payload,
    });
  }

  /** A household's timeline, in the order things happened. */
  async eventsOf(manager: EntityManager, householdId: string): Promise<HouseholdEvent[]> {
    const sql = 'SELECT * FROM household_event WHERE household_id = $1 ORDER BY occurred_at, id';
    return (await queryEntities(manager, HouseholdEvent, sql, [householdId])).map((e) => e.entity);
  }

  /**
   * What the timeline tells of a civil date (up to the end of that day in `timezone`): the status
   * after the last step dated on or before it, and the resources of the last dated declaration (an
   * SI-SIAO evaluation, the opening); null for either when nothing is dated on or before it.
   */
  async situationOn(
    manager: EntityManager,
    householdId: string,
    date: string,
    timezone: string,
  ): Promise<{ status: HouseholdStatus | null; resources: Resource[] | null }> {
    const [row] = await manager.query<Array<{ status: HouseholdStatus | null; resources: Resource[] | null }>>(
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
      [householdId, date, timezone],
    );
    return row;
  }
}
