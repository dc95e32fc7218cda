import { AuditService } from '@app/audit';
import { Actor, communeName, DomainError } from '@app/core';
import { AccessPolicy } from '@app/identity';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Dimension, Indicator } from './catalogue';
import { IndicatorQueryDto } from './dto/indicators.dto';
import { IndicatorSettings } from './indicator-settings';
import { OPERATIONAL_COUNTS } from './operational-counts';
import { Cell, maskCells, MaskedCell } from './masking';
import { CalendarUnit, Period, periodsOf, wholeCalendarUnit, yearRange } from './periods';

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
  action: number;
  measure: Indicator['measure'];
  unit: string;
  breakdown: Dimension | null;
  periods: PeriodResult[];
}

export interface ExecutionReportLine {
  action: number;
  actionLabel: string;
  code: string;
  label: string;
  unit: string;
  value: number | null;
  previousYear: number | null;
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

/** Fact columns a breakdown may group by: a whitelist, never interpolated from input. */
const COLUMN: Record<Dimension, string> = {
  age_band: 'f.age_band',
  household_type: 'f.household_type',
  sex: 'f.sex',
  commune: 'f.commune',
  scheme: 'f.scheme',
  category: 'f.category',
};

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
    const results = await Promise.all(indicators.map((indicator) => this.compute(indicator, periods, territoryIds, dto.breakdown)));
    await this.audit.record(actor, {
      action: 'read',
      resourceType: 'indicators',
      details: { from: dto.from, to: dto.to, granularity: dto.granularity, territoryIds, breakdown: dto.breakdown ?? null },
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

  /** Indicator values over plain date ranges, totals only (the execution report, reconciliation). */
  // `options.organisationIds` (the figures of these organisations only) is implemented on the indicators branch; ignored here.
  async totals(
    territoryIds: string[],
    from: string,
    to: string,
    _options?: { organisationIds?: string[] },
  ): Promise<Map<string, number | null>> {
    const period = periodsOf(from, to, 'range');
    const results = await Promise.all(this.settings.catalogue.indicators.map((i) => this.compute(i, period, territoryIds)));
    return new Map(results.map((r) => [r.code, r.periods[0].value]));
  }

  /** The yearly execution report: per convention action, each indicator for the year and the year before. */
  async executionReport(actor: Actor, year: number): Promise<ExecutionReportLine[]> {
    const territoryIds = [actor.territoryId];
    const [current, previous] = await Promise.all([
      this.totals(territoryIds, yearRange(year).from, yearRange(year).to),
      this.totals(territoryIds, yearRange(year - 1).from, yearRange(year - 1).to),
    ]);
    await this.audit.record(actor, { action: 'read', resourceType: 'indicators', details: { executionReport: year } });
    const { actions, indicators } = this.settings.catalogue;
    return actions.flatMap((action) =>
      indicators
        .filter((i) => i.action === action.number)
        .map((i) => ({
          action: action.number,
          actionLabel: action.label,
          code: i.code,
          label: i.label,
          unit: i.unit,
          value: current.get(i.code) ?? null,
          previousYear: previous.get(i.code) ?? null,
        })),
    );
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
      const [row] = await this.dataSource.query<Array<Record<string, string | number | null>>>(sql, [[territoryId], from, to]);
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

  private select(codes: string[] | undefined, breakdown: Dimension | undefined): Indicator[] {
    const { catalogue, byCode } = this.settings;
    const unknown = (codes ?? []).filter((code) => !byCode.has(code));
    if (unknown.length) throw DomainError.validation([{ field: 'codes', problems: [`unknown indicators: ${unknown.join(', ')}`] }]);
    const selected = codes?.length ? codes.map((code) => byCode.get(code)!) : catalogue.indicators;
    if (codes?.length && breakdown) {
      const refusing = selected.filter((i) => !i.dimensions.includes(breakdown)).map((i) => i.code);
      if (refusing.length)
        throw DomainError.validation([{ field: 'breakdown', problems: [`${breakdown} is not a dimension of ${refusing.join(', ')}`] }]);
    }
    return selected;
  }

  private async compute(indicator: Indicator, periods: Period[], territoryIds: string[], requested?: Dimension): Promise<IndicatorResult> {
    // Distributions and states always break down by their category; others by the dimension asked, when they allow it.
    const breakdown: Dimension | null =
      indicator.measure === 'distribution' || indicator.measure === 'state'
        ? 'category'
        : requested && indicator.dimensions.includes(requested)
          ? requested
          : null;
    // Distinct counts hash their subjects in memory rather than sorting them on disk (national queries).
    const rows = await this.dataSource.transaction(async (manager) => {
      await manager.query(`SET LOCAL work_mem = '128MB'`);
      return manager.query<Row[]>(this.sql(indicator, breakdown, wholeCalendarUnit(periods)), [
        periods.map((p) => p.key),
        periods.map((p) => p.from),
        periods.map((p) => p.to),
        indicator.code,
        territoryIds,
        ...(indicator.measure === 'state' ? [indicator.inactive ?? []] : []),
      ]);
    });
    const threshold = this.settings.catalogue.maskingThreshold;
    return {
      code: indicator.code,
      label: indicator.label,
      definition: indicator.definition,
      action: indicator.action,
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
            .map((r) => ({ key: r.cell ?? 'inconnu', value: Number(r.value ?? 0), contributors: Number(r.contributors) }))
            .sort((a, b) => a.key.localeCompare(b.key));
          result.cells = maskCells(cells, threshold);
          if (breakdown === 'commune') for (const cell of result.cells) cell.label = communeName(cell.key) ?? cell.key;
        }
        return result;
      }),
    };
  }

  /** One statement per indicator: every period, its total and its cells (GROUPING SETS). */
  private sql(indicator: Indicator, breakdown: Dimension | null, unit: CalendarUnit | null): string {
    const periods = `unnest($1::text[], $2::date[], $3::date[]) AS p(key, pfrom, pto)`;
    if (indicator.measure === 'distinct' && !breakdown && unit) {
      // Whole calendar periods: each subject's first fact in the period is flagged by the projector
      // (facts of a subject share its one territory), so its distinct subjects are a count.
      return `SELECT p.key, NULL AS cell, true AS total, count(*) AS value, count(*) AS contributors, NULL AS median
                FROM ${periods}
                JOIN indicator_fact f ON f.indicator_code = $4 AND f.territory_id = ANY($5::uuid[]) AND f.occurred_on BETWEEN p.pfrom AND p.pto
                 AND f.first_in & ${FIRST_IN_BIT[unit]} <> 0
               GROUP BY p.key`;
    }
    const sets = (cell: string) => (breakdown ? `GROUP BY GROUPING SETS ((p.key), (p.key, ${cell}))` : 'GROUP BY p.key');
    const totalFlag = (cell: string) => (breakdown ? `GROUPING(${cell}) = 1` : 'true');
    if (indicator.measure === 'state') {
      // The fact valid at the period's end is the subject's state then (one per subject).
      return `SELECT p.key, f.category AS cell, ${totalFlag('f.category')} AS total, count(*) AS value, count(*) AS contributors, NULL AS median
                FROM ${periods}
                JOIN indicator_fact f ON f.indicator_code = $4 AND f.territory_id = ANY($5::uuid[]) AND f.occurred_on <= p.pto AND f.valid_to > p.pto
               WHERE NOT (f.category = ANY($6::text[]) AND f.occurred_on < p.pfrom)
               ${sets('f.category')}`;
    }
    const cell = breakdown ? COLUMN[breakdown] : 'NULL';
    const facts = `SELECT p.key, ${cell} AS cell, f.subject_token, f.value, f.id FROM ${periods}
                     JOIN indicator_fact f ON f.indicator_code = $4 AND f.territory_id = ANY($5::uuid[]) AND f.occurred_on BETWEEN p.pfrom AND p.pto`;
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
    }[indicator.measure];
    return `WITH f AS (${facts})
            SELECT f.key, f.cell, ${breakdown ? 'GROUPING(f.cell) = 1' : 'true'} AS total, ${measure}
              FROM f GROUP BY ${breakdown ? 'GROUPING SETS ((f.key), (f.key, f.cell))' : 'f.key, f.cell'}`;
  }
}
