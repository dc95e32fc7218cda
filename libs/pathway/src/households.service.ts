import { AuditService } from '@app/audit';
import {
  Actor,
  assertNotInFuture,
  Clock,
  decodeCursor,
  DomainError,
  encodeCursor,
  FieldProblem,
  normalizeName,
  notInFuture,
  Page,
} from '@app/core';
import { appendToOutbox, inTransaction, updateWithVersion } from '@app/database';
import { AccessPolicy, Organisation, ScopedRecord, User } from '@app/identity';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  AgeBand,
  CreateHouseholdDto,
  CreateNoteDto,
  ListHouseholdsQueryDto,
  PersonInputDto,
  PriorityLabelDto,
  ShareDto,
  SupportMeasureDto,
  UpdateHouseholdDto,
} from './dto/household.dto';
import { HouseholdAccess } from './household-access';
import { HouseholdFilesService } from './household-files.service';
import { HouseholdNote } from './household-note.entity';
import { HouseholdShare } from './household-share.entity';
import { HouseholdTimelineService } from './household-timeline.service';
import { Household } from './household.entity';
import { CreatedHouseholdView, HouseholdView, NoteView, PossibleDuplicateView, toNoteView, WorklistHouseholdView } from './household.view';
import { MaraudeEncounter } from './maraude-encounter.entity';
import { householdTypeOf, searchTextOf } from './names';
import { PathwaySettings } from './pathway.config';
import { PriorityLabel, SupportMeasure } from './pathway.types';
import { Person } from './person.entity';
import { SiaoSettings } from './siao.config';

const AGE_BAND_YEARS: Record<AgeBand, [number, number]> = {
  under_18: [0, 17],
  '18_24': [18, 24],
  '25_29': [25, 29],
  '30_44': [30, 44],
  '45_59': [45, 59],
  '60_plus': [60, 150],
};

/** Household files: creation, reading, lists, sharing, notes. Steps are in PathwayStepsService. */
@Injectable()
export class HouseholdsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: HouseholdAccess,
    private readonly policy: AccessPolicy,
    private readonly audit: AuditService,
    private readonly settings: PathwaySettings,
    private readonly siao: SiaoSettings,
    private readonly clock: Clock,
    private readonly files: HouseholdFilesService,
    private readonly timeline: HouseholdTimelineService,
  ) {}

  async create(actor: Actor, dto: CreateHouseholdDto): Promise<CreatedHouseholdView> {
    // Joins the caller's transaction when there is one (an arrears file's rehousing request).
    return inTransaction(this.dataSource, (manager) => this.createWith(manager, actor, dto));
  }

  private async createWith(manager: EntityManager, actor: Actor, dto: CreateHouseholdDto): Promise<CreatedHouseholdView> {
    this.validatePersons(dto);
    this.validateSiaoFile(dto);
    if (dto.siaoDemandNumber) await this.assertDemandNumberFree(manager, actor.territoryId, dto.siaoDemandNumber, null);
    const now = this.clock.now();
    const openedAt = dto.openedAt ? new Date(dto.openedAt) : now;
    this.settings.assertCurrentResources(dto.resources, openedAt.toISOString());
    assertNotInFuture(this.clock, { openedAt });
    await this.assertOrganisationsOfTerritory(manager, actor, dto.sharedWithOrganisationIds ?? []);
    if (dto.referentUserId) {
      const file = {
        territoryId: actor.territoryId,
        organisationId: actor.organisationId,
        sharedWithOrganisationIds: dto.sharedWithOrganisationIds,
      };
      await this.assertColleague(manager, dto.referentUserId, file);
    }
    const [{ reference }] = await manager.query<[{ reference: string }]>(
      `SELECT 'M-' || lpad(nextval('household_reference_seq')::text, 6, '0') AS reference`,
    );
    const household = await manager.getRepository(Household).save(
      manager.getRepository(Household).create({
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
      }),
    );
    const persons = await manager.getRepository(Person).save(
      dto.persons.map((p) =>
        manager.getRepository(Person).create({
          householdId: household.id,
          isReference: p.role === 'reference',
          firstName: p.firstName ?? null,
          lastName: p.lastName ?? null,
          alias: p.alias ?? null,
          normalizedName: normalizeName(`${p.firstName ?? ''} ${p.lastName ?? ''}`),
          birthDate: p.birthDate ?? null,
          birthYear: p.birthYear ?? (p.birthDate ? Number(p.birthDate.slice(0, 4)) : null),
          sex: p.sex ?? 'unknown',
          role: p.role,
        }),
      ),
    );
    const shares = dto.sharedWithOrganisationIds?.filter((id) => id !== actor.organisationId) ?? [];
    if (shares.length > 0)
      await manager.getRepository(HouseholdShare).insert(shares.map((organisationId) => ({ householdId: household.id, organisationId })));
    if (dto.encounterId) await this.linkEncounter(manager, actor, dto.encounterId, household.id);
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
    if (household.socialHousingDemandRenewalOn) await this.announceDemandRenewal(manager, household, openedAt);
    await this.audit.record(actor, { action: 'create', resourceType: 'household', resourceId: household.id }, manager);
    const possibleDuplicates = await this.findDuplicates(manager, actor, household.id, persons);
    return { household: this.files.viewOfWritten(household, persons, shares), possibleDuplicates };
  }

  async update(actor: Actor, id: string, dto: UpdateHouseholdDto): Promise<HouseholdView> {
    const { version, priorityLabels, supportMeasures, ...fields } = dto;
    this.settings.assertCurrentResources(fields.resources, this.clock.now().toISOString());
    this.validateSiaoFile(dto);
    const changes = {
      ...fields,
      ...(priorityLabels ? { priorityLabels: priorityLabels.map(priorityLabelOf) } : {}),
      ...(supportMeasures ? { supportMeasures: supportMeasures.map(supportMeasureOf) } : {}),
    };
    await this.dataSource.transaction(async (manager) => {
      const { household, shares } = await this.access.load(manager, actor, id);
      if (changes.restricted !== undefined) this.access.assertReferent(actor, household);
      if (changes.referentUserId)
        await this.assertColleague(manager, changes.referentUserId, { ...household, sharedWithOrganisationIds: shares });
      if (changes.siaoDemandNumber) await this.assertDemandNumberFree(manager, household.territoryId, changes.siaoDemandNumber, id);
      await updateWithVersion(manager, Household, id, version, changes, 'Household');
      const renewalOn = changes.socialHousingDemandRenewalOn;
      if (renewalOn !== undefined && renewalOn !== household.socialHousingDemandRenewalOn)
        await this.announceDemandRenewal(manager, { ...household, socialHousingDemandRenewalOn: renewalOn }, this.clock.now());
      await this.audit.record(
        actor,
        { action: 'update', resourceType: 'household', resourceId: id, details: { fields: Object.keys(changes) } },
        manager,
      );
    });
    return this.files.get(actor, id);
  }

  async share(actor: Actor, id: string, dto: ShareDto, add: boolean): Promise<HouseholdView> {
    await this.dataSource.transaction(async (manager) => {
      const { household } = await this.access.load(manager, actor, id);
      this.access.assertReferent(actor, household);
      await this.assertOrganisationsOfTerritory(manager, actor, [dto.organisationId]);
      await updateWithVersion(manager, Household, id, dto.version, {}, 'Household');
      const repo = manager.getRepository(HouseholdShare);
      if (add && dto.organisationId !== household.organisationId)
        await repo.upsert({ householdId: id, organisationId: dto.organisationId }, ['householdId', 'organisationId']);
      if (!add) await repo.delete({ householdId: id, organisationId: dto.organisationId });
      await this.audit.record(
        actor,
        {
          action: 'update',
          resourceType: 'household',
          resourceId: id,
          details: { [add ? 'sharedWith' : 'unsharedWith']: dto.organisationId },
        },
        manager,
      );
    });
    return this.files.get(actor, id);
  }

  async addNote(actor: Actor, id: string, dto: CreateNoteDto): Promise<NoteView> {
    return inTransaction(this.dataSource, async (manager) => {
      await this.access.load(manager, actor, id);
      const repo = manager.getRepository(HouseholdNote);
      const note = await repo.save(
        repo.create({
          householdId: id,
          organisationId: actor.organisationId,
          authorUserId: actor.userId,
          health: dto.health ?? false,
          body: dto.body,
        }),
      );
      await this.audit.record(
        actor,
        { action: 'create', resourceType: 'household_note', resourceId: note.id, details: { householdId: id, health: note.health } },
        manager,
      );
      return toNoteView(note);
    });
  }

  /** Notes of the file; health notes only when written by the reader's organisation. */
  async notes(actor: Actor, id: string): Promise<NoteView[]> {
    const manager = this.dataSource.manager;
    await this.access.load(manager, actor, id);
    const notes = await manager
      .getRepository(HouseholdNote)
      .createQueryBuilder('n')
      .where('n.householdId = :id', { id })
      .andWhere('(n.health = false OR n.organisationId = :organisationId)', { organisationId: actor.organisationId })
      .orderBy('n.createdAt', 'DESC')
      .getMany();
    await this.audit.record(actor, { action: 'read', resourceType: 'household_note', resourceId: id, details: { count: notes.length } });
    return notes.map(toNoteView);
  }

  async list(actor: Actor, query: ListHouseholdsQueryDto): Promise<Page<HouseholdView>> {
    const qb = this.dataSource
      .getRepository(Household)
      .createQueryBuilder('h')
      .where('h.territoryId = :territoryId', { territoryId: actor.territoryId });
    const organisationId = this.policy.organisationFilter(actor);
    if (organisationId) {
      qb.andWhere(
        '(h.organisationId = :org OR EXISTS (SELECT 1 FROM household_share s WHERE s.household_id = h.id AND s.organisation_id = :org))',
        { org: organisationId },
      );
    }
    if (query.status) qb.andWhere('h.status = :status', { status: query.status });
    if (query.organisationId) qb.andWhere('h.organisationId = :ownerId', { ownerId: query.organisationId });
    if (query.referentUserId) qb.andWhere('h.referentUserId = :referentUserId', { referentUserId: query.referentUserId });
    if (query.entryChannel) qb.andWhere('h.entryChannel = :entryChannel', { entryChannel: query.entryChannel });
    if (query.commune) qb.andWhere('h.commune = :commune', { commune: query.commune });
    if (query.staleEvaluation === 'true') {
      qb.andWhere("h.status IN ('evaluated', 'proposed', 'retained', 'allocated') AND h.lastEvaluatedAt < :staleBefore", {
        staleBefore: this.files.staleBefore(),
      });
    }
    if (query.ageBand) {
      const [minAge, maxAge] = AGE_BAND_YEARS[query.ageBand];
      const year = Number(this.clock.today().slice(0, 4));
      qb.andWhere(
        'EXISTS (SELECT 1 FROM person p WHERE p.household_id = h.id AND p.is_reference AND p.birth_year BETWEEN :fromYear AND :toYear)',
        {
          fromYear: year - maxAge,
          toYear: year - minAge,
        },
      );
    }
    const sortColumn = query.sort === 'updated_at' ? 'updatedAt' : 'openedAt';
    if (query.q) {
      // Word similarity (pg_trgm) survives typos; restricted files of other organisations are never found by name.
      qb.andWhere(':q <% h.searchText', { q: normalizeName(query.q) })
        .andWhere('(h.restricted = false OR h.organisationId = :actorOrg)', { actorOrg: actor.organisationId })
        .orderBy('word_similarity(:q, h.search_text)', 'DESC')
        .addOrderBy('h.id', 'ASC');
    } else {
      qb.orderBy(`h.${sortColumn}`, 'DESC').addOrderBy('h.id', 'DESC');
      if (query.cursor) {
        const cursor = decodeCursor(query.cursor, { at: 'timestamp', id: 'uuid' });
        qb.andWhere(`(h.${sortColumn}, h.id) < (:at::timestamptz, :id::uuid)`, cursor);
      }
    }
    const rows = await this.access.withShares(this.dataSource.manager, qb.take(query.limit + 1));
    const page = rows.slice(0, query.limit);
    const views = await this.files.viewsOf(actor, page);
    await this.audit.recordList(
      actor,
      'household',
      page.map((r) => r.household.id),
      [query.q, query.commune],
    );
    const last = page.at(-1)?.household;
    const more = rows.length > query.limit && !query.q && last;
    return { items: views, nextCursor: more ? encodeCursor({ at: last[sortColumn].toISOString(), id: last.id }) : null };
  }

  /** Households evaluated but not yet proposed, oldest evaluation first, with the days waiting. */
  async awaitingProposal(actor: Actor, limit: number): Promise<WorklistHouseholdView[]> {
    const qb = this.dataSource
      .getRepository(Household)
      .createQueryBuilder('h')
      .where("h.territoryId = :territoryId AND h.status = 'evaluated'", { territoryId: actor.territoryId })
      .orderBy('h.lastEvaluatedAt', 'ASC')
      .addOrderBy('h.id', 'ASC')
      .take(limit);
    const organisationId = this.policy.organisationFilter(actor);
    if (organisationId) {
      qb.andWhere(
        '(h.organisationId = :org OR EXISTS (SELECT 1 FROM household_share s WHERE s.household_id = h.id AND s.organisation_id = :org))',
        { org: organisationId },
      );
    }
    const found = await this.access.withShares(this.dataSource.manager, qb);
    const rows = found.map((r) => r.household);
    const now = this.clock.now().getTime();
    const views = await this.files.viewsOf(actor, found);
    await this.audit.record(actor, {
      action: 'read',
      resourceType: 'household',
      details: { count: rows.length, worklist: 'awaiting_proposal' },
    });
    return views.map((view, i) => ({
      ...view,
      daysWaiting: Math.floor((now - (rows[i].lastEvaluatedAt ?? rows[i].lastStepAt).getTime()) / 86_400_000),
    }));
  }

  /** Priority labels and support measures: configured codes, dates in order. */
  private validateSiaoFile(dto: Pick<CreateHouseholdDto, 'priorityLabels' | 'supportMeasures'>): void {
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
  private async assertDemandNumberFree(manager: EntityManager, territoryId: string, number: string, householdId: string | null) {
    const [other] = await manager.query<Array<{ reference: string }>>(
      'SELECT reference FROM household WHERE territory_id = $1 AND siao_demand_number = $2 AND id IS DISTINCT FROM $3',
      [territoryId, number, householdId],
    );
    if (other)
      throw new DomainError('CONFLICT', 'This SI-SIAO demand number is already on another file', {
        field: 'siaoDemandNumber',
        reference: other.reference,
      });
  }

  /** Starts (or moves, or cancels when cleared) the reminder before the social-housing demand lapses. */
  private async announceDemandRenewal(manager: EntityManager, household: Household, occurredAt: Date): Promise<void> {
    await appendToOutbox(manager, {
      type: 'household.demand_renewal.set',
      aggregateType: 'household',
      aggregateId: household.id,
      territoryId: household.territoryId,
      occurredAt,
      payload: { householdId: household.id, renewalDueOn: household.socialHousingDemandRenewalOn },
    });
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

  async assertOrganisationsOfTerritory(manager: EntityManager, actor: Actor, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const found = await manager.getRepository(Organisation).count({ where: { id: In(ids), territoryId: actor.territoryId } });
    if (found !== new Set(ids).size) throw DomainError.notFound('Organisation');
  }

  /** A referent receives the file's reminders: only an active user who can open the file (its organisation, one it is shared with). */
  async assertColleague(manager: EntityManager, userId: string, file: ScopedRecord): Promise<void> {
    const user = await manager.getRepository(User).findOneBy({ id: userId, territoryId: file.territoryId, active: true });
    if (
      !user ||
      !this.policy.canSee({ userId: user.id, organisationId: user.organisationId, territoryId: user.territoryId, roles: user.roles }, file)
    ) {
      throw DomainError.validation([{ field: 'referentUserId', problems: ['not a user who can see this file'] }]);
    }
  }

  /**
   * Links a person met to their household file (at the encounter, or once they agree to be followed)
   * and announces it: the indicators count them once as identified, no longer among the anonymous
   * people of that encounter (unless more files than people met were linked to it).
   */
  async linkEncounter(manager: EntityManager, actor: Actor, encounterId: string, householdId: string): Promise<void> {
    // Locked: concurrent links of one encounter see each other's count.
    const encounter = await manager
      .getRepository(MaraudeEncounter)
      .findOne({ where: { id: encounterId, territoryId: actor.territoryId }, lock: { mode: 'pessimistic_write' } });
    if (!encounter || !this.policy.canSee(actor, encounter)) throw DomainError.notFound('Maraude encounter');
    const inserted = await manager.query<unknown[]>(
      'INSERT INTO maraude_encounter_household (encounter_id, household_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING encounter_id',
      [encounterId, householdId],
    );
    if (inserted.length === 0) return;
    const [{ linked }] = await manager.query<[{ linked: number }]>(
      'SELECT count(*)::int AS linked FROM maraude_encounter_household WHERE encounter_id = $1',
      [encounterId],
    );
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

  private async findDuplicates(
    manager: EntityManager,
    actor: Actor,
    householdId: string,
    persons: Person[],
  ): Promise<PossibleDuplicateView[]> {
    const keys = persons.filter((p) => p.normalizedName && p.birthDate);
    if (keys.length === 0) return [];
    const rows = await manager.query<Array<{ id: string; reference: string; organisation_id: string; shared: boolean }>>(
      `SELECT DISTINCT h.id, h.reference, h.organisation_id,
              EXISTS (SELECT 1 FROM household_share s WHERE s.household_id = h.id AND s.organisation_id = $4) AS shared
         FROM person p JOIN household h ON h.id = p.household_id
        WHERE h.territory_id = $1 AND h.id <> $2 AND (p.normalized_name, p.birth_date) IN (SELECT * FROM unnest($3::text[], $5::date[]))`,
      [actor.territoryId, householdId, keys.map((p) => p.normalizedName), actor.organisationId, keys.map((p) => p.birthDate)],
    );
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

function priorityLabelOf(dto: PriorityLabelDto): PriorityLabel {
  return { code: dto.code, since: dto.since, until: dto.until ?? null };
}

function supportMeasureOf(dto: SupportMeasureDto): SupportMeasure {
  return { code: dto.code, startOn: dto.startOn, endOn: dto.endOn ?? null };
}
