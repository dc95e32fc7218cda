import { AuditService } from '@app/audit';
import { Actor, assertNotInFuture, Clock, DomainError } from '@app/core';
import { appendToOutbox, inTransaction } from '@app/database';
import { AccessPolicy } from '@app/identity';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { CreateEncounterDto } from './dto/step.dto';
import { HouseholdAccess } from './household-access';
import { HouseholdTimelineService } from './household-timeline.service';
import { MaraudeEncounter } from './maraude-encounter.entity';
import { MaraudeRepository } from './maraude.repository';
import { EncounterView } from './maraude.view';

/** At most this many encounters in a listing. */
const LIST_LIMIT = 500;

/** Street-outreach encounters; anonymous ones still count as persons spotted. */
@Injectable()
export class MaraudeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly timeline: HouseholdTimelineService,
    private readonly access: HouseholdAccess,
    private readonly policy: AccessPolicy,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly encounters: MaraudeRepository,
  ) {}

  async record(actor: Actor, dto: CreateEncounterDto): Promise<EncounterView> {
    const occurredAt = new Date(dto.occurredAt);
    assertNotInFuture(this.clock, { occurredAt });
    const householdIds = dto.householdIds ?? [];
    if (householdIds.length > dto.peopleMet)
      throw DomainError.validation([{ field: 'householdIds', problems: ['more households than people met'] }]);
    return inTransaction(this.dataSource, async (manager) => {
      for (const id of householdIds) await this.access.load(manager, actor, id);
      const encounter = await this.encounters.create(manager, {
        territoryId: actor.territoryId,
        organisationId: actor.organisationId,
        recordedBy: actor.userId,
        occurredAt,
        place: dto.place,
        zone: dto.zone ?? null,
        peopleMet: dto.peopleMet,
        note: dto.note ?? null,
      });
      for (const id of householdIds) await this.linkEncounter(manager, actor, encounter.id, id);
      await appendToOutbox(manager, {
        type: 'maraude.encounter.recorded',
        aggregateType: 'maraude_encounter',
        aggregateId: encounter.id,
        territoryId: actor.territoryId,
        occurredAt,
        payload: {
          encounterId: encounter.id,
          organisationId: actor.organisationId,
          peopleMet: dto.peopleMet,
          anonymousPeople: dto.peopleMet - householdIds.length,
          householdIds,
          zone: dto.zone ?? null,
        },
      });
      await this.audit.record(actor, { action: 'create', resourceType: 'maraude_encounter', resourceId: encounter.id }, manager);
      return this.view(encounter, householdIds);
    });
  }

  /** Links an encounter to a household once a person agrees to be followed. */
  async link(actor: Actor, encounterId: string, householdId: string): Promise<EncounterView> {
    return inTransaction(this.dataSource, async (manager) => {
      const { household } = await this.access.load(manager, actor, householdId);
      await this.linkEncounter(manager, actor, encounterId, householdId);
      const encounter = await this.encounters.getEncounter(manager, encounterId);
      await this.timeline.insertEvent(manager, actor, household, 'maraude.encounter.linked', encounter.occurredAt, { encounterId });
      await this.audit.record(
        actor,
        { action: 'update', resourceType: 'maraude_encounter', resourceId: encounterId, details: { linkedHousehold: householdId } },
        manager,
      );
      return this.view(encounter, await this.encounters.householdsOf(manager, encounterId));
    });
  }

  async list(actor: Actor, from: Date, to: Date): Promise<EncounterView[]> {
    const manager = this.dataSource.manager;
    const period = { territoryId: actor.territoryId, from, to, organisationId: this.policy.organisationFilter(actor) };
    const encounters = await this.encounters.listInPeriod(manager, period, LIST_LIMIT);
    const links = await this.encounters.linksOf(
      manager,
      encounters.map((e) => e.id),
    );
    await this.audit.recordList(
      actor,
      'maraude_encounter',
      encounters.map((e) => e.id),
    );
    return encounters.map((e) =>
      this.view(
        e,
        links.filter((l) => l.encounter_id === e.id).map((l) => l.household_id),
      ),
    );
  }

  private view(e: MaraudeEncounter, householdIds: string[]): EncounterView {
    return {
      id: e.id,
      occurredAt: e.occurredAt,
      place: e.place,
      zone: e.zone,
      peopleMet: e.peopleMet,
      note: e.note,
      organisationId: e.organisationId,
      householdIds,
    };
  }

  /**
   * Links a person met to their household file (at the encounter, or once they agree to be followed)
   * and announces it: the indicators count them once as identified, no longer among the anonymous
   * people of that encounter (unless more files than people met were linked to it).
   */
  async linkEncounter(manager: EntityManager, actor: Actor, encounterId: string, householdId: string): Promise<void> {
    // Locked: concurrent links of one encounter see each other's count.
    const encounter = await this.encounters.lockInTerritory(manager, encounterId, actor.territoryId);
    if (!encounter || !this.policy.canSee(actor, encounter)) throw DomainError.notFound('Maraude encounter');
    if (!(await this.encounters.linkHousehold(manager, encounterId, householdId))) return;
    const linked = await this.encounters.countHouseholds(manager, encounterId);
    await appendToOutbox(manager, {
      type: 'maraude.encounter.linked',
      aggregateType: 'maraude_encounter',
      aggregateId: encounterId,
      territoryId: encounter.territoryId,
      occurredAt: encounter.occurredAt,
      payload: {
        encounterId,
        householdId,
        organisationId: encounter.organisationId,
        anonymousPeopleChange: linked <= encounter.peopleMet ? -1 : 0,
      },
    });
  }
}
