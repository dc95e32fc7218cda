import { AuditService } from '@app/audit';
import { Actor, DomainError } from '@app/core';
import { IndicatorSettings, IndicatorsService, yearRange } from '@app/indicators';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { IndicatorLink } from './convention.entity';
import { ACTION_STATUS_LABELS } from './convention.types';
import { ConventionsService } from './conventions.service';
import { ExecutionReportView, MonthValueView, ReportIndicatorView } from './convention.views';
import { ReportFormat } from './dto/convention.dto';

/** The organisations an indicator's figures are limited to (the carrier's), or none: the whole territory. */
type Scope = string[] | undefined;
const scopeKey = (scope: Scope) => (scope ? scope.join(',') : '*');

/**
 * The yearly execution report (article 2.3.2): every action of the year with its indicators for
 * the year and the year before ("non collecté dans Parcours" where Parcours has no source, never
 * 0), the coordinator's deliverables, and the credits table with Annexe 2's columns. Counts only.
 */
@Injectable()
export class ExecutionReportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly conventions: ConventionsService,
    private readonly indicators: IndicatorsService,
    private readonly settings: IndicatorSettings,
    private readonly audit: AuditService,
  ) {}

  async report(actor: Actor, conventionId: string, year: number, format: ReportFormat): Promise<ExecutionReportView> {
    const aggregate = await this.conventions.load(this.dataSource.manager, actor, conventionId);
    const yearRow = aggregate.years.find((y) => y.year === year);
    if (!yearRow) throw DomainError.validation([{ field: 'year', problems: ['not a year of this convention'] }]);
    const lines = aggregate.actions.flatMap((action) => {
      const line = aggregate.actionYears.find((l) => l.actionId === action.id && l.year === year);
      return line ? [{ action, line }] : [];
    });

    const scopeOf = (link: IndicatorLink, carrier: string | null): Scope =>
      'code' in link && link.carrierOnly && carrier ? [carrier] : undefined;
    const scopes = new Map<string, Scope>([['*', undefined]]);
    for (const { action } of lines)
      for (const link of action.indicators)
        scopes.set(scopeKey(scopeOf(link, action.carrierOrganisationId)), scopeOf(link, action.carrierOrganisationId));
    const territoryIds = [actor.territoryId];
    const values = new Map<string, { current: Map<string, number | null>; previous: Map<string, number | null> }>();
    for (const [key, scope] of scopes) {
      const options = scope ? { organisationIds: scope } : undefined;
      const [current, previous] = await Promise.all([
        this.indicators.totals(territoryIds, yearRange(year).from, yearRange(year).to, options),
        this.indicators.totals(territoryIds, yearRange(year - 1).from, yearRange(year - 1).to, options),
      ]);
      values.set(key, { current, previous });
    }
    const monthly = await this.monthly(actor, year, [
      ...new Set(lines.flatMap(({ action }) => action.indicators.flatMap((l) => ('code' in l && !l.carrierOnly ? [l.code] : [])))),
    ]);

    const { lines: credits, totals } = this.conventions.credits(aggregate);
    await this.audit.record(actor, {
      action: format === 'json' ? 'read' : 'export',
      resourceType: 'convention_execution_report',
      resourceId: conventionId,
      details: { year, format },
    });
    return {
      conventionId,
      conventionTitle: aggregate.convention.title,
      year,
      yearLabel: yearRow.label,
      actions: lines.map(({ action, line }) => ({
        actionId: action.id,
        key: action.key,
        number: line.number,
        title: line.title ?? action.title,
        category: action.category,
        carrier: action.carrierLabel,
        status: line.status,
        statusLabel: ACTION_STATUS_LABELS[line.status],
        deliverables: line.deliverables,
        indicators: action.indicators.map((link): ReportIndicatorView => {
          const shown = this.conventions.indicatorLink(link);
          if (!('code' in link)) return { ...shown, unit: null, value: null, previousYearValue: null, monthly: [] };
          const figures = values.get(scopeKey(scopeOf(link, action.carrierOrganisationId)))!;
          return {
            ...shown,
            unit: this.settings.byCode.get(link.code)?.unit ?? null,
            value: figures.current.get(link.code) ?? null,
            previousYearValue: figures.previous.get(link.code) ?? null,
            monthly: link.carrierOnly ? [] : (monthly.get(link.code) ?? []),
          };
        }),
      })),
      credits: {
        lines: lines.map(({ action, line }) => ({
          actionId: action.id,
          number: line.number,
          title: line.title ?? action.title,
          statusLabel: ACTION_STATUS_LABELS[line.status],
          ...credits.get(`${action.id}/${year}`)!,
        })),
        totals: totals.get(year)!,
      },
    };
  }

  /** The year month by month, for the whole territory (one query per indicator). */
  private async monthly(actor: Actor, year: number, codes: string[]): Promise<Map<string, MonthValueView[]>> {
    if (!codes.length) return new Map();
    const { from, to } = yearRange(year);
    const result = await this.indicators.query(actor, { from, to, granularity: 'month', codes });
    return new Map(result.indicators.map((i) => [i.code, i.periods.map((p) => ({ month: p.from.slice(0, 7), value: p.value }))]));
  }
}
