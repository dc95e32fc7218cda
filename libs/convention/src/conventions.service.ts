import { AuditService } from '@app/audit';
import { Actor, DomainError, FieldProblem } from '@app/core';
import { appendToOutbox } from '@app/database';
import { IndicatorSettings } from '@app/indicators';
import { OrganisationsService } from '@app/identity';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Convention, ConventionActionYear, ConventionYear, IndicatorLink } from './convention.entity';
import { ConventionAggregate, ConventionRepository, REPORT_DUE_EVENT } from './convention.repository';
import { reportDueOn } from './report-due';
import { creditLine, CreditLine, yearTotals } from './credits';
import {
  ActionYearDto,
  CarrierDto,
  ConventionDocumentDto,
  CreateActionDto,
  ExpenseDto,
  IndicatorLinkDto,
  UpdateActionDto,
  UpdateConventionDto,
  YearDto,
} from './dto/convention.dto';
import { centsFrom } from './money';
import { ActionView, ConventionSummaryView, ConventionView, IndicatorLinkView } from './convention.views';

/** An action's fields as a create, an edit or a file gives them. */
interface ActionInput {
  title: string;
  category: string;
  carrier: CarrierDto;
  indicators: Array<IndicatorLinkDto | IndicatorLink>;
  years: ActionYearDto[];
}

/** Drops the keys whose value is null or undefined: the JSON file leaves out what is not set. */
function present<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined)) as T;
}

/**
 * A territory's convention with the State: its years, actions, credits and expense entries. The
 * coordinator and admins edit it; every change is one transaction with its audit row, checked
 * against the version read.
 */
@Injectable()
export class ConventionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: ConventionRepository,
    private readonly indicators: IndicatorSettings,
    private readonly organisations: OrganisationsService,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor): Promise<ConventionSummaryView[]> {
    const conventions = await this.repository.conventionsOfTerritory(actor.territoryId);
    const years = conventions.length ? await this.repository.yearsOfConventions(conventions.map((c) => c.id)) : [];
    return conventions.map((c) => ({
      ...this.summary(c),
      years: years.filter((y) => y.conventionId === c.id).map((y) => y.year),
    }));
  }

  async get(actor: Actor, id: string): Promise<ConventionView> {
    return this.view(await this.load(this.dataSource.manager, actor, id));
  }

  /** The convention, its years and actions read in one go (the execution report builds on it). */
  async load(manager: EntityManager, actor: Actor, id: string, lock = false): Promise<ConventionAggregate> {
    const convention = await this.repository.conventionInTerritory(manager, actor.territoryId, id, lock);
    if (!convention) throw DomainError.notFound('Convention');
    return this.repository.aggregate(manager, convention);
  }

  /** Creates a convention from its JSON file; 400 naming every offending path, nothing written. */
  async import(actor: Actor, dto: ConventionDocumentDto): Promise<ConventionView> {
    await this.check(actor, dto);
    return this.dataSource.transaction(async (manager) => {
      if (await this.repository.isKeyTaken(manager, actor.territoryId, dto.key))
        throw new DomainError('CONFLICT', `A convention with the key ${dto.key} already exists in this territory`);
      const convention = await this.repository.insertConvention(manager, {
        territoryId: actor.territoryId,
        organisationId: actor.organisationId,
        key: dto.key,
        title: dto.title,
        startsOn: dto.startsOn,
        endsOn: dto.endsOn,
        signedOn: dto.signedOn ?? null,
      });
      await this.repository.saveYears(
        manager,
        dto.years.map((y) => this.yearRow(convention.id, y)),
      );
      for (const [index, action] of dto.actions.entries()) {
        const row = await this.repository.insertAction(manager, {
          conventionId: convention.id,
          key: action.key,
          position: index + 1,
          ...this.actionFields(action),
        });
        await this.repository.saveActionYears(
          manager,
          action.years.map((line) => this.lineRow(convention.id, row.id, line)),
        );
        await this.repository.insertExpenses(
          manager,
          action.years.flatMap((line) =>
            (line.expenses ?? []).map((e, position) => ({
              conventionId: convention.id,
              actionId: row.id,
              year: line.year,
              position: position + 1,
              spentOn: e.spentOn,
              label: e.label,
              amountCents: String(e.amountCents),
              recordedBy: actor.userId,
            })),
          ),
        );
      }
      await this.audit.record(
        actor,
        {
          action: 'create',
          resourceType: 'convention',
          resourceId: convention.id,
          details: { imported: true, actions: dto.actions.length },
        },
        manager,
      );
      return this.view(await this.repository.aggregate(manager, convention));
    });
  }

  /** The convention as its JSON file: importing it gives the same convention. */
  async document(actor: Actor, id: string): Promise<ConventionDocumentDto> {
    const { convention, years, actions, actionYears, expenses } = await this.load(this.dataSource.manager, actor, id);
    await this.audit.record(actor, { action: 'export', resourceType: 'convention', resourceId: id });
    return present({
      key: convention.key,
      title: convention.title,
      startsOn: convention.startsOn,
      endsOn: convention.endsOn,
      signedOn: convention.signedOn ?? undefined,
      years: years.map((y) =>
        present({
          year: y.year,
          label: y.label,
          annex: y.annex,
          stateFundingCents: centsFrom(y.stateFundingCents),
          amendment: y.amendment ?? undefined,
          amendmentSignedOn: y.amendmentSignedOn ?? undefined,
        }),
      ),
      actions: actions.map((a) => ({
        key: a.key,
        title: a.title,
        category: a.category,
        carrier: present({ label: a.carrierLabel, organisationId: a.carrierOrganisationId ?? undefined }),
        indicators: a.indicators.map((i) => ({ ...i })),
        years: actionYears
          .filter((l) => l.actionId === a.id)
          .map((l) => {
            const entries = expenses.filter((e) => e.actionId === a.id && e.year === l.year);
            return present({
              year: l.year,
              number: l.number,
              title: l.title ?? undefined,
              status: l.status,
              statusNote: l.statusNote ?? undefined,
              agreedCents: centsFrom(l.agreedCents),
              stateRatePercent: l.stateRatePercent as ActionYearDto['stateRatePercent'],
              stateShareCents: l.stateShareCents === null ? undefined : centsFrom(l.stateShareCents),
              deliverables: l.deliverables ?? undefined,
              expenses: entries.length
                ? entries.map((e) => ({ spentOn: e.spentOn, label: e.label, amountCents: centsFrom(e.amountCents) }))
                : undefined,
            });
          }),
      })),
    });
  }

  async update(actor: Actor, id: string, dto: UpdateConventionDto): Promise<ConventionView> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.load(manager, actor, id);
      const { convention } = current;
      const startsOn = dto.startsOn ?? convention.startsOn;
      const endsOn = dto.endsOn ?? convention.endsOn;
      const problems: FieldProblem[] = [];
      if (startsOn > endsOn) problems.push({ field: 'endsOn', problems: ['must not be before startsOn'] });
      problems.push(...this.yearProblems(dto.years ?? [], startsOn, endsOn, 'years'));
      const outside = current.years.map((y) => y.year).filter((y) => y < Number(startsOn.slice(0, 4)) || y > Number(endsOn.slice(0, 4)));
      if (outside.length) problems.push({ field: 'endsOn', problems: [`the period must cover the years ${outside.join(', ')}`] });
      if (problems.length) throw DomainError.validation(problems);
      const changes = { title: dto.title, startsOn: dto.startsOn, endsOn: dto.endsOn, signedOn: dto.signedOn };
      if (!(await this.repository.updateConvention(manager, id, dto.version, changes)))
        throw DomainError.staleVersion('Convention', convention.version);
      await this.repository.saveYears(
        manager,
        (dto.years ?? []).map((y) => this.yearRow(id, y)),
      );
      await this.audit.record(
        actor,
        {
          action: 'update',
          resourceType: 'convention',
          resourceId: id,
          details: { fields: Object.keys(dto).filter((k) => k !== 'version') },
        },
        manager,
      );
      return this.view(await this.load(manager, actor, id));
    });
  }

  async addAction(actor: Actor, id: string, dto: CreateActionDto): Promise<ActionView> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.load(manager, actor, id, true);
      await this.checkAction(
        actor,
        dto,
        current.years.map((y) => y.year),
        '',
      );
      if (await this.repository.isActionKeyTaken(manager, id, dto.key))
        throw DomainError.validation([{ field: 'key', problems: ['another action of this convention has this key'] }]);
      const position = await this.repository.nextActionPosition(manager, id);
      const action = await this.repository.insertAction(manager, { conventionId: id, key: dto.key, position, ...this.actionFields(dto) });
      await this.repository.saveActionYears(
        manager,
        dto.years.map((line) => this.lineRow(id, action.id, line)),
      );
      await this.audit.record(
        actor,
        { action: 'create', resourceType: 'convention_action', resourceId: action.id, details: { conventionId: id } },
        manager,
      );
      return this.actionView(await this.load(manager, actor, id), action.id);
    });
  }

  async updateAction(actor: Actor, id: string, actionId: string, dto: UpdateActionDto): Promise<ActionView> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.load(manager, actor, id);
      const action = current.actions.find((a) => a.id === actionId);
      if (!action) throw DomainError.notFound('Action');
      const merged = {
        title: dto.title ?? action.title,
        category: dto.category ?? action.category,
        carrier: dto.carrier ?? { label: action.carrierLabel, organisationId: action.carrierOrganisationId ?? undefined },
        indicators: dto.indicators ?? action.indicators,
        years: dto.years ?? [],
      };
      await this.checkAction(
        actor,
        merged,
        current.years.map((y) => y.year),
        '',
      );
      if (!(await this.repository.updateAction(manager, actionId, dto.version, this.actionFields(merged))))
        throw DomainError.staleVersion('Action', action.version);
      await this.repository.saveActionYears(
        manager,
        merged.years.map((line) => this.lineRow(id, actionId, line)),
      );
      await this.audit.record(
        actor,
        {
          action: 'update',
          resourceType: 'convention_action',
          resourceId: actionId,
          details: { conventionId: id, fields: Object.keys(dto).filter((k) => k !== 'version'), years: merged.years.map((l) => l.year) },
        },
        manager,
      );
      return this.actionView(await this.load(manager, actor, id), actionId);
    });
  }

  /** Adds an expense entry to an action's year (never edited: a correction is a negative entry). */
  async addExpense(actor: Actor, id: string, actionId: string, dto: ExpenseDto): Promise<ActionView> {
    return this.dataSource.transaction(async (manager) => {
      const convention = await this.repository.conventionInTerritory(manager, actor.territoryId, id);
      if (!convention) throw DomainError.notFound('Convention');
      // The action's row lock orders concurrent entries of its years.
      if (!(await this.repository.action(manager, id, actionId, true))) throw DomainError.notFound('Action');
      const current = await this.repository.aggregate(manager, convention);
      if (!current.actionYears.some((l) => l.actionId === actionId && l.year === dto.year))
        throw DomainError.validation([{ field: 'year', problems: ['the action has no credits for this year'] }]);
      const position = await this.repository.nextExpensePosition(manager, actionId, dto.year);
      await this.repository.insertExpenses(manager, [
        {
          conventionId: id,
          actionId,
          year: dto.year,
          position,
          spentOn: dto.spentOn,
          label: dto.label,
          amountCents: String(dto.amountCents),
          recordedBy: actor.userId,
        },
      ]);
      await this.audit.record(
        actor,
        {
          action: 'create',
          resourceType: 'convention_expense',
          resourceId: actionId,
          details: { conventionId: id, year: dto.year, amountCents: dto.amountCents },
        },
        manager,
      );
      return this.actionView(await this.repository.aggregate(manager, convention), actionId);
    });
  }

  /**
   * During March: one `convention.report.due` event per convention for the year before's report
   * (due 31 March), which the reminder rules turn into a reminder in the coordination team's inbox
   * on 1 March. Safe to run every day and from two workers.
   */
  async announceReportsDue(now: Date): Promise<number> {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: this.indicators.catalogue.timezone }).format(now);
    const due = reportDueOn(today);
    if (!due) return 0;
    return this.dataSource.transaction(async (manager) => {
      // Conventions are few: locking their table orders two workers announcing at once.
      await this.repository.lockConventions(manager);
      const conventions = await this.repository.conventionsWithReportToAnnounce(manager, due.year);
      await appendToOutbox(
        manager,
        ...conventions.map((c) => ({
          type: REPORT_DUE_EVENT,
          aggregateType: 'convention',
          aggregateId: c.id,
          territoryId: c.territoryId,
          occurredAt: now,
          payload: { conventionId: c.id, year: due.year, dueOn: due.dueOn },
        })),
      );
      return conventions.length;
    });
  }

  /** The credits of every action's year and each year's totals, recomputed from the lines and entries. */
  credits(aggregate: ConventionAggregate): { lines: Map<string, CreditLine>; totals: ReturnType<typeof yearTotals> } {
    const lines = new Map<string, CreditLine>();
    for (const l of aggregate.actionYears) {
      lines.set(
        `${l.actionId}/${l.year}`,
        creditLine({
          agreedCents: centsFrom(l.agreedCents),
          stateRatePercent: l.stateRatePercent,
          stateShareCents: l.stateShareCents === null ? null : centsFrom(l.stateShareCents),
          expenseCents: aggregate.expenses
            .filter((e) => e.actionId === l.actionId && e.year === l.year)
            .map((e) => centsFrom(e.amountCents)),
        }),
      );
    }
    const totals = yearTotals(
      aggregate.years.map((y) => ({
        year: y.year,
        stateFundingCents: centsFrom(y.stateFundingCents),
        lines: aggregate.actionYears.filter((l) => l.year === y.year).map((l) => lines.get(`${l.actionId}/${l.year}`)!),
      })),
    );
    return { lines, totals };
  }

  /** An indicator as the screens and the report show it: the catalogue's label, or the label given when Parcours does not collect it. */
  indicatorLink(link: IndicatorLink): IndicatorLinkView {
    if ('code' in link)
      return {
        code: link.code,
        label: this.indicators.byCode.get(link.code)?.label ?? link.code,
        carrierOnly: link.carrierOnly ?? false,
        collected: true,
      };
    return { code: null, label: link.label, carrierOnly: false, collected: false };
  }

  private view(aggregate: ConventionAggregate): ConventionView {
    const { lines, totals } = this.credits(aggregate);
    return {
      ...this.summary(aggregate.convention),
      years: aggregate.years.map((y) => ({
        year: y.year,
        label: y.label,
        annex: y.annex,
        amendment: y.amendment,
        amendmentSignedOn: y.amendmentSignedOn,
        credits: totals.get(y.year)!,
      })),
      actions: aggregate.actions.map((a) => ({
        id: a.id,
        key: a.key,
        position: a.position,
        title: a.title,
        category: a.category,
        carrier: { label: a.carrierLabel, organisationId: a.carrierOrganisationId },
        indicators: a.indicators.map((i) => this.indicatorLink(i)),
        years: aggregate.actionYears
          .filter((l) => l.actionId === a.id)
          .map((l) => ({
            year: l.year,
            number: l.number,
            title: l.title,
            status: l.status,
            statusNote: l.statusNote,
            deliverables: l.deliverables,
            credits: lines.get(`${a.id}/${l.year}`)!,
            expenses: aggregate.expenses
              .filter((e) => e.actionId === a.id && e.year === l.year)
              .map((e) => ({
                id: e.id,
                spentOn: e.spentOn,
                label: e.label,
                amountCents: centsFrom(e.amountCents),
                recordedAt: e.recordedAt,
              })),
          })),
        version: a.version,
      })),
    };
  }

  private actionView(aggregate: ConventionAggregate, actionId: string): ActionView {
    return this.view(aggregate).actions.find((a) => a.id === actionId)!;
  }

  private summary(c: Convention): Omit<ConventionSummaryView, 'years'> {
    return { id: c.id, key: c.key, title: c.title, startsOn: c.startsOn, endsOn: c.endsOn, signedOn: c.signedOn, version: c.version };
  }

  private yearRow(conventionId: string, y: YearDto): ConventionYear {
    return Object.assign(new ConventionYear(), {
      conventionId,
      year: y.year,
      label: y.label,
      annex: y.annex,
      stateFundingCents: String(y.stateFundingCents),
      amendment: y.amendment ?? null,
      amendmentSignedOn: y.amendmentSignedOn ?? null,
    });
  }

  private lineRow(conventionId: string, actionId: string, l: ActionYearDto): ConventionActionYear {
    return Object.assign(new ConventionActionYear(), {
      actionId,
      year: l.year,
      conventionId,
      number: l.number,
      title: l.title ?? null,
      status: l.status,
      statusNote: l.statusNote ?? null,
      agreedCents: String(l.agreedCents),
      stateRatePercent: l.stateRatePercent,
      stateShareCents: l.stateShareCents === undefined ? null : String(l.stateShareCents),
      deliverables: l.deliverables ?? null,
    });
  }

  /** The columns of an action an edit may change (its key never changes). */
  private actionFields(a: ActionInput) {
    return {
      title: a.title,
      category: a.category,
      carrierLabel: a.carrier.label,
      carrierOrganisationId: a.carrier.organisationId ?? null,
      indicators: a.indicators.map((i): IndicatorLink => {
        const { code, carrierOnly, label } = i as IndicatorLinkDto;
        return code !== undefined ? present({ code, carrierOnly }) : { label: label! };
      }),
    };
  }

  /** Everything the field validators cannot see: dates in order, years declared once, keys unique, indicators known. */
  private async check(actor: Actor, dto: ConventionDocumentDto): Promise<void> {
    const problems: FieldProblem[] = [];
    if (dto.startsOn > dto.endsOn) problems.push({ field: 'endsOn', problems: ['must not be before startsOn'] });
    problems.push(...this.yearProblems(dto.years, dto.startsOn, dto.endsOn, 'years'));
    const keys = new Set<string>();
    for (const [index, action] of dto.actions.entries()) {
      if (keys.has(action.key)) problems.push({ field: `actions.${index}.key`, problems: ['another action has this key'] });
      keys.add(action.key);
    }
    if (problems.length) throw DomainError.validation(problems);
    const declared = dto.years.map((y) => y.year);
    for (const [index, action] of dto.actions.entries())
      problems.push(...(await this.actionProblems(actor, action, declared, `actions.${index}.`)));
    if (problems.length) throw DomainError.validation(problems);
  }

  private async checkAction(actor: Actor, action: ActionInput, declared: number[], prefix: string): Promise<void> {
    const problems = await this.actionProblems(actor, action, declared, prefix);
    if (problems.length) throw DomainError.validation(problems);
  }

  private yearProblems(years: YearDto[], startsOn: string, endsOn: string, field: string): FieldProblem[] {
    const problems: FieldProblem[] = [];
    const seen = new Set<number>();
    years.forEach((y, index) => {
      if (seen.has(y.year)) problems.push({ field: `${field}.${index}.year`, problems: ['this year is declared twice'] });
      seen.add(y.year);
      if (y.year < Number(startsOn.slice(0, 4)) || y.year > Number(endsOn.slice(0, 4)))
        problems.push({ field: `${field}.${index}.year`, problems: ['must fall within the convention’s period'] });
    });
    return problems;
  }

  private async actionProblems(actor: Actor, action: ActionInput, declared: number[], prefix: string): Promise<FieldProblem[]> {
    const problems: FieldProblem[] = [];
    const organisationId = action.carrier.organisationId;
    if (organisationId && !(await this.organisations.list(actor)).some((o) => o.id === organisationId))
      problems.push({ field: `${prefix}carrier.organisationId`, problems: ['unknown organisation of your territory'] });
    action.indicators.forEach((link, index) => {
      const field = `${prefix}indicators.${index}`;
      const { code, label, carrierOnly } = link as IndicatorLinkDto;
      if ((code === undefined) === (label === undefined))
        problems.push({ field, problems: ['give either a catalogue code or the label of an indicator not collected in Parcours'] });
      else if (code !== undefined && !this.indicators.byCode.has(code))
        problems.push({ field: `${field}.code`, problems: [`${code} is not in the indicators catalogue`] });
      if (carrierOnly !== undefined && code === undefined) problems.push({ field: `${field}.carrierOnly`, problems: ['only with a code'] });
      if (carrierOnly && !organisationId)
        problems.push({ field: `${field}.carrierOnly`, problems: ['the carrier is no organisation of the territory'] });
    });
    const seen = new Set<number>();
    action.years.forEach((line, index) => {
      const field = `${prefix}years.${index}`;
      if (seen.has(line.year)) problems.push({ field: `${field}.year`, problems: ['this year is given twice'] });
      seen.add(line.year);
      if (!declared.includes(line.year)) problems.push({ field: `${field}.year`, problems: ['not a year of the convention'] });
      if (line.stateShareCents !== undefined && line.stateShareCents > line.agreedCents)
        problems.push({ field: `${field}.stateShareCents`, problems: ['must not exceed agreedCents'] });
    });
    return problems;
  }
}
