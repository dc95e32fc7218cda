import { Actor, Clock, DomainError, FieldProblem, normalizeName } from '@app/core';
import { appendToOutbox } from '@app/database';
import { AccessPolicy, OrganisationsService, ScopedRecord, UsersService } from '@app/identity';
import { Injectable } from '@nestjs/common';
import { DeepPartial, EntityManager } from 'typeorm';
import { CreateHouseholdDto, PersonInputDto, PriorityLabelDto, SupportMeasureDto } from './dto/household.dto';
import { Household } from './household.entity';
import { HouseholdsRepository } from './households.repository';
import { PriorityLabel, SupportMeasure } from './pathway.types';
import { Person } from './person.entity';
import { SiaoSettings } from './siao.config';

/** The checks a file's fields pass when it is opened and when it changes (creation, edits, shares, transfers). */
@Injectable()
export class HouseholdRules {
  constructor(
    private readonly policy: AccessPolicy,
    private readonly siao: SiaoSettings,
    private readonly clock: Clock,
    private readonly households: HouseholdsRepository,
    private readonly organisations: OrganisationsService,
    private readonly users: UsersService,
  ) {}

  /** Priority labels and support measures: configured codes, dates in order. */
  validateSiaoFile(dto: Pick<CreateHouseholdDto, 'priorityLabels' | 'supportMeasures'>): void {
    this.siao.assertListed('priorityLabels', dto.priorityLabels?.map((l) => l.code) ?? [], 'priorityLabels');
    this.siao.assertListed('supportMeasures', dto.supportMeasures?.map((m) => m.code) ?? [], 'supportMeasures');
    const today = this.clock.today();
    const problems: Array<{ field: string; problems: string[] }> = [];
    const check = (field: string, start: string, end: string | null | undefined) => {
      if (start > today) problems.push({ field, problems: ['must not start in the future'] });
      if (end && end < start) problems.push({ field, problems: ['must not end before it starts'] });
    };
    dto.priorityLabels?.forEach((l, i) => check(`priorityLabels.${i}`, l.since, l.until));
    dto.supportMeasures?.forEach((m, i) => check(`supportMeasures.${i}`, m.startOn, m.endOn));
    if (problems.length > 0) throw DomainError.validation(problems);
  }

  /** One file per SI-SIAO demand in a territory: the other file is named by its reference. */
  async assertDemandNumberFree(manager: EntityManager, territoryId: string, number: string, householdId: string | null) {
    const reference = await this.households.holderOfDemandNumber(manager, territoryId, number, householdId);
    if (reference !== null)
      throw new DomainError('CONFLICT', 'This SI-SIAO demand number is already on another file', {
        field: 'siaoDemandNumber',
        reference,
      });
  }

  async assertOrganisationsOfTerritory(manager: EntityManager, actor: Actor, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    if (!(await this.organisations.allInTerritory(manager, ids, actor.territoryId))) throw DomainError.notFound('Organisation');
  }

  /** A referent receives the file's reminders: only an active user who can open the file (its organisation, one it is shared with). */
  async assertColleague(manager: EntityManager, userId: string, file: ScopedRecord): Promise<void> {
    const user = await this.users.activeInTerritory(manager, userId, file.territoryId);
    if (
      !user ||
      !this.policy.canSee({ userId: user.id, organisationId: user.organisationId, territoryId: user.territoryId, roles: user.roles }, file)
    ) {
      throw DomainError.validation([{ field: 'referentUserId', problems: ['not a user who can see this file'] }]);
    }
  }
}

/** What is wrong with a person as entered: no way to name them, a birth in the future or inconsistent. */
export function personProblems(p: PersonInputDto, field: string, today: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!p.firstName && !p.lastName && !p.alias) problems.push({ field, problems: ['a first name, a last name or an alias is required'] });
  if (p.birthDate && p.birthDate > today) problems.push({ field: `${field}.birthDate`, problems: ['must not be in the future'] });
  if (p.birthYear && p.birthYear > Number(today.slice(0, 4)))
    problems.push({ field: `${field}.birthYear`, problems: ['must not be in the future'] });
  if (p.birthDate && p.birthYear && Number(p.birthDate.slice(0, 4)) !== p.birthYear)
    problems.push({ field: `${field}.birthYear`, problems: ['does not match birthDate'] });
  return problems;
}

/** The row of a person as entered, in household `householdId`. */
export function personRowOf(householdId: string, p: PersonInputDto): DeepPartial<Person> {
  return {
    householdId,
    isReference: p.role === 'reference',
    firstName: p.firstName ?? null,
    lastName: p.lastName ?? null,
    alias: p.alias ?? null,
    normalizedName: normalizeName(`${p.firstName ?? ''} ${p.lastName ?? ''}`),
    birthDate: p.birthDate ?? null,
    birthYear: p.birthYear ?? (p.birthDate ? Number(p.birthDate.slice(0, 4)) : null),
    sex: p.sex ?? 'unknown',
    role: p.role,
  };
}

/** Starts (or moves, or cancels when cleared) the reminder before the social-housing demand lapses. */
export async function announceDemandRenewal(manager: EntityManager, household: Household, occurredAt: Date): Promise<void> {
  await appendToOutbox(manager, {
    type: 'household.demand_renewal.set',
    aggregateType: 'household',
    aggregateId: household.id,
    territoryId: household.territoryId,
    occurredAt,
    payload: { householdId: household.id, renewalDueOn: household.socialHousingDemandRenewalOn },
  });
}

export function priorityLabelOf(dto: PriorityLabelDto): PriorityLabel {
  return { code: dto.code, since: dto.since, until: dto.until ?? null };
}

export function supportMeasureOf(dto: SupportMeasureDto): SupportMeasure {
  return { code: dto.code, startOn: dto.startOn, endOn: dto.endOn ?? null };
}
