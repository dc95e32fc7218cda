import { AuditService } from '@app/audit';
import { Actor, Clock, DomainError } from '@app/core';
import { appendToOutbox, inTransaction } from '@app/database';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AddPersonDto, RemovePersonDto, TransferDto, UpdateHouseholdDto } from './dto/household.dto';
import { HouseholdAccess } from './household-access';
import { HouseholdSharesRepository } from './household-shares.repository';
import { Household } from './household.entity';
import { HouseholdView } from './household.view';
import { HouseholdsRepository } from './households.repository';
import { HouseholdFilesService } from './household-files.service';
import { HouseholdTimelineService, timelineInstantOf } from './household-timeline.service';
import { announceDemandRenewal, HouseholdRules, personProblems, personRowOf, priorityLabelOf, supportMeasureOf } from './household-rules';
import { householdTypeOf, searchTextOf } from './names';
import { Person } from './person.entity';
import { PersonsRepository } from './persons.repository';
import { PathwaySettings } from './pathway.config';
import { SiaoSettings } from './siao.config';

/**
 * Changes of a file that are not pathway steps: its own fields (an edit), who lives in the household
 * (a birth, a departure), and which organisation is its referent (a transfer). Each is an event on the timeline; outbox
 * events carry roles and counts, never names.
 */
@Injectable()
export class HouseholdChangesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: HouseholdAccess,
    private readonly rules: HouseholdRules,
    private readonly settings: PathwaySettings,
    private readonly files: HouseholdFilesService,
    private readonly timeline: HouseholdTimelineService,
    private readonly siao: SiaoSettings,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly households: HouseholdsRepository,
    private readonly persons: PersonsRepository,
    private readonly shares: HouseholdSharesRepository,
  ) {}

  async update(actor: Actor, id: string, dto: UpdateHouseholdDto): Promise<HouseholdView> {
    const { version, priorityLabels, supportMeasures, ...fields } = dto;
    this.settings.assertCurrentResources(fields.resources, this.clock.now().toISOString());
    this.rules.validateSiaoFile(dto);
    const changes = {
      ...fields,
      ...(priorityLabels ? { priorityLabels: priorityLabels.map(priorityLabelOf) } : {}),
      ...(supportMeasures ? { supportMeasures: supportMeasures.map(supportMeasureOf) } : {}),
    };
    await this.dataSource.transaction(async (manager) => {
      const { household, shares } = await this.access.load(manager, actor, id);
      if (changes.restricted !== undefined) this.access.assertReferent(actor, household);
      if (changes.referentUserId)
        await this.rules.assertColleague(manager, changes.referentUserId, { ...household, sharedWithOrganisationIds: shares });
      if (changes.siaoDemandNumber) await this.rules.assertDemandNumberFree(manager, household.territoryId, changes.siaoDemandNumber, id);
      await this.households.update(manager, id, version, changes);
      const renewalOn = changes.socialHousingDemandRenewalOn;
      if (renewalOn !== undefined && renewalOn !== household.socialHousingDemandRenewalOn)
        await announceDemandRenewal(manager, { ...household, socialHousingDemandRenewalOn: renewalOn }, this.clock.now());
      await this.audit.record(
        actor,
        { action: 'update', resourceType: 'household', resourceId: id, details: { fields: Object.keys(changes) } },
        manager,
      );
    });
    return this.files.get(actor, id);
  }

  async addPerson(actor: Actor, id: string, dto: AddPersonDto): Promise<HouseholdView> {
    const today = this.clock.today();
    const problems = personProblems(dto.person, 'person', today);
    if (dto.person.role === 'reference')
      problems.push({ field: 'person.role', problems: ['the household already has its reference person'] });
    if (dto.occurredOn > today) problems.push({ field: 'occurredOn', problems: ['must not be in the future'] });
    if (problems.length > 0) throw DomainError.validation(problems);
    return inTransaction(this.dataSource, async (manager) => {
      const visible = await this.access.load(manager, actor, id);
      // Not the reference person: refused above.
      const person = await this.persons.add(manager, personRowOf(id, dto.person));
      await this.recordComposition(manager, actor, visible.household, dto, 'household.person.added', person);
      return this.files.viewOf(manager, await this.access.load(manager, actor, id));
    });
  }

  async removePerson(actor: Actor, id: string, personId: string, dto: RemovePersonDto): Promise<HouseholdView> {
    if (dto.occurredOn > this.clock.today())
      throw DomainError.validation([{ field: 'occurredOn', problems: ['must not be in the future'] }]);
    return inTransaction(this.dataSource, async (manager) => {
      const visible = await this.access.load(manager, actor, id);
      const person = await this.persons.personOfHousehold(manager, personId, id);
      if (!person) throw DomainError.notFound('Person');
      if (person.isReference)
        throw DomainError.validation([
          { field: 'personId', problems: ['the reference person cannot leave the file: close it, or open one for the person who stays'] },
        ]);
      await this.persons.remove(manager, personId);
      await this.recordComposition(manager, actor, visible.household, dto, 'household.person.removed', person);
      return this.files.viewOf(manager, await this.access.load(manager, actor, id));
    });
  }

  /**
   * Hands the file to another organisation of the territory. The former one keeps access only when
   * asked (the file stays shared with it); the new one is no longer listed among the shares.
   */
  async transfer(actor: Actor, id: string, dto: TransferDto): Promise<HouseholdView> {
    this.siao.assertListed('transferReasons', [dto.reason], 'reason');
    const keptShared = dto.keepShared ?? false;
    return inTransaction(this.dataSource, async (manager) => {
      const { household } = await this.access.load(manager, actor, id);
      this.access.assertReferent(actor, household);
      await this.rules.assertOrganisationsOfTerritory(manager, actor, [dto.organisationId]);
      const from = household.organisationId;
      if (dto.organisationId === from)
        throw DomainError.validation([{ field: 'organisationId', problems: ['the file already belongs to this organisation'] }]);
      if (dto.referentUserId)
        await this.rules.assertColleague(manager, dto.referentUserId, {
          territoryId: household.territoryId,
          organisationId: dto.organisationId,
          sharedWithOrganisationIds: [],
        });
      await this.households.update(manager, id, dto.version, {
        organisationId: dto.organisationId,
        referentUserId: dto.referentUserId ?? null,
      });
      await this.shares.unshare(manager, id, dto.organisationId);
      if (keptShared) await this.shares.share(manager, id, from);
      const payload = { fromOrganisationId: from, toOrganisationId: dto.organisationId, reason: dto.reason, keptShared };
      const occurredAt = this.clock.now();
      const event = await this.timeline.insertEvent(manager, actor, household, 'household.transferred', occurredAt, payload);
      await appendToOutbox(manager, {
        type: 'household.transferred',
        aggregateType: 'household',
        aggregateId: id,
        territoryId: household.territoryId,
        occurredAt,
        // The new referent: the file's reminders follow it (reminders projector).
        payload: { householdId: id, eventId: event.id, ...payload, referentUserId: dto.referentUserId ?? null },
      });
      await this.audit.record(
        actor,
        { action: 'update', resourceType: 'household', resourceId: id, details: { transfer: payload } },
        manager,
      );
      // The former organisation may no longer see the file: answer what the transfer did, not a 404.
      const found = await this.access.find(manager, actor, id);
      return this.files.viewOf(
        manager,
        found ?? { household: { ...household, organisationId: dto.organisationId, version: dto.version + 1 }, shares: [], hideNames: true },
      );
    });
  }

  private async recordComposition(
    manager: EntityManager,
    actor: Actor,
    household: Household,
    dto: AddPersonDto | RemovePersonDto,
    type: 'household.person.added' | 'household.person.removed',
    person: Person,
  ): Promise<void> {
    const persons = await this.persons.ofHouseholds(manager, [household.id]);
    await this.households.update(manager, household.id, dto.version, { searchText: searchTextOf(persons) });
    const occurredAt = timelineInstantOf(dto.occurredOn, this.clock.now());
    const facts = { personId: person.id, role: person.role, reason: dto.reason, personCount: persons.length };
    const event = await this.timeline.insertEvent(manager, actor, household, type, occurredAt, facts);
    await appendToOutbox(manager, {
      type,
      aggregateType: 'household',
      aggregateId: household.id,
      territoryId: household.territoryId,
      occurredAt,
      payload: {
        householdId: household.id,
        eventId: event.id,
        ...facts,
        householdType: householdTypeOf(persons.map((p) => p.role)),
      },
    });
    await this.audit.record(
      actor,
      { action: 'update', resourceType: 'household', resourceId: household.id, details: { [type]: person.id, reason: dto.reason } },
      manager,
    );
  }
}
