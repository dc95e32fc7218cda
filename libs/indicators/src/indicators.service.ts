import { AuditService } from '@app/audit';
import { Actor, communeName, DomainError } from '@app/core';
import { AccessPolicy, OrganisationsService } from '@app/identity';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Breakdown, Indicator } from './catalogue';
import { IndicatorQueryDto } from './dto/indicators.dto';
import { FactsRepository } from './facts.repository';
import { IndicatorSettings } from './indicator-settings';
import { OperationalCounts } from './operational-counts';
import { Cell, maskCells, MaskedCell } from './masking';
import { Period, periodsOf, wholeCalendarUnit } from './periods';

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

/** The cell of facts without the value broken down by. */
const UNKNOWN = 'inconnu';

/**
 * Indicator counts from the anonymised facts, for coordinators, admins and the State: any date
 * range, by month, quarter, year or the whole range, by an allowed dimension. A subject counts once
 * per indicator and period. Breakdown cells are masked below the threshold, totals stay exact.
 */
@Injectable()
export class IndicatorsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly facts: FactsRepository,
    private readonly operational: OperationalCounts,
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
    // Days of the contexts' instants are the territory's.
    const counts = await this.dataSource.transaction(async (manager) => {
      await this.facts.useTimeZone(manager, this.settings.catalogue.timezone);
      return this.operational.countsBetween(manager, [territoryId], from, to);
    });
    const differences: Difference[] = [];
    let compared = 0;
    for (const [code, operational] of counts) {
      if (!facts.has(code)) continue;
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
    // In a transaction of its own: the statement's memory (see indicatorRows) is set for it alone.
    const rows = await this.dataSource.transaction((manager) =>
      this.facts.indicatorRows(manager, indicator, breakdown, unit, { periods, territoryIds, organisationIds }),
    );
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
}
