import { AuditService } from '@app/audit';
import { Actor, communeName, DomainError } from '@app/core';
import { AccessPolicy, OrganisationsService } from '@app/identity';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Breakdown, Indicator } from './catalogue';
import { IndicatorQueryDto } from './dto/indicators.dto';
import { IndicatorSettings } from './indicator-settings';
import { OPERATIONAL_COUNTS } from './operational-counts';
import { Cell, maskCells, MaskedCell } from './masking';
import { CalendarUnit, Period, periodsOf, wholeCalendarUnit } from './periods';

/** The bit of `indicator_fact.first_in` flagging a subject's first fact in each calendar unit. */
const FIRST_IN_BIT: Record<CalendarUnit, number> = { month: 1, quarter: 2, year: 4 };

export interface PeriodResult {
  period: string;
  from: string;
  to: string;
  /** Exact total (distinct subjects, a sum, or a median), never masked. */
  value: number | null;
  /** Distributions: the median of the value (debt at opening). */
  median?: number | null;
  cells?: MaskedCell[];
}

export interface IndicatorResult {
  code: string;
  label: string;
  definition: string;
  measure: Indicator['measure'];
  unit: string;
  breakdown: Breakdown | null;
  periods: PeriodResult[];
}

export interface Difference {
  code: string;
  facts: number | null;
  operational: number | null;
}

export interface IndicatorReport {
  from: string;
  to: string;
  granularity: IndicatorQueryDto['granularity'];
  territoryIds: string[];
  maskingThreshold: number;
  indicators: IndicatorResult[];
}

/** What a query may be restricted to besides its territories and dates. */
export interface FactFilter {
  /** The organisations whose facts count (an action's carrier); all by default. */
  organisationIds?: string[];
}

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

/** The cell of facts without the value broken down by. */
const UNKNOWN = 'inconnu';

interface Row {
  key: string;
  cell: string | null;
  total: boolean;
  value: string | number | null;
  contributors: string | number;
  median: string | number | null;
}

/**
 * Indicator counts from the anonymised facts, for coordinators, admins and the State: any date
 * range, by month, quarter, year or the whole range, by an allowed dimension. A subject counts once
 * per indicator and period. Breakdown cells are masked below the threshold, totals stay exact.
 */
@Injectable()
export class IndicatorsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly settings: IndicatorSettings,
    private readonly policy: AccessPolicy,
    private readonly organisations: OrganisationsService,
    private readonly audit: AuditService,
  ) {}

  territoriesOf(actor: Actor, requested?: string[]): string[] {
    const territoryIds = requested?.length ? [...new Set(requested)] : [actor.territoryId];
    if (!this.policy.hasRole(actor, 'state_officer') && territoryIds.some((id) => id !== actor.territoryId))
      throw new DomainError('FORBIDDEN', 'Only State officers may query other territories', { territoryIds });
    return territoryIds;
  }

  async query(actor: Actor, dto: IndicatorQueryDto): Promise<IndicatorReport> {
    const territoryIds = this.territoriesOf(actor, dto.territoryIds);
    const periods = this.periods(dto);
    const indicators = this.select(dto.codes, dto.breakdown);
    const filter = { organisationIds: dto.organisationIds };
    const results = await Promise.all(indicators.map((indicator) => this.compute(indicator, periods, territoryIds, filter, dto.breakdown)));
    if (dto.breakdown === 'organisation') await this.nameOrganisations(results);
    await this.audit.record(actor, {
      action: 'read',
      resourceType: 'indicators',
      details: {
        from: dto.from,
        to: dto.to,
        granularity: dto.granularity,
        territoryIds,
        breakdown: dto.breakdown ?? null,
        organisationIds: dto.organisationIds ?? null,
      },
    });
    return {
      from: dto.from,
      to: dto.to,
      granularity: dto.granularity,
      territoryIds,
      maskingThreshold: this.settings.catalogue.maskingThreshold,
      indicators: results,
    };
  }

  /**
   * Every catalogue indicator over a plain date range, totals only, by code (a convention's
   * execution report, reconciliation); with `organisationIds`, only the facts those organisations
   * recorded (an action's carrier).
   */
  async totals(territoryIds: string[], from: string, to: string, filter: FactFilter = {}): Promise<Map<string, number | null>> {
    const period = periodsOf(from, to, 'range');
    const results = await Promise.all(this.settings.catalogue.indicators.map((i) => this.compute(i, period, territoryIds, filter)));
    return new Map(results.map((r) => [r.code, r.periods[0].value]));
  }

  /**
   * Each indicator from the facts beside the same count from the operational tables, for one
   * territory and range: the differences (none expected on unpurged data).
   */
  async reconcile(territoryId: string, from: string, to: string): Promise<{ compared: number; differences: Difference[] }> {
    const facts = await this.totals([territoryId], from, to);
    const differences: Difference[] = [];
    let compared = 0;
    for (const [code, sql] of Object.entries(OPERATIONAL_COUNTS)) {
      if (!facts.has(code)) continue;
      const [row] = await this.dataSource.transaction(async (manager) => {
        await manager.query(`SELECT set_config('TimeZone', $1, true)`, [this.settings.catalogue.timezone]);
        return manager.query<Array<Record<string, string | number | null>>>(sql, [[territoryId], from, to]);
      });
      const raw = Object.values(row)[0];
      const operational = raw === null ? null : Number(raw);
      const fromFacts = facts.get(code) ?? null;
      compared++;
      if (operational !== fromFacts) differences.push({ code, facts: fromFacts, operational });
    }
    return { compared, differences };
  }

  private periods(dto: IndicatorQueryDto): Period[] {
    try {
      return periodsOf(dto.from, dto.to, dto.granularity);
    } catch (error) {
      throw DomainError.validation([{ field: 'to', problems: [(error as Error).message] }]);
    }
  }

  private select(codes: string[] | undefined, breakdown: Breakdown | undefined): Indicator[] {
    const { catalogue, byCode } = this.settings;
    const unknown = (codes ?? []).filter((code) => !byCode.has(code));
    if (unknown.length) throw DomainError.validation([{ field: 'codes', problems: [`unknown indicators: ${unknown.join(', ')}`] }]);
    const selected = codes?.length ? codes.map((code) => byCode.get(code)!) : catalogue.indicators;
    if (codes?.length && breakdown && breakdown !== 'organisation') {
      const refusing = selected.filter((i) => !i.dimensions.includes(breakdown)).map((i) => i.code);
      if (refusing.length)
        throw DomainError.validation([{ field: 'breakdown', problems: [`${breakdown} is not a dimension of ${refusing.join(', ')}`] }]);
    }
    return selected;
  }

  private async compute(
    indicator: Indicator,
    periods: Period[],
    territoryIds: string[],
    filter: FactFilter,
    requested?: Breakdown,
  ): Promise<IndicatorResult> {
    // Distributions and states always break down by their category; others by the organisation or the dimension asked, when they allow it.
    const breakdown: Breakdown | null =
      indicator.measure === 'distribution' || indicator.measure === 'state'
        ? 'category'
        : requested === 'organisation' || (requested && indicator.dimensions.includes(requested))
          ? requested
          : null;
    const organisationIds = filter.organisationIds?.length ? [...new Set(filter.organisationIds)] : null;
    // A subject's flagged first fact of a period may be another organisation's: filtered counts hash their subjects.
    const unit = organisationIds ? null : wholeCalendarUnit(periods);
    // Distinct counts hash their subjects in memory rather than sorting them on disk (national queries).
    const rows = await this.dataSource.transaction(async (manager) => {
      await manager.query(`SET LOCAL work_mem = '128MB'`);
      return manager.query<Row[]>(this.sql(indicator, breakdown, unit), [
        periods.map((p) => p.key),
        periods.map((p) => p.from),
        periods.map((p) => p.to),
        indicator.code,
        territoryIds,
        organisationIds,
        ...(indicator.measure === 'state' ? [indicator.inactive ?? []] : []),
      ]);
    });
    const threshold = this.settings.catalogue.maskingThreshold;
    return {
      code: indicator.code,
      label: indicator.label,
      definition: indicator.definition,
      measure: indicator.measure,
      unit: indicator.unit,
      breakdown,
      periods: periods.map((p) => {
        const total = rows.find((r) => r.key === p.key && r.total);
        const value =
          total?.value === null || total?.value === undefined ? (indicator.measure === 'median' ? null : 0) : Number(total.value);
        const result: PeriodResult = { period: p.key, from: p.from, to: p.to, value };
        if (indicator.measure === 'distribution')
          result.median = total?.median === null || total?.median === undefined ? null : Number(total.median);
        if (breakdown) {
          const cells: Cell[] = rows
            .filter((r) => r.key === p.key && !r.total)
            .map((r) => ({ key: r.cell ?? UNKNOWN, value: Number(r.value ?? 0), contributors: Number(r.contributors) }))
            .sort((a, b) => a.key.localeCompare(b.key));
          result.cells = maskCells(cells, threshold);
          if (breakdown === 'commune') for (const cell of result.cells) cell.label = communeName(cell.key) ?? cell.key;
        }
        return result;
      }),
    };
  }

  /** Organisation cells are labelled with the organisation's name (not personal data). */
  private async nameOrganisations(results: IndicatorResult[]): Promise<void> {
    const cells = results.flatMap((r) => (r.breakdown === 'organisation' ? r.periods.flatMap((p) => p.cells ?? []) : []));
    const ids = [...new Set(cells.map((c) => c.key).filter((key) => key !== UNKNOWN))];
    if (ids.length === 0) return;
    const names = await this.organisations.namesOf(ids);
    for (const cell of cells) cell.label = names.get(cell.key) ?? cell.key;
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
