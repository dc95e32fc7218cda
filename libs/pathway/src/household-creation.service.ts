import { AuditService } from '@app/audit';
import { Actor, assertNotInFuture, Clock, DomainError, notInFuture } from '@app/core';
import { appendToOutbox, inTransaction } from '@app/database';
import { AccessPolicy } from '@app/identity';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { CreateHouseholdDto } from './dto/household.dto';
import { HouseholdFilesService } from './household-files.service';
import { announceDemandRenewal, HouseholdRules, personProblems, personRowOf, priorityLabelOf, supportMeasureOf } from './household-rules';
import { HouseholdSharesRepository } from './household-shares.repository';
import { HouseholdTimelineService } from './household-timeline.service';
import { HouseholdsRepository } from './households.repository';
import { CreatedHouseholdView, PossibleDuplicateView } from './household.view';
import { MaraudeService } from './maraude.service';
import { householdTypeOf, searchTextOf } from './names';
import { PathwaySettings } from './pathway.config';
import { Person } from './person.entity';
import { PersonsRepository } from './persons.repository';

/** Opens household files: the file, its persons, its first event, and the possible duplicates the opener should look at. */
@Injectable()
export class HouseholdCreationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rules: HouseholdRules,
    private readonly policy: AccessPolicy,
    private readonly audit: AuditService,
    private readonly settings: PathwaySettings,
    private readonly clock: Clock,
    private readonly files: HouseholdFilesService,
    private readonly timeline: HouseholdTimelineService,
    private readonly maraude: MaraudeService,
    private readonly households: HouseholdsRepository,
    private readonly persons: PersonsRepository,
    private readonly shares: HouseholdSharesRepository,
  ) {}

  async create(actor: Actor, dto: CreateHouseholdDto): Promise<CreatedHouseholdView> {
    // Joins the caller's transaction when there is one (an arrears file's rehousing request).
    return inTransaction(this.dataSource, (manager) => this.createWith(manager, actor, dto));
  }

  private async createWith(manager: EntityManager, actor: Actor, dto: CreateHouseholdDto): Promise<CreatedHouseholdView> {
    this.validatePersons(dto);
    this.rules.validateSiaoFile(dto);
    if (dto.siaoDemandNumber) await this.rules.assertDemandNumberFree(manager, actor.territoryId, dto.siaoDemandNumber, null);
    const now = this.clock.now();
    const openedAt = dto.openedAt ? new Date(dto.openedAt) : now;
    this.settings.assertCurrentResources(dto.resources, openedAt.toISOString());
    assertNotInFuture(this.clock, { openedAt });
    await this.rules.assertOrganisationsOfTerritory(manager, actor, dto.sharedWithOrganisationIds ?? []);
    if (dto.referentUserId) {
      const file = {
        territoryId: actor.territoryId,
        organisationId: actor.organisationId,
        sharedWithOrganisationIds: dto.sharedWithOrganisationIds,
      };
      await this.rules.assertColleague(manager, dto.referentUserId, file);
    }
    const reference = await this.households.nextReference(manager);
    const household = await this.households.create(manager, {
      reference,
      territoryId: actor.territoryId,
      organisationId: actor.organisationId,
      referentUserId: dto.referentUserId ?? actor.userId,
      status: dto.consentDate ? 'file_open' : 'spotted',
      entryChannel: dto.entryChannel,
      livingSituation: dto.livingSituation,
      resources: dto.resources ?? [],
      needs: dto.needs ?? [],
      consentDate: dto.consentDate ?? null,
      commune: dto.commune ?? null,
      restricted: dto.restricted ?? false,
      openedAt,
      lastStepAt: openedAt,
      searchText: searchTextOf(dto.persons),
      siaoDemandNumber: dto.siaoDemandNumber ?? null,
      socialHousingDemandNumber: dto.socialHousingDemandNumber ?? null,
      socialHousingDemandRenewalOn: dto.socialHousingDemandRenewalOn ?? null,
      priorityLabels: (dto.priorityLabels ?? []).map(priorityLabelOf),
      supportMeasures: (dto.supportMeasures ?? []).map(supportMeasureOf),
    });
    const persons = await this.persons.addAll(
      manager,
      dto.persons.map((p) => personRowOf(household.id, p)),
    );
    const shares = dto.sharedWithOrganisationIds?.filter((id) => id !== actor.organisationId) ?? [];
    if (shares.length > 0) await this.shares.addAll(manager, household.id, shares);
    if (dto.encounterId) await this.maraude.linkEncounter(manager, actor, dto.encounterId, household.id);
    const event = await this.timeline.insertEvent(manager, actor, household, 'household.opened', openedAt, {
      status: household.status,
      entryChannel: household.entryChannel,
      encounterId: dto.encounterId ?? null,
      // Dated on the timeline: the pécule judges eligibility on the resources of its start date.
      resources: household.resources,
    });
    await appendToOutbox(manager, {
      type: 'household.opened',
      aggregateType: 'household',
      aggregateId: household.id,
      territoryId: household.territoryId,
      occurredAt: openedAt,
      payload: {
        householdId: household.id,
        eventId: event.id,
        organisationId: household.organisationId,
        status: household.status,
        entryChannel: household.entryChannel,
        householdType: householdTypeOf(persons.map((p) => p.role)),
        personCount: persons.length,
        commune: household.commune,
      },
    });
    if (household.socialHousingDemandRenewalOn) await announceDemandRenewal(manager, household, openedAt);
    await this.audit.record(actor, { action: 'create', resourceType: 'household', resourceId: household.id }, manager);
    const possibleDuplicates = await this.findDuplicates(manager, actor, household.id, persons);
    return { household: this.files.viewOfWritten(household, persons, shares), possibleDuplicates };
  }

  private validatePersons(dto: CreateHouseholdDto): void {
    const problems: Array<{ field: string; problems: string[] }> = [];
    const references = dto.persons.filter((p) => p.role === 'reference').length;
    if (references !== 1)
      problems.push({ field: 'persons', problems: [`exactly one person must have the role reference (found ${references})`] });
    const today = this.clock.today();
    dto.persons.forEach((p, i) => problems.push(...personProblems(p, `persons.${i}`, today)));
    problems.push(...notInFuture(this.clock, { consentDate: dto.consentDate }));
    if (problems.length > 0) throw DomainError.validation(problems);
  }

  private async findDuplicates(
    manager: EntityManager,
    actor: Actor,
    householdId: string,
    persons: Person[],
  ): Promise<PossibleDuplicateView[]> {
    const keys = persons.filter((p) => p.normalizedName && p.birthDate);
    if (keys.length === 0) return [];
    const rows = await this.households.possibleDuplicates(manager, actor.territoryId, householdId, actor.organisationId, keys);
    // Another organisation's file is reported by its reference only: enough to call its referent.
    return rows.map((r) => ({
      reference: r.reference,
      householdId: this.policy.canSee(actor, {
        territoryId: actor.territoryId,
        organisationId: r.organisation_id,
        sharedWithOrganisationIds: r.shared ? [actor.organisationId] : [],
      })
        ? r.id
        : null,
    }));
  }
}
