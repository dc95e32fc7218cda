import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Breakdown, Indicator } from './catalogue';
import { IndicatorFact, StatisticalToken } from './fact.entity';
import { CalendarUnit, Period } from './periods';

/** One projector at a time: tokens are created once per subject. */
const PROJECTOR_LOCK = 0x1d1ca70;

/** The bit of `indicator_fact.first_in` flagging a subject's first fact in each calendar unit. */
const FIRST_IN_BIT: Record<CalendarUnit, number> = { month: 1, quarter: 2, year: 4 };

/** Fact columns a breakdown may group by: a whitelist, never interpolated from input. */
const COLUMN: Record<Breakdown, string> = {
  age_band: 'f.age_band',
  household_type: 'f.household_type',
  sex: 'f.sex',
  commune: 'f.commune',
  scheme: 'f.scheme',
  category: 'f.category',
  organisation: 'f.organisation_id::text',
};

/** Anonymous people met plus distinct identified persons (measure `people`). */
const PEOPLE = 'coalesce(sum(f.value), 0) + count(DISTINCT f.subject_token)';

/** A subject seen by the projector, with the profile its facts inherit. */
export interface SubjectProfile {
  subjectId: string;
  kind: string;
  /** The earliest day it was seen. */
  openedOn: string;
  ageBand: string | null;
  householdType: string | null;
  sex: string | null;
  commune: string | null;
}

/** A subject's token and the profile its facts inherit, as stored. */
export interface TokenProfile {
  subject_id: string;
  token: string;
  opened_on: string | null;
  age_band: string | null;
  household_type: string | null;
  sex: string | null;
  commune: string | null;
}

/** A fact to insert: its subject replaced by the token, its profile resolved. */
export interface NewFact {
  indicatorCode: string;
  territoryId: string;
  occurredOn: string;
  token: string | null;
  value: number | null;
  ageBand: string | null;
  householdType: string | null;
  sex: string | null;
  commune: string | null;
  scheme: string | null;
  category: string | null;
  organisationId: string | null;
  sourceEventId: string;
}

/** One row of an indicator's statement: a period's total, or one of its cells. */
export interface IndicatorRow {
  key: string;
  cell: string | null;
  total: boolean;
  value: string | number | null;
  contributors: string | number;
  median: string | number | null;
}

/** What an indicator's statement counts: its periods, territories and organisations (null: all). */
export interface IndicatorScope {
  periods: Period[];
  territoryIds: string[];
  organisationIds: string[] | null;
}

/**
 * The anonymised facts and the statistical tokens: every query on indicator_fact and
 * statistical_token (the projector's writes, the counts, the purge's unlinking). Methods take the
 * caller's manager (its transaction).
 */
@Injectable()
export class FactsRepository {
  /** Takes the projector's lock until the end of the caller's transaction; false when another projector holds it. */
  async tryLockProjector(manager: EntityManager): Promise<boolean> {
    const [{ locked }] = await manager.query<[{ locked: boolean }]>('SELECT pg_try_advisory_xact_lock($1) AS locked', [PROJECTOR_LOCK]);
    return locked;
  }

  /** How many facts there are (a rebuild tells how many it added). */
  countFacts(manager: EntityManager): Promise<number> {
    return manager.getRepository(IndicatorFact).count();
  }

  /**
   * One token per subject (created at random on first sight), with the profile later facts inherit:
   * the earliest day seen, the first age band, the latest household type, sex and commune. One row
   * per subject.
   */
  upsertTokens(manager: EntityManager, subjects: SubjectProfile[]): Promise<TokenProfile[]> {
    const column = <T>(pick: (s: SubjectProfile) => T) => subjects.map(pick);
    return manager.query<TokenProfile[]>(
      `INSERT INTO statistical_token AS t (subject_id, subject_kind, opened_on, age_band, household_type, sex, commune, token)
       SELECT *, gen_random_uuid() FROM unnest($1::uuid[], $2::text[], $3::date[], $4::text[], $5::text[], $6::text[], $7::text[])
       ON CONFLICT (subject_id) DO UPDATE SET
         opened_on = LEAST(t.opened_on, EXCLUDED.opened_on),
         age_band = COALESCE(t.age_band, EXCLUDED.age_band),
         household_type = COALESCE(EXCLUDED.household_type, t.household_type),
         sex = COALESCE(EXCLUDED.sex, t.sex),
         commune = COALESCE(EXCLUDED.commune, t.commune)
       RETURNING subject_id, token, opened_on::text, age_band, household_type, sex, commune`,
      [
        column((s) => s.subjectId),
        column((s) => s.kind),
        column((s) => s.openedOn),
        column((s) => s.ageBand),
        column((s) => s.householdType),
        column((s) => s.sex),
        column((s) => s.commune),
      ],
    );
  }

  /** Inserts the facts; one already there for its source event and indicator (a replay) is left as it is. */
  async insertFacts(manager: EntityManager, facts: NewFact[]): Promise<void> {
    const column = <T>(pick: (f: NewFact) => T) => facts.map(pick);
    await manager.query(
      `INSERT INTO indicator_fact (indicator_code, territory_id, occurred_on, subject_token, value, age_band, household_type, sex, commune, scheme, category, organisation_id, source_event_id)
       SELECT * FROM unnest($1::text[], $2::uuid[], $3::date[], $4::uuid[], $5::bigint[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::uuid[], $13::bigint[])
       ON CONFLICT (source_event_id, indicator_code) DO NOTHING`,
      [
        column((f) => f.indicatorCode),
        column((f) => f.territoryId),
        column((f) => f.occurredOn),
        column((f) => f.token),
        column((f) => f.value),
        column((f) => f.ageBand),
        column((f) => f.householdType),
        column((f) => f.sex),
        column((f) => f.commune),
        column((f) => f.scheme),
        column((f) => f.category),
        column((f) => f.organisationId),
        column((f) => f.sourceEventId),
      ],
    );
  }

  /**
   * Flags each of these subjects' first fact (of these indicators) per calendar month, quarter and
   * year: a late fact may take the flag from a later one.
   */
  async flagFirstFacts(manager: EntityManager, indicatorCodes: string[], tokens: string[]): Promise<void> {
    const first = (unit: string, bit: number) =>
      `CASE WHEN row_number() OVER (PARTITION BY indicator_code, territory_id, subject_token, date_trunc('${unit}', occurred_on) ORDER BY occurred_on, id) = 1 THEN ${bit} ELSE 0 END`;
    await manager.query(
      `UPDATE indicator_fact f SET first_in = n.first_in
           FROM (SELECT id, ${first('month', 1)} + ${first('quarter', 2)} + ${first('year', 4)} AS first_in
                   FROM indicator_fact WHERE indicator_code = ANY($1::text[]) AND subject_token = ANY($2::uuid[])) n
          WHERE f.id = n.id AND f.first_in <> n.first_in`,
      [indicatorCodes, tokens],
    );
  }

  /**
   * State facts: each of these subjects' facts (of these indicators) is valid until the subject's
   * next one; the whole chain is recomputed, since events may arrive out of order.
   */
  async chainStates(manager: EntityManager, indicatorCodes: string[], tokens: string[]): Promise<void> {
    await manager.query(
      `UPDATE indicator_fact f SET valid_to = n.next
         FROM (SELECT id, coalesce(lead(occurred_on) OVER (PARTITION BY indicator_code, subject_token ORDER BY occurred_on, source_event_id), 'infinity') AS next
                 FROM indicator_fact WHERE indicator_code = ANY($1::text[]) AND subject_token = ANY($2::uuid[])) n
        WHERE f.id = n.id AND f.valid_to <> n.next`,
      [indicatorCodes, tokens],
    );
  }

  /**
   * An indicator's totals over its periods and, with a breakdown, its cells: one statement for every
   * period. With `unit`, every period is a whole calendar unit and distinct subjects are counted from
   * the flagged first facts. Distinct counts hash their subjects in memory rather than sorting them
   * on disk (national queries): the caller's transaction gets the memory for it.
   */
  async indicatorRows(
    manager: EntityManager,
    indicator: Indicator,
    breakdown: Breakdown | null,
    unit: CalendarUnit | null,
    { periods, territoryIds, organisationIds }: IndicatorScope,
  ): Promise<IndicatorRow[]> {
    await manager.query(`SET LOCAL work_mem = '128MB'`);
    return manager.query<IndicatorRow[]>(this.sql(indicator, breakdown, unit), [
      periods.map((p) => p.key),
      periods.map((p) => p.from),
      periods.map((p) => p.to),
      indicator.code,
      territoryIds,
      organisationIds,
      ...(indicator.measure === 'state' ? [indicator.inactive ?? []] : []),
    ]);
  }

  /** Days of instants in this time zone until the end of the caller's transaction (the operational counts'). */
  async useTimeZone(manager: EntityManager, timezone: string): Promise<void> {
    await manager.query(`SELECT set_config('TimeZone', $1, true)`, [timezone]);
  }

  /** Deletes these subjects' tokens: their facts stay, and nothing links them back to anyone. */
  async unlinkSubjects(manager: EntityManager, subjectIds: string[]): Promise<void> {
    await manager.createQueryBuilder().delete().from(StatisticalToken).where('subject_id = ANY(:subjectIds)', { subjectIds }).execute();
  }

  /**
   * One statement per indicator: every period, its total and its cells (GROUPING SETS). Parameters:
   * $1-$3 the periods, $4 the code, $5 the territories, $6 the organisations (null: all), $7 a state's inactive categories.
   */
  private sql(indicator: Indicator, breakdown: Breakdown | null, unit: CalendarUnit | null): string {
    const periods = `unnest($1::text[], $2::date[], $3::date[]) AS p(key, pfrom, pto)`;
    const scope = `f.indicator_code = $4 AND f.territory_id = ANY($5::uuid[]) AND ($6::uuid[] IS NULL OR f.organisation_id = ANY($6::uuid[]))`;
    if (indicator.measure === 'distinct' && !breakdown && unit) {
      // Whole calendar periods: each subject's first fact in the period is flagged by the projector
      // (facts of a subject share its one territory), so its distinct subjects are a count.
      return `SELECT p.key, NULL AS cell, true AS total, count(*) AS value, count(*) AS contributors, NULL AS median
                FROM ${periods}
                JOIN indicator_fact f ON ${scope} AND f.occurred_on BETWEEN p.pfrom AND p.pto
                 AND f.first_in & ${FIRST_IN_BIT[unit]} <> 0
               GROUP BY p.key`;
    }
    const sets = (cell: string) => (breakdown ? `GROUP BY GROUPING SETS ((p.key), (p.key, ${cell}))` : 'GROUP BY p.key');
    const totalFlag = (cell: string) => (breakdown ? `GROUPING(${cell}) = 1` : 'true');
    if (indicator.measure === 'state') {
      // The fact valid at the period's end is the subject's state then (one per subject).
      return `SELECT p.key, f.category AS cell, ${totalFlag('f.category')} AS total, count(*) AS value, count(*) AS contributors, NULL AS median
                FROM ${periods}
                JOIN indicator_fact f ON ${scope} AND f.occurred_on <= p.pto AND f.valid_to > p.pto
               WHERE NOT (f.category = ANY($7::text[]) AND f.occurred_on < p.pfrom)
               ${sets('f.category')}`;
    }
    const cell = breakdown ? COLUMN[breakdown] : 'NULL';
    const facts = `SELECT p.key, ${cell} AS cell, f.subject_token, f.value, f.id FROM ${periods}
                     JOIN indicator_fact f ON ${scope} AND f.occurred_on BETWEEN p.pfrom AND p.pto`;
    if (indicator.measure === 'distinct' || indicator.measure === 'distribution') {
      // Distinct subjects by grouping (a hash) rather than count(DISTINCT) (a sort): the total and each cell apart,
      // since a subject may sit in several cells (a household that moved) but counts once in the total.
      const median =
        indicator.measure === 'distribution'
          ? `(SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY m.value) FROM f m WHERE m.key = t.key)`
          : 'NULL';
      const cells = breakdown
        ? `UNION ALL
           SELECT c.key, c.cell, false, count(*), count(*), NULL FROM (SELECT key, cell, subject_token FROM f GROUP BY key, cell, subject_token) c GROUP BY c.key, c.cell`
        : '';
      return `WITH f AS (${facts})
              SELECT t.key, NULL AS cell, true AS total, count(*) AS value, count(*) AS contributors, ${median} AS median
                FROM (SELECT key, subject_token FROM f GROUP BY key, subject_token) t GROUP BY t.key
              ${cells}`;
    }
    const measure = {
      sum: 'sum(f.value) AS value, count(DISTINCT coalesce(f.subject_token::text, f.id::text)) AS contributors, NULL AS median',
      median: 'percentile_cont(0.5) WITHIN GROUP (ORDER BY f.value) AS value, count(*) AS contributors, NULL AS median',
      // Anonymous people (the values) and identified persons, each once: the people are the contributors.
      people: `${PEOPLE} AS value, ${PEOPLE} AS contributors, NULL AS median`,
    }[indicator.measure];
    return `WITH f AS (${facts})
            SELECT f.key, f.cell, ${breakdown ? 'GROUPING(f.cell) = 1' : 'true'} AS total, ${measure}
              FROM f GROUP BY ${breakdown ? 'GROUPING SETS ((f.key), (f.key, f.cell))' : 'f.key, f.cell'}`;
  }
}
