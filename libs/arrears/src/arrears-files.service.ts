import { AuditService } from '@app/audit';
import {
  Actor,
  addDays,
  assertTransition,
  Clock,
  DomainError,
  encodeCursor,
  EventPayload,
  normalizeName,
  notInFuture,
  Page,
} from '@app/core';
import { appendToOutbox, writeTransition } from '@app/database';
import { UsersService } from '@app/identity';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { tenantKey } from './alert-csv';
import { ArrearsAccess } from './arrears-access';
import { ArrearsDebt, ArrearsFile, ArrearsProcedureFact, ArrearsStageRecord } from './arrears-file.entity';
import { ArrearsFilesRepository } from './arrears-files.repository';
import { FileDetail, FileSummary, rentRatio, toDebtView, toFileSummary, toLandlordView, toSolutionView } from './arrears-file.view';
import { ArrearsSettings } from './arrears.config';
import { AlertSource, FILE_FROM, HousingBenefitPayer, HousingBenefitStatus } from './arrears.types';
import { CloseFileDto, CreateFileDto, DebtDto, LandlordDto, ListFilesQueryDto, UpdateFileDto } from './dto/arrears.dto';
import {
  ccapexThresholds,
  earliestEviction,
  inWinterTruce,
  LegalDeadline,
  legalDeadlines,
  nextDeadline,
  ProcedureContext,
} from './legal-deadlines';
import { ArrearsLandlord } from './landlord.entity';
import { LandlordsRepository } from './landlords.repository';
import { allowedStages } from './procedure';

export const AGGREGATE = 'arrears_file';

/** What a new file needs, whether typed by an advisor or read from an alert list. */
export interface NewFile {
  tenantLastName: string;
  tenantFirstName?: string | null;
  tenantPhone?: string | null;
  tenantEmail?: string | null;
  householdSize?: number | null;
  commune: string;
  rentCents: number;
  chargesCents?: number;
  housingBenefitPayer?: HousingBenefitPayer;
  housingBenefitCents?: number;
  housingBenefitStatus?: HousingBenefitStatus;
  alertSource: AlertSource;
  openedOn: string;
  leaseSignedOn?: string | null;
  advisorUserId: string;
  landlordId: string;
  debt?: DebtDto;
}

/** Arrears files counted over a range of days (see `ArrearsFilesService.countsBetween`). */
export interface ArrearsCounts {
  /** Files whose tenant was reached. */
  tenantsReached: number;
  /** Landlords reached (or their letting agent), each once. */
  landlordsReached: number;
  /** Files opened with a debt given at opening. */
  openedWithDebt: number;
  /** Files with a solution started or last changed. */
  withSolutionActivity: number;
  /** Files closed. */
  closed: number;
}

/** Arrears files: opening, reading, lists, edits, closing. Contacts, debts, solutions and stages are in ArrearsStepsService. */
@Injectable()
export class ArrearsFilesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ArrearsAccess,
    private readonly files: ArrearsFilesRepository,
    private readonly landlords: LandlordsRepository,
    private readonly audit: AuditService,
    private readonly settings: ArrearsSettings,
    private readonly clock: Clock,
    private readonly users: UsersService,
  ) {}

  async create(actor: Actor, dto: CreateFileDto): Promise<FileDetail> {
    const openedOn = dto.openedOn ?? this.clock.today();
    const problems = notInFuture(this.clock, { openedOn, 'debt.observedOn': dto.debt?.observedOn, leaseSignedOn: dto.leaseSignedOn });
    if (!dto.landlordId === !dto.landlord) problems.push({ field: 'landlordId', problems: ['give either landlordId or landlord'] });
    if (problems.length) throw DomainError.validation(problems);
    const id = await this.dataSource.transaction(async (manager) => {
      const advisorUserId = await this.advisorOf(manager, actor, dto.advisorUserId);
      const landlordId = dto.landlord ? (await this.findOrCreateLandlord(manager, actor, dto.landlord)).id : dto.landlordId!;
      if (!dto.landlord && !(await this.access.landlord(manager, actor, landlordId)))
        throw DomainError.validation([{ field: 'landlordId', problems: ['no such landlord in your organisation'] }]);
      const file = await this.createIn(manager, actor, { ...dto, openedOn, advisorUserId, landlordId });
      return file.id;
    });
    return this.get(actor, id, false);
  }

  /** Opens a file inside the caller's transaction: the file, its first debt, the event, the audit. */
  async createIn(manager: EntityManager, actor: Actor, input: NewFile): Promise<ArrearsFile> {
    const reference = await this.files.nextReference(manager);
    const { debt } = input;
    const file = await this.files.create(manager, {
      tenantLastName: input.tenantLastName,
      tenantFirstName: input.tenantFirstName ?? null,
      tenantPhone: input.tenantPhone ?? null,
      tenantEmail: input.tenantEmail ?? null,
      householdSize: input.householdSize ?? null,
      commune: input.commune,
      rentCents: input.rentCents,
      chargesCents: input.chargesCents ?? 0,
      leaseSignedOn: input.leaseSignedOn ?? null,
      housingBenefitPayer: input.housingBenefitPayer ?? 'none',
      housingBenefitCents: input.housingBenefitCents ?? 0,
      housingBenefitStatus: input.housingBenefitStatus ?? 'none',
      alertSource: input.alertSource,
      openedOn: input.openedOn,
      advisorUserId: input.advisorUserId,
      landlordId: input.landlordId,
      status: 'open',
      stage: null,
      reference,
      territoryId: actor.territoryId,
      organisationId: actor.organisationId,
      tenantKey: tenantKey(input.tenantLastName, input.tenantFirstName ?? null, input.commune),
      currentDebtCents: debt?.amountCents ?? null,
      nextContactDueOn: addDays(input.openedOn, this.settings.config.contactIntervalDays),
    });
    const landlord = await this.landlords.ofFile(manager, file.landlordId);
    await appendToOutbox(manager, {
      type: 'arrears.opened',
      aggregateType: AGGREGATE,
      aggregateId: file.id,
      territoryId: file.territoryId,
      occurredAt: this.clock.now(),
      payload: {
        fileId: file.id,
        organisationId: file.organisationId,
        openedOn: file.openedOn,
        alertSource: file.alertSource,
        householdSize: file.householdSize,
        commune: file.commune,
        landlordId: landlord.id,
        landlordKind: landlord.kind,
        rentCents: file.rentCents + file.chargesCents,
        debtCents: debt?.amountCents ?? null,
        monthsUnpaid: debt?.monthsUnpaid ?? null,
        nextContactDueOn: file.nextContactDueOn,
      },
    });
    if (debt) await this.insertDebt(manager, actor, file, debt);
    await this.audit.record(actor, { action: 'create', resourceType: AGGREGATE, resourceId: file.id }, manager);
    return file;
  }

  async insertDebt(manager: EntityManager, actor: Actor, file: ArrearsFile, debt: DebtDto): Promise<ArrearsDebt> {
    const monthlyRentCents = file.rentCents + file.chargesCents;
    const row = await this.files.addDebt(manager, {
      fileId: file.id,
      observedOn: debt.observedOn,
      amountCents: debt.amountCents,
      monthsUnpaid: debt.monthsUnpaid ?? null,
      monthlyRentCents,
      recordedBy: actor.userId,
    });
    await appendToOutbox(manager, {
      type: 'arrears.debt.recorded',
      aggregateType: AGGREGATE,
      aggregateId: file.id,
      territoryId: file.territoryId,
      occurredAt: this.clock.now(),
      payload: {
        fileId: file.id,
        organisationId: file.organisationId,
        observedOn: row.observedOn,
        amountCents: row.amountCents,
        monthsUnpaid: row.monthsUnpaid,
        rentRatio: rentRatio(row.amountCents, monthlyRentCents),
      },
    });
    return row;
  }

  /** Finds the organisation's landlord of that name and commune, or records it. */
  async findOrCreateLandlord(manager: EntityManager, actor: Actor, dto: LandlordDto): Promise<ArrearsLandlord> {
    return this.landlords.findOrCreate(manager, {
      territoryId: actor.territoryId,
      organisationId: actor.organisationId,
      kind: dto.kind,
      name: dto.name,
      matchKey: landlordMatchKey(dto.name, dto.commune),
      phone: dto.phone ?? null,
      email: dto.email ?? null,
      commune: dto.commune ?? null,
      lettingAgent: dto.lettingAgent ?? null,
    });
  }

  async get(actor: Actor, id: string, audit = true): Promise<FileDetail> {
    const manager = this.dataSource.manager;
    const file = await this.access.file(manager, actor, id);
    const [{ landlord, stages, facts, context }, contacts, debts, solutions] = await Promise.all([
      this.procedureOf(manager, file),
      this.files.contactsOf(manager, id),
      this.files.debtsOf(manager, id),
      this.files.solutionsOf(manager, id),
    ]);
    if (audit) await this.audit.record(actor, { action: 'read', resourceType: AGGREGATE, resourceId: id });
    const { config } = this.settings;
    const today = this.clock.today();
    const state = file.stage ?? 'none';
    const open = file.status === 'open';
    const deadlines = open ? legalDeadlines(state, stages, context, config) : [];
    return {
      ...toFileSummary(file, landlord),
      landlord: toLandlordView(landlord),
      contacts: contacts.map(({ file: _f, fileId: _id, ...c }) => c),
      debts: debts.map(toDebtView),
      solutions: solutions.map(toSolutionView),
      procedure: {
        stage: file.stage,
        allowedStages: open ? allowedStages(state) : [],
        deadlines,
        nextLegalDeadline: nextDeadline(deadlines, today),
        winterTruce: { from: config.winterTruce.from, to: config.winterTruce.to, activeToday: inWinterTruce(today, config.winterTruce) },
        stages: stages.map(({ file: _f, fileId: _id, ...s }) => s),
        facts: facts.map(({ file: _f, fileId: _id, ...f }) => f),
        earliestEviction: open ? earliestEviction(stages, facts, config) : null,
        ccapexReportThresholds: ccapexThresholds(debts, file.rentCents, config),
      },
    };
  }

  /** A file's landlord, stages and facts, oldest first, and what its deadlines depend on. */
  async procedureOf(
    manager: EntityManager,
    file: ArrearsFile,
  ): Promise<{ landlord: ArrearsLandlord; stages: ArrearsStageRecord[]; facts: ArrearsProcedureFact[]; context: ProcedureContext }> {
    const [landlord, stages, facts] = await Promise.all([
      this.landlords.ofFile(manager, file.landlordId),
      this.files.stagesOf(manager, file.id),
      this.files.factsOf(manager, file.id),
    ]);
    return { landlord, stages, facts, context: { landlordKind: landlord.kind, leaseSignedOn: file.leaseSignedOn, facts } };
  }

  async list(actor: Actor, query: ListFilesQueryDto): Promise<Page<FileSummary>> {
    const rows = await this.files.list(this.dataSource.manager, this.access.scope(actor), query, query.limit);
    const items = rows.slice(0, query.limit);
    await this.audit.recordList(
      actor,
      AGGREGATE,
      items.map((f) => f.id),
    );
    const last = items[items.length - 1];
    return {
      items: items.map((f) => toFileSummary(f, f.landlord!)),
      nextCursor: rows.length > query.limit && last ? encodeCursor({ c: last.createdAt.toISOString(), i: last.id }) : null,
    };
  }

  /**
   * The territories' arrears counts over a range of days, from the files themselves: what the
   * indicators' reconciliation compares its facts with. In the caller's transaction, whose time
   * zone dates the solutions' changes.
   */
  async countsBetween(manager: EntityManager, territoryIds: string[], from: string, to: string): Promise<ArrearsCounts> {
    return {
      tenantsReached: await this.files.countTenantsReached(manager, territoryIds, from, to),
      landlordsReached: await this.files.countLandlordsReached(manager, territoryIds, from, to),
      openedWithDebt: await this.files.countOpenedWithDebt(manager, territoryIds, from, to),
      withSolutionActivity: await this.files.countWithSolutionActivity(manager, territoryIds, from, to),
      closed: await this.files.countClosed(manager, territoryIds, from, to),
    };
  }

  async update(actor: Actor, id: string, dto: UpdateFileDto): Promise<FileDetail> {
    const { version, ...changes } = dto;
    if (changes.leaseSignedOn && changes.leaseSignedOn > this.clock.today())
      throw DomainError.validation([{ field: 'leaseSignedOn', problems: ['must not be in the future'] }]);
    await this.dataSource.transaction(async (manager) => {
      const file = await this.access.file(manager, actor, id, true);
      assertOpen(file);
      if (changes.advisorUserId) await this.advisorOf(manager, actor, changes.advisorUserId);
      await this.files.update(manager, id, version, changes);
      if (changes.leaseSignedOn && changes.leaseSignedOn !== file.leaseSignedOn) {
        const { stages, context } = await this.procedureOf(manager, file);
        const state = file.stage ?? 'none';
        const before = legalDeadlines(state, stages, context, this.settings.config);
        const after = legalDeadlines(state, stages, { ...context, leaseSignedOn: changes.leaseSignedOn }, this.settings.config);
        await this.appendProcedureUpdated(
          manager,
          file,
          { change: 'lease_signed_on', leaseSignedOn: changes.leaseSignedOn },
          before,
          after,
        );
      }
      await this.audit.record(
        actor,
        { action: 'update', resourceType: AGGREGATE, resourceId: id, details: { fields: Object.keys(changes) } },
        manager,
      );
    });
    return this.get(actor, id, false);
  }

  /**
   * Something other than a stage changed the procedure's deadlines (the lease's date, an act or a
   * decision): the event carries them all (`deadline_<code>`, which moves their reminders) and
   * names those that appear (`appeared_<code>`, which starts theirs).
   */
  async appendProcedureUpdated(
    manager: EntityManager,
    file: ArrearsFile,
    change: Pick<EventPayload<'arrears.procedure.updated'>, 'change' | 'leaseSignedOn' | 'kind' | 'occurredOn' | 'months' | 'days'>,
    before: readonly LegalDeadline[],
    after: readonly LegalDeadline[],
  ): Promise<void> {
    await appendToOutbox(manager, {
      type: 'arrears.procedure.updated',
      aggregateType: AGGREGATE,
      aggregateId: file.id,
      territoryId: file.territoryId,
      occurredAt: this.clock.now(),
      payload: {
        fileId: file.id,
        organisationId: file.organisationId,
        ...change,
        ...Object.fromEntries(after.map((d) => [`deadline_${d.code}`, d.dueOn])),
        ...Object.fromEntries(after.filter((d) => !before.some((b) => b.code === d.code)).map((d) => [`appeared_${d.code}`, true])),
      },
    });
  }

  async close(actor: Actor, id: string, dto: CloseFileDto): Promise<FileDetail> {
    await this.dataSource.transaction(async (manager) => {
      const file = await this.access.file(manager, actor, id, true);
      assertTransition(FILE_FROM, file.status, 'close', `File ${file.reference} is closed`);
      const problems = notInFuture(this.clock, { closedOn: dto.closedOn });
      if (dto.closedOn < file.openedOn)
        problems.push({ field: 'closedOn', problems: [`must not be before the opening (${file.openedOn})`] });
      if (dto.outcome === 'evicted' && file.stage !== 'eviction_carried_out')
        problems.push({ field: 'outcome', problems: ['record the eviction stage before closing a file as evicted'] });
      if (problems.length) throw DomainError.validation(problems);
      await writeTransition(manager, {
        target: ArrearsFile,
        resource: 'Arrears file',
        read: file,
        expectedVersion: dto.version,
        changes: { status: 'closed', outcome: dto.outcome, closedOn: dto.closedOn },
        outbox: [
          {
            type: 'arrears.closed',
            aggregateType: AGGREGATE,
            aggregateId: id,
            territoryId: file.territoryId,
            occurredAt: this.clock.now(),
            payload: {
              fileId: id,
              organisationId: file.organisationId,
              outcome: dto.outcome,
              closedOn: dto.closedOn,
              openedOn: file.openedOn,
              debtCents: file.currentDebtCents,
            },
          },
        ],
        then: () =>
          this.audit.record(
            actor,
            { action: 'update', resourceType: AGGREGATE, resourceId: id, details: { closed: dto.outcome } },
            manager,
          ),
      });
    });
    return this.get(actor, id, false);
  }

  /** The advisor of a file: an active arrears advisor of the actor's organisation (the actor by default). */
  async advisorOf(manager: EntityManager, actor: Actor, userId?: string): Promise<string> {
    if (!userId) return actor.userId;
    const user = await this.users.activeMemberOf(manager, userId, actor.organisationId);
    if (!user?.roles.includes('arrears_advisor'))
      throw DomainError.validation([{ field: 'advisorUserId', problems: ['not an arrears advisor of your organisation'] }]);
    return userId;
  }
}

export function landlordMatchKey(name: string, commune?: string | null): string {
  return `${normalizeName(name)}|${normalizeName(commune ?? '')}`;
}

/** Anything recorded on a file needs it open: ILLEGAL_TRANSITION otherwise. */
export function assertOpen(file: ArrearsFile): void {
  assertTransition(FILE_FROM, file.status, 'record', `File ${file.reference} is closed`);
}
