import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

// Days are the session's time zone's: the caller sets it to the territory's (TERRITORY_TIMEZONE).
const DAY = (column: string) => `(${column} AT TIME ZONE current_setting('TimeZone'))::date`;
const HOUSEHOLD_EVENTS = `household_event e JOIN household h ON h.id = e.household_id AND h.territory_id = ANY($1::uuid[])`;
/** Timeline rows that are pathway steps (a maraude encounter linked to the file is not). */
const PATHWAY_STEP = `e.type <> 'maraude.encounter.linked'`;
const IN_RANGE = (day: string) => `${day} BETWEEN $2::date AND $3::date`;
/** A person only spotted, who has not agreed to be followed, is not accompanied. */
const NOT_ONLY_SPOTTED = `NOT ((e.type = 'household.opened' AND e.payload->>'status' = 'spotted') OR (e.type = 'household.closed' AND e.payload->>'from' = 'spotted'))`;
const ENCOUNTER_IN_RANGE = `m.territory_id = ANY($1::uuid[]) AND ${IN_RANGE(DAY('m.occurred_at'))}`;

/**
 * The pathway's counts over a range of days, straight from its tables (households, their timeline,
 * maraude encounters): what the indicators' reconciliation compares its facts with. Each takes the
 * territories and the range's first and last days; only unpurged files are there.
 */
@Injectable()
export class PathwayCountsRepository {
  /** Households proposed to the commission. */
  householdsProposed(manager: EntityManager, territoryIds: string[], from: string, to: string): Promise<number> {
    return this.count(
      manager,
      `SELECT count(DISTINCT e.household_id) FROM ${HOUSEHOLD_EVENTS}
                         WHERE e.type = 'commission.proposed' AND ${IN_RANGE(DAY('e.occurred_at'))}`,
      [territoryIds, from, to],
    );
  }

  /** Households who accessed ordinary housing: a direct lease, or a bail glissant that slid. */
  householdsInOrdinaryHousing(manager: EntityManager, territoryIds: string[], from: string, to: string): Promise<number> {
    return this.count(
      manager,
      `SELECT count(DISTINCT e.household_id) FROM ${HOUSEHOLD_EVENTS}
                                 WHERE ((e.type = 'lease.signed' AND e.payload->>'leaseType' = 'direct') OR e.type = 'lease.slid')
                                   AND ${IN_RANGE(DAY('e.occurred_at'))}`,
      [territoryIds, from, to],
    );
  }

  /** Households at a pathway step on the last day, but those closed before the first. */
  householdsAtAStep(manager: EntityManager, territoryIds: string[], from: string, to: string): Promise<number> {
    return this.count(
      manager,
      `SELECT count(*) FROM (
                           SELECT DISTINCT ON (e.household_id) coalesce(e.payload->>'to', e.payload->>'status') AS status, ${DAY('e.occurred_at')} AS day
                             FROM ${HOUSEHOLD_EVENTS} WHERE ${PATHWAY_STEP} AND ${DAY('e.occurred_at')} <= $3::date
                            ORDER BY e.household_id, e.occurred_at DESC, e.id DESC) s
                          WHERE NOT (s.status = 'closed' AND s.day < $2::date)`,
      [territoryIds, from, to],
    );
  }

  /** Households with a pathway step in the range, once they agreed to be followed. */
  householdsAccompanied(manager: EntityManager, territoryIds: string[], from: string, to: string): Promise<number> {
    return this.count(
      manager,
      `SELECT count(DISTINCT e.household_id) FROM ${HOUSEHOLD_EVENTS}
                            WHERE ${PATHWAY_STEP} AND ${NOT_ONLY_SPOTTED} AND ${IN_RANGE(DAY('e.occurred_at'))}`,
      [territoryIds, from, to],
    );
  }

  /** Households who signed a lease. */
  householdsWithLeaseSigned(manager: EntityManager, territoryIds: string[], from: string, to: string): Promise<number> {
    return this.count(
      manager,
      `SELECT count(DISTINCT e.household_id) FROM ${HOUSEHOLD_EVENTS} WHERE e.type = 'lease.signed' AND ${IN_RANGE(DAY('e.occurred_at'))}`,
      [territoryIds, from, to],
    );
  }

  /** Households who signed a bail glissant. */
  householdsWithBailGlissant(manager: EntityManager, territoryIds: string[], from: string, to: string): Promise<number> {
    return this.count(
      manager,
      `SELECT count(DISTINCT e.household_id) FROM ${HOUSEHOLD_EVENTS}
                          WHERE e.type = 'lease.signed' AND e.payload->>'leaseType' = 'bail_glissant' AND ${IN_RANGE(DAY('e.occurred_at'))}`,
      [territoryIds, from, to],
    );
  }

  /** Households whose bail glissant slid to their name. */
  householdsWithLeaseSlid(manager: EntityManager, territoryIds: string[], from: string, to: string): Promise<number> {
    return this.count(
      manager,
      `SELECT count(DISTINCT e.household_id) FROM ${HOUSEHOLD_EVENTS} WHERE e.type = 'lease.slid' AND ${IN_RANGE(DAY('e.occurred_at'))}`,
      [territoryIds, from, to],
    );
  }

  /** The median days from a file's opening to its lease signed in the range; null without any. */
  async medianDaysOpeningToLease(manager: EntityManager, territoryIds: string[], from: string, to: string): Promise<number | null> {
    const raw = await this.scalar(
      manager,
      `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY ${DAY('e.occurred_at')} - ${DAY('h.opened_at')}) FROM ${HOUSEHOLD_EVENTS}
                           WHERE e.type = 'lease.signed' AND ${IN_RANGE(DAY('e.occurred_at'))}`,
      [territoryIds, from, to],
    );
    return raw === null ? null : Number(raw);
  }

  /** The people the maraude met less those linked to a file (never below none), plus the persons linked, each once. */
  personsSpotted(manager: EntityManager, territoryIds: string[], from: string, to: string): Promise<number> {
    return this.count(
      manager,
      `SELECT (SELECT coalesce(sum(m.people_met - least(m.people_met, (SELECT count(*) FROM maraude_encounter_household l WHERE l.encounter_id = m.id))), 0)
                              FROM maraude_encounter m WHERE ${ENCOUNTER_IN_RANGE})
                         + (SELECT count(DISTINCT l.household_id) FROM maraude_encounter_household l JOIN maraude_encounter m ON m.id = l.encounter_id
                             WHERE ${ENCOUNTER_IN_RANGE})`,
      [territoryIds, from, to],
    );
  }

  /** Every person met at every maraude encounter. */
  maraudeContacts(manager: EntityManager, territoryIds: string[], from: string, to: string): Promise<number> {
    return this.count(manager, `SELECT coalesce(sum(m.people_met), 0) FROM maraude_encounter m WHERE ${ENCOUNTER_IN_RANGE}`, [
      territoryIds,
      from,
      to,
    ]);
  }

  /** A count (never null): its one value as a number. */
  private async count(manager: EntityManager, sql: string, params: unknown[]): Promise<number> {
    return Number(await this.scalar(manager, sql, params));
  }

  /** The one value of a statement's one row, whatever its column's name. */
  private async scalar(manager: EntityManager, sql: string, params: unknown[]): Promise<string | number | null> {
    const [row] = await manager.query<Array<Record<string, string | number | null>>>(sql, params);
    return Object.values(row)[0];
  }
}
