import { AuditService } from '@app/audit';
import { Actor, assertVersion, DomainError, FieldProblem } from '@app/core';
import { OrganisationsService } from '@app/identity';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { CreateProgrammeDto, RuleSetDto, UpdateProgrammeDto } from './dto/pecule.dto';
import { PaymentsRepository } from './payments.repository';
import { PeculeAccess } from './pecule-access';
import { PeculeProgramme, PeculeRuleSet } from './programme.entity';
import { ProgrammesRepository } from './programmes.repository';

export interface RuleSetView {
  id: string;
  rulesVersion: string;
  deliberationDate: string;
  effectiveFrom: string;
  defaultMonthlyCents: number;
  maxMonthlyCents: number;
  maxDurationMonths: number;
  ageLimitYears: number;
}

/** A programme and its envelope, always with what remains. No personal data. */
export interface ProgrammeView {
  id: string;
  name: string;
  managingOrganisationId: string;
  startsOn: string;
  endsOn: string;
  envelopeCents: number;
  /** Validated, transmitted and paid. */
  committedCents: number;
  paidCents: number;
  remainingCents: number;
  /** Planned payments not validated yet: the forecast of what the envelope still has to cover. */
  plannedCents: number;
  /** The same figures per calendar year of the months paid for (not the day a payment was keyed in or validated). */
  years: Array<{ year: string; committedCents: number; paidCents: number; plannedCents: number }>;
  rules: RuleSetView[];
  version: number;
}

/** Programmes, envelopes and versions of the rules. */
@Injectable()
export class ProgrammesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: PeculeAccess,
    private readonly programmes: ProgrammesRepository,
    private readonly payments: PaymentsRepository,
    private readonly audit: AuditService,
    private readonly organisations: OrganisationsService,
  ) {}

  async create(actor: Actor, dto: CreateProgrammeDto): Promise<ProgrammeView> {
    const problems: FieldProblem[] = [];
    if (dto.startsOn > dto.endsOn) problems.push({ field: 'endsOn', problems: ['must not be before startsOn'] });
    problems.push(...this.ruleProblems(dto.rules, 'rules.'));
    if (problems.length > 0) throw DomainError.validation(problems);
    return this.dataSource.transaction(async (manager) => {
      const managingOrganisationId = dto.managingOrganisationId ?? actor.organisationId;
      const organisation = await this.organisations.findInTerritory(manager, managingOrganisationId, actor.territoryId);
      if (!organisation)
        throw DomainError.validation([{ field: 'managingOrganisationId', problems: ['unknown organisation of your territory'] }]);
      const programme = await this.programmes.create(
        manager,
        {
          territoryId: actor.territoryId,
          managingOrganisationId,
          name: dto.name,
          startsOn: dto.startsOn,
          endsOn: dto.endsOn,
          envelopeCents: dto.envelopeCents,
        },
        dto.rules,
      );
      await this.audit.record(actor, { action: 'create', resourceType: 'pecule_programme', resourceId: programme.id }, manager);
      return this.view(manager, programme);
    });
  }

  async list(actor: Actor): Promise<ProgrammeView[]> {
    const manager = this.dataSource.manager;
    const programmes = await this.programmes.listInTerritory(manager, actor.territoryId);
    return Promise.all(programmes.map((p) => this.view(manager, p)));
  }

  async get(actor: Actor, id: string): Promise<ProgrammeView> {
    const manager = this.dataSource.manager;
    return this.view(manager, await this.access.programme(manager, actor, id));
  }

  /** A new deliberation may rename, extend or change the envelope, never below what is committed. */
  async update(actor: Actor, id: string, dto: UpdateProgrammeDto): Promise<ProgrammeView> {
    return this.dataSource.transaction(async (manager) => {
      const programme = await this.access.programme(manager, actor, id, true);
      assertVersion('Programme', programme.version, dto.version);
      const envelopeCents = dto.envelopeCents ?? programme.envelopeCents;
      const endsOn = dto.endsOn ?? programme.endsOn;
      if (endsOn < programme.startsOn) throw DomainError.validation([{ field: 'endsOn', problems: ['must not be before startsOn'] }]);
      if (envelopeCents < programme.committedCents) {
        throw DomainError.validation(
          [{ field: 'envelopeCents', problems: [`must cover the ${programme.committedCents} cents already committed`] }],
          'The envelope cannot be smaller than what is already committed',
        );
      }
      await this.programmes.update(manager, id, {
        name: dto.name ?? programme.name,
        envelopeCents,
        endsOn,
        version: programme.version + 1,
      });
      await this.audit.record(
        actor,
        { action: 'update', resourceType: 'pecule_programme', resourceId: id, details: { fields: Object.keys(dto) } },
        manager,
      );
      return this.view(manager, await this.access.programme(manager, actor, id));
    });
  }

  /** Records a new version of the rules; enrolments already made keep theirs. */
  async addRules(actor: Actor, id: string, dto: RuleSetDto): Promise<ProgrammeView> {
    const problems = this.ruleProblems(dto, '');
    if (problems.length > 0) throw DomainError.validation(problems);
    return this.dataSource.transaction(async (manager) => {
      const programme = await this.access.programme(manager, actor, id, true);
      if (await this.programmes.ruleSetExists(manager, id, dto.rulesVersion)) {
        throw new DomainError('CONFLICT', `Rules version ${dto.rulesVersion} already exists for this programme`);
      }
      await this.programmes.insertRuleSet(manager, { ...dto, programmeId: id });
      await this.audit.record(
        actor,
        { action: 'update', resourceType: 'pecule_programme', resourceId: id, details: { rulesVersion: dto.rulesVersion } },
        manager,
      );
      return this.view(manager, programme);
    });
  }

  /** The rule set in force on a date: the latest effective on or before it. */
  rulesInForce(manager: EntityManager, programmeId: string, on: string): Promise<PeculeRuleSet | null> {
    return this.programmes.rulesInForce(manager, programmeId, on);
  }

  private ruleProblems(rules: RuleSetDto, prefix: string): FieldProblem[] {
    return rules.defaultMonthlyCents > rules.maxMonthlyCents
      ? [{ field: `${prefix}defaultMonthlyCents`, problems: ['must not exceed maxMonthlyCents'] }]
      : [];
  }

  private async view(manager: EntityManager, programme: PeculeProgramme): Promise<ProgrammeView> {
    const rules = await this.programmes.ruleSetsOf(manager, programme.id);
    const years = await this.payments.totalsByYear(manager, programme.id);
    return {
      id: programme.id,
      name: programme.name,
      managingOrganisationId: programme.managingOrganisationId,
      startsOn: programme.startsOn,
      endsOn: programme.endsOn,
      envelopeCents: programme.envelopeCents,
      committedCents: programme.committedCents,
      paidCents: programme.paidCents,
      remainingCents: programme.envelopeCents - programme.committedCents,
      plannedCents: years.reduce((sum, y) => sum + y.plannedCents, 0),
      years,
      rules: rules.map(
        ({
          id,
          rulesVersion,
          deliberationDate,
          effectiveFrom,
          defaultMonthlyCents,
          maxMonthlyCents,
          maxDurationMonths,
          ageLimitYears,
        }) => ({
          id,
          rulesVersion,
          deliberationDate,
          effectiveFrom,
          defaultMonthlyCents,
          maxMonthlyCents,
          maxDurationMonths,
          ageLimitYears,
        }),
      ),
      version: programme.version,
    };
  }
}
