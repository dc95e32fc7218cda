import { AuditService } from '@app/audit';
import { Actor, addDays, Clock, decodeCursor, DomainError, encodeCursor, normalizeName, notInFuture, Page } from '@app/core';
import { appendToOutbox, updateWithVersion } from '@app/database';
import { User } from '@app/identity';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { tenantKey } from './alert-csv';
import { ArrearsAccess } from './arrears-access';
import { ArrearsContact, ArrearsDebt, ArrearsFile, ArrearsSolution, ArrearsStageRecord } from './arrears-file.entity';
import { FileDetail, FileSummary, rentRatio, toDebtView, toFileSummary, toLandlordView, toSolutionView } from './arrears-file.view';
import { ArrearsSettings } from './arrears.config';
import { AlertSource, HousingBenefitPayer, HousingBenefitStatus } from './arrears.types';
import { CloseFileDto, CreateFileDto, DebtDto, LandlordDto, ListFilesQueryDto, UpdateFileDto } from './dto/arrears.dto';
import { inWinterTruce, legalDeadlines, nextDeadline } from './legal-deadlines';
import { ArrearsLandlord } from './landlord.entity';
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
  advisorUserId: string;
  landlordId: string;
  debt?: DebtDto;
}

/** Arrears files: opening, reading, lists, edits, closing. Contacts, debts, solutions and stages are in ArrearsStepsService. */
@Injectable()
export class ArrearsFilesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ArrearsAccess,
    private readonly audit: AuditService,
    private readonly settings: ArrearsSettings,
    private readonly clock: Clock,
  ) {}

  async create(actor: Actor, dto: CreateFileDto): Promise<FileDetail> {
    const openedOn = dto.openedOn ?? this.clock.today();
    const problems = notInFuture(this.clock, { openedOn, 'debt.observedOn': dto.debt?.observedOn });
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
    const [{ reference }] = await manager.query<[{ reference: string }]>(
      `SELECT 'A-' || lpad(nextval('arrears_file_reference_seq')::text, 6, '0') AS reference`,
    );
    const { debt } = input;
    const repo = manager.getRepository(ArrearsFile);
    const file = await repo.save(
      repo.create({
        tenantLastName: input.tenantLastName,
        tenantFirstName: input.tenantFirstName ?? null,
        tenantPhone: input.tenantPhone ?? null,
        tenantEmail: input.tenantEmail ?? null,
        householdSize: input.householdSize ?? null,
        commune: input.commune,
        rentCents: input.rentCents,
        chargesCents: input.chargesCents ?? 0,
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
      }),
    );
    const landlord = await manager.getRepository(ArrearsLandlord).findOneByOrFail({ id: file.landlordId });
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
    const row = await manager.getRepository(ArrearsDebt).save(
      manager.getRepository(ArrearsDebt).create({
        fileId: file.id,
        observedOn: debt.observedOn,
        amountCents: debt.amountCents,
        monthsUnpaid: debt.monthsUnpaid ?? null,
        monthlyRentCents,
        recordedBy: actor.userId,
      }),
    );
    await appendToOutbox(manager, {
      type: 'arrears.debt.recorded',
      aggregateType: AGGREGATE,
      aggregateId: file.id,
      territoryId: file.territoryId,
      occurredAt: this.clock.now(),
      payload: {
        fileId: file.id,
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
    const matchKey = landlordMatchKey(dto.name, dto.commune);
    const repo = manager.getRepository(ArrearsLandlord);
    await repo
      .createQueryBuilder()
      .insert()
      .values({
        territoryId: actor.territoryId,
        organisationId: actor.organisationId,
        kind: dto.kind,
        name: dto.name,
        matchKey,
        phone: dto.phone ?? null,
        email: dto.email ?? null,
        commune: dto.commune ?? null,
        lettingAgent: dto.lettingAgent ?? null,
      })
      .orIgnore()
      .execute();
    return repo.findOneByOrFail({ organisationId: actor.organisationId, matchKey });
  }

  async get(actor: Actor, id: string, audit = true): Promise<FileDetail> {
    const manager = this.dataSource.manager;
    const file = await this.access.file(manager, actor, id);
    const [landlord, contacts, debts, solutions, stages] = await Promise.all([
      manager.getRepository(ArrearsLandlord).findOneByOrFail({ id: file.landlordId }),
      manager.getRepository(ArrearsContact).find({ where: { fileId: id }, order: { contactedOn: 'DESC', createdAt: 'DESC' } }),
      manager.getRepository(ArrearsDebt).find({ where: { fileId: id }, order: { observedOn: 'ASC', createdAt: 'ASC' } }),
      manager.getRepository(ArrearsSolution).find({ where: { fileId: id }, order: { startedOn: 'ASC', createdAt: 'ASC' } }),
      manager.getRepository(ArrearsStageRecord).find({ where: { fileId: id }, order: { occurredOn: 'ASC', createdAt: 'ASC' } }),
    ]);
    if (audit) await this.audit.record(actor, { action: 'read', resourceType: AGGREGATE, resourceId: id });
    const { config } = this.settings;
    const today = this.clock.today();
    const state = file.stage ?? 'none';
    const deadlines = file.status === 'open' ? legalDeadlines(state, stages, landlord.kind, config) : [];
    return {
      ...toFileSummary(file, landlord),
      landlord: toLandlordView(landlord),
      contacts: contacts.map(({ file: _f, fileId: _id, ...c }) => c),
      debts: debts.map(toDebtView),
      solutions: solutions.map(toSolutionView),
      procedure: {
        stage: file.stage,
        allowedStages: file.status === 'open' ? allowedStages(state) : [],
        deadlines,
        nextLegalDeadline: nextDeadline(deadlines, today),
        winterTruce: { ...config.winterTruce, activeToday: inWinterTruce(today, config.winterTruce) },
        stages: stages.map(({ file: _f, fileId: _id, ...s }) => s),
      },
    };
  }

  async list(actor: Actor, query: ListFilesQueryDto): Promise<Page<FileSummary>> {
    const qb = this.dataSource.manager
      .getRepository(ArrearsFile)
      .createQueryBuilder('f')
      .innerJoinAndSelect('f.landlord', 'l')
      .where('f.territoryId = :territoryId', { territoryId: actor.territoryId })
      .orderBy('f.createdAt', 'DESC')
      .addOrderBy('f.id', 'DESC')
      .take(query.limit + 1);
    const organisationId = this.access.organisationFilter(actor);
    if (organisationId) qb.andWhere('f.organisationId = :organisationId', { organisationId });
    if (query.status) qb.andWhere('f.status = :status', { status: query.status });
    if (query.stage) qb.andWhere('f.stage = :stage', { stage: query.stage });
    if (query.advisorUserId) qb.andWhere('f.advisorUserId = :advisor', { advisor: query.advisorUserId });
    if (query.landlordId) qb.andWhere('f.landlordId = :landlordId', { landlordId: query.landlordId });
    if (query.cursor) {
      const { c, i } = decodeCursor(query.cursor, { c: 'timestamp', i: 'uuid' });
      qb.andWhere('(f.createdAt, f.id) < (:c, :i)', { c, i });
    }
    const rows = await qb.getMany();
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

  async update(actor: Actor, id: string, dto: UpdateFileDto): Promise<FileDetail> {
    const { version, ...changes } = dto;
    await this.dataSource.transaction(async (manager) => {
      const file = await this.access.file(manager, actor, id, true);
      assertOpen(file);
      if (changes.advisorUserId) await this.advisorOf(manager, actor, changes.advisorUserId);
      await updateWithVersion(manager, ArrearsFile, id, version, changes, 'Arrears file');
      await this.audit.record(
        actor,
        { action: 'update', resourceType: AGGREGATE, resourceId: id, details: { fields: Object.keys(changes) } },
        manager,
      );
    });
    return this.get(actor, id, false);
  }

  async close(actor: Actor, id: string, dto: CloseFileDto): Promise<FileDetail> {
    await this.dataSource.transaction(async (manager) => {
      const file = await this.access.file(manager, actor, id, true);
      assertOpen(file);
      const problems = notInFuture(this.clock, { closedOn: dto.closedOn });
      if (dto.closedOn < file.openedOn)
        problems.push({ field: 'closedOn', problems: [`must not be before the opening (${file.openedOn})`] });
      if (dto.outcome === 'evicted' && file.stage !== 'eviction_carried_out')
        problems.push({ field: 'outcome', problems: ['record the eviction stage before closing a file as evicted'] });
      if (problems.length) throw DomainError.validation(problems);
      await updateWithVersion(
        manager,
        ArrearsFile,
        id,
        dto.version,
        { status: 'closed', outcome: dto.outcome, closedOn: dto.closedOn },
        'Arrears file',
      );
      await appendToOutbox(manager, {
        type: 'arrears.closed',
        aggregateType: AGGREGATE,
        aggregateId: id,
        territoryId: file.territoryId,
        occurredAt: this.clock.now(),
        payload: { fileId: id, outcome: dto.outcome, closedOn: dto.closedOn, openedOn: file.openedOn, debtCents: file.currentDebtCents },
      });
      await this.audit.record(
        actor,
        { action: 'update', resourceType: AGGREGATE, resourceId: id, details: { closed: dto.outcome } },
        manager,
      );
    });
    return this.get(actor, id, false);
  }

  /** The advisor of a file: an active arrears advisor of the actor's organisation (the actor by default). */
  async advisorOf(manager: EntityManager, actor: Actor, userId?: string): Promise<string> {
    if (!userId) return actor.userId;
    const user = await manager.getRepository(User).findOneBy({ id: userId, organisationId: actor.organisationId, active: true });
    if (!user?.roles.includes('arrears_advisor'))
      throw DomainError.validation([{ field: 'advisorUserId', problems: ['not an arrears advisor of your organisation'] }]);
    return userId;
  }
}

export function landlordMatchKey(name: string, commune?: string | null): string {
  return `${normalizeName(name)}|${normalizeName(commune ?? '')}`;
}

export function assertOpen(file: ArrearsFile): void {
  if (file.status === 'closed') throw new DomainError('ILLEGAL_TRANSITION', `File ${file.reference} is closed`, { allowed: [] });
}
