import { AuditService } from '@app/audit';
import { Actor, addDays, addMonths, assertNotInFuture, Clock, DomainError, notInFuture } from '@app/core';
import { appendToOutbox, inTransaction, updateWithVersion } from '@app/database';
import { HouseholdAccess, HouseholdsService } from '@app/pathway';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ArrearsAccess } from './arrears-access';
import { ArrearsContact, ArrearsFile, ArrearsSolution, ArrearsStageRecord } from './arrears-file.entity';
import { FileDetail } from './arrears-file.view';
import { AGGREGATE, ArrearsFilesService, assertOpen } from './arrears-files.service';
import { ArrearsSettings } from './arrears.config';
import { ContactDto, DebtDto, RehousingRequestDto, SolutionDto, StageDto, UpdateSolutionDto } from './dto/arrears.dto';
import { inWinterTruce, legalDeadlines } from './legal-deadlines';
import { ArrearsLandlord } from './landlord.entity';
import { checkStage, Stage } from './procedure';
import { initialStatus, isStatusOf, nextStatuses } from './solutions';

/** What happens on an open arrears file: contacts, debts, solutions, procedure stages, a rehousing request. */
@Injectable()
export class ArrearsStepsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ArrearsAccess,
    private readonly files: ArrearsFilesService,
    private readonly households: HouseholdsService,
    private readonly householdAccess: HouseholdAccess,
    private readonly audit: AuditService,
    private readonly settings: ArrearsSettings,
    private readonly clock: Clock,
  ) {}

  async addContact(actor: Actor, id: string, dto: ContactDto): Promise<FileDetail> {
    const nextContactDueOn = dto.nextContactOn ?? addDays(dto.contactedOn, this.settings.config.contactIntervalDays);
    const problems = notInFuture(this.clock, { contactedOn: dto.contactedOn });
    if (nextContactDueOn <= dto.contactedOn || nextContactDueOn > addMonths(dto.contactedOn, 12))
      problems.push({ field: 'nextContactOn', problems: ['must fall after the contact and within a year'] });
    if (problems.length) throw DomainError.validation(problems);
    return this.onOpenFile(actor, id, 'contact', async (manager, file) => {
      const contact = await manager.getRepository(ArrearsContact).save(
        manager.getRepository(ArrearsContact).create({
          fileId: id,
          contactedOn: dto.contactedOn,
          party: dto.party,
          channel: dto.channel,
          reached: dto.reached,
          outcome: dto.outcome ?? null,
          recordedBy: actor.userId,
        }),
      );
      const lastContactOn = file.lastContactOn && file.lastContactOn > dto.contactedOn ? file.lastContactOn : dto.contactedOn;
      await manager.update(ArrearsFile, id, { lastContactOn, nextContactDueOn });
      return {
        type: 'arrears.contact.recorded',
        payload: {
          contactId: contact.id,
          contactedOn: contact.contactedOn,
          party: contact.party,
          channel: contact.channel,
          reached: contact.reached,
          // Landlords contacted count once per period: the indicator needs which landlord.
          landlordId: contact.party === 'tenant' ? null : file.landlordId,
          nextContactDueOn,
        },
      };
    });
  }

  async addDebt(actor: Actor, id: string, dto: DebtDto): Promise<FileDetail> {
    assertNotInFuture(this.clock, { observedOn: dto.observedOn });
    return this.onOpenFile(actor, id, 'debt', async (manager, file) => {
      await this.files.insertDebt(manager, actor, file, dto);
      const [latest] = await manager.query<Array<{ amount_cents: number }>>(
        `SELECT amount_cents FROM arrears_debt WHERE file_id = $1 ORDER BY observed_on DESC, created_at DESC LIMIT 1`,
        [id],
      );
      await manager.update(ArrearsFile, id, { currentDebtCents: latest.amount_cents });
      return null;
    });
  }

  async addSolution(actor: Actor, id: string, dto: SolutionDto): Promise<FileDetail> {
    const problems = notInFuture(this.clock, { startedOn: dto.startedOn });
    const planFields = (['monthlyCents', 'durationMonths', 'firstDueOn'] as const).filter((f) => dto[f] !== undefined);
    if (dto.kind === 'repayment_plan') {
      for (const field of ['monthlyCents', 'durationMonths', 'firstDueOn'] as const)
        if (dto[field] === undefined) problems.push({ field, problems: ['required for a repayment plan'] });
      const max = this.settings.config.maxRepaymentPlanMonths;
      if (dto.durationMonths && dto.durationMonths > max)
        problems.push({ field: 'durationMonths', problems: [`a repayment plan lasts at most ${max} months`] });
    } else {
      for (const field of planFields) problems.push({ field, problems: ['only for a repayment plan'] });
    }
    if (dto.kind === 'rehousing_request')
      problems.push({ field: 'kind', problems: ['a rehousing request needs the tenant’s consent: POST …/rehousing-request'] });
    if (problems.length) throw DomainError.validation(problems);
    return this.onOpenFile(actor, id, 'solution', async (manager) => {
      const solution = await manager.getRepository(ArrearsSolution).save(
        manager.getRepository(ArrearsSolution).create({
          fileId: id,
          kind: dto.kind,
          status: initialStatus(dto.kind),
          startedOn: dto.startedOn,
          monthlyCents: dto.monthlyCents ?? null,
          durationMonths: dto.durationMonths ?? null,
          firstDueOn: dto.firstDueOn ?? null,
          amountCents: dto.amountCents ?? null,
          note: dto.note ?? null,
        }),
      );
      return { type: 'arrears.solution.updated', payload: { ...solutionPayload(solution), updatedOn: dto.startedOn } };
    });
  }

  async updateSolution(actor: Actor, id: string, solutionId: string, dto: UpdateSolutionDto): Promise<FileDetail> {
    return this.onOpenFile(actor, id, 'solution', async (manager) => {
      const solution = await manager.getRepository(ArrearsSolution).findOneBy({ id: solutionId, fileId: id });
      if (!solution) throw DomainError.notFound('Solution');
      if (!isStatusOf(solution.kind, dto.status))
        throw DomainError.validation([{ field: 'status', problems: [`not a status of ${solution.kind}`] }]);
      const allowed = nextStatuses(solution.kind, solution.status);
      if (!allowed.includes(dto.status))
        throw new DomainError('ILLEGAL_TRANSITION', `A ${solution.kind} cannot go from ${solution.status} to ${dto.status}`, { allowed });
      if (solution.kind === 'fsl' && dto.status === 'granted' && dto.amountCents === undefined)
        throw DomainError.validation([{ field: 'amountCents', problems: ['the amount granted is required'] }]);
      const changes = {
        status: dto.status,
        ...(dto.amountCents !== undefined ? { amountCents: dto.amountCents } : {}),
        note: dto.note ?? solution.note,
      };
      await updateWithVersion(manager, ArrearsSolution, solutionId, dto.version, changes, 'Solution');
      return {
        type: 'arrears.solution.updated',
        payload: { ...solutionPayload({ ...solution, ...changes }), updatedOn: this.clock.today() },
      };
    });
  }

  async recordStage(actor: Actor, id: string, dto: StageDto): Promise<FileDetail> {
    this.validateStageInput(dto);
    return this.onOpenFile(actor, id, 'stage', async (manager, file) => {
      const stages = await manager
        .getRepository(ArrearsStageRecord)
        .find({ where: { fileId: id }, order: { occurredOn: 'ASC', createdAt: 'ASC' } });
      const state = file.stage ?? 'none';
      const last = stages[stages.length - 1];
      const lastJudgment = stages.filter((s) => s.stage === 'judgment').pop();
      const check = checkStage(
        state,
        dto.stage,
        lastJudgment
          ? { leaseTerminated: lastJudgment.leaseTerminated ?? false, paymentDelayMonths: lastJudgment.paymentDelayMonths ?? 0 }
          : undefined,
      );
      if (!check.ok) throw new DomainError('ILLEGAL_TRANSITION', `Stage refused: ${check.reason}`, { allowed: check.allowed });
      if (last && dto.occurredOn < last.occurredOn)
        throw DomainError.validation([{ field: 'occurredOn', problems: [`must not be before the ${last.stage} of ${last.occurredOn}`] }]);
      const landlord = await manager.getRepository(ArrearsLandlord).findOneByOrFail({ id: file.landlordId });
      const { config } = this.settings;
      const irregularities = legalDeadlines(state, stages, landlord.kind, config)
        .filter((d) => d.notBefore === dto.stage && dto.occurredOn < d.dueOn)
        .map((d) => `before_${d.code}`);
      if (dto.stage === 'court_summons' && landlord.kind === 'company' && !stages.some((s) => s.stage === 'ccapex_referral'))
        irregularities.push('no_ccapex_referral');
      const record = await manager.getRepository(ArrearsStageRecord).save(
        manager.getRepository(ArrearsStageRecord).create({
          fileId: id,
          stage: dto.stage,
          occurredOn: dto.occurredOn,
          hearingOn: dto.hearingOn ?? null,
          leaseTerminated: dto.stage === 'judgment' ? dto.leaseTerminated! : null,
          paymentDelayMonths: dto.stage === 'judgment' ? (dto.paymentDelayMonths ?? 0) : null,
          paymentDelaysEndOn: dto.stage === 'judgment' && dto.paymentDelayMonths ? addMonths(dto.occurredOn, dto.paymentDelayMonths) : null,
          irregularities,
          note: dto.note ?? null,
          recordedBy: actor.userId,
        }),
      );
      await manager.update(ArrearsFile, id, { stage: dto.stage });
      const deadlines = legalDeadlines(dto.stage, [...stages, record], landlord.kind, config);
      return {
        type: 'arrears.stage.reached',
        payload: {
          stage: record.stage,
          occurredOn: record.occurredOn,
          leaseTerminated: record.leaseTerminated,
          paymentDelayMonths: record.paymentDelayMonths,
          irregularities,
          // One field per deadline, which reminder rules start from (`from: "deadline_hearing"`).
          ...Object.fromEntries(deadlines.map((d) => [`deadline_${d.code}`, d.dueOn])),
        },
      };
    });
  }

  /**
   * With the tenant's consent, opens a pathway household file (or links one the advisor can see)
   * and shares it with the SIAO: only the tenant's name, the commune and the household size go,
   * not the debt, the landlord or the contact details.
   */
  async requestRehousing(actor: Actor, id: string, dto: RehousingRequestDto): Promise<FileDetail> {
    const problems = notInFuture(this.clock, { consentDate: dto.consentDate });
    if (!dto.householdId === !dto.siaoOrganisationId)
      problems.push({
        field: 'siaoOrganisationId',
        problems: ['give either siaoOrganisationId (to open a file) or householdId (to link one)'],
      });
    if (problems.length) throw DomainError.validation(problems);
    return this.onOpenFile(actor, id, 'rehousing', async (manager, file) => {
      if (file.householdId) throw new DomainError('CONFLICT', `File ${file.reference} already has a rehousing request`);
      const householdId = dto.householdId
        ? (await this.householdAccess.load(manager, actor, dto.householdId)).household.id
        : (await this.openHousehold(actor, file, dto)).id;
      await manager.update(ArrearsFile, id, { householdId });
      const solution = await manager.getRepository(ArrearsSolution).save(
        manager.getRepository(ArrearsSolution).create({
          fileId: id,
          kind: 'rehousing_request',
          status: initialStatus('rehousing_request'),
          startedOn: dto.consentDate,
          note: null,
        }),
      );
      return { type: 'arrears.solution.updated', payload: { ...solutionPayload(solution), updatedOn: dto.consentDate, householdId } };
    });
  }

  private async openHousehold(actor: Actor, file: ArrearsFile, dto: RehousingRequestDto): Promise<{ id: string }> {
    const { household } = await this.households.create(actor, {
      persons: [
        {
          role: 'reference',
          lastName: file.tenantLastName,
          ...(file.tenantFirstName ? { firstName: file.tenantFirstName } : {}),
        },
      ],
      entryChannel: 'eviction_prevention',
      livingSituation: 'own_housing_at_risk',
      consentDate: dto.consentDate,
      commune: file.commune ?? undefined,
      sharedWithOrganisationIds: [dto.siaoOrganisationId!],
    });
    return household;
  }

  private validateStageInput(dto: StageDto): void {
    const { config } = this.settings;
    const problems = notInFuture(this.clock, { occurredOn: dto.occurredOn });
    const problem = (field: string, message: string) => problems.push({ field, problems: [message] });
    if (dto.stage === 'court_summons' && !dto.hearingOn) problem('hearingOn', 'the hearing date is required for a court summons');
    if (dto.hearingOn && !(['court_summons', 'hearing'] as Stage[]).includes(dto.stage))
      problem('hearingOn', 'only for a court summons or a postponed hearing');
    if (dto.hearingOn && dto.hearingOn <= dto.occurredOn) problem('hearingOn', 'must fall after the stage date');
    if (dto.stage === 'judgment' && dto.leaseTerminated === undefined) problem('leaseTerminated', 'required for a judgment');
    if (dto.stage !== 'judgment' && (dto.leaseTerminated !== undefined || dto.paymentDelayMonths !== undefined))
      problem(dto.leaseTerminated !== undefined ? 'leaseTerminated' : 'paymentDelayMonths', 'only for a judgment');
    if (dto.paymentDelayMonths && dto.paymentDelayMonths > config.maxPaymentDelayMonths)
      problem('paymentDelayMonths', `the judge may grant at most ${config.maxPaymentDelayMonths} months`);
    if (dto.stage === 'eviction_carried_out' && inWinterTruce(dto.occurredOn, config.winterTruce))
      problem('occurredOn', `no forced eviction during the winter truce (${config.winterTruce.from} to ${config.winterTruce.to})`);
    if (problems.length) throw DomainError.validation(problems);
  }

  /**
   * One write on an open file: locks it (writes on one file are serialised), runs the change,
   * appends its event and the audit entry, all in one transaction; returns the file as it is now.
   */
  private async onOpenFile(
    actor: Actor,
    id: string,
    what: string,
    change: (manager: EntityManager, file: ArrearsFile) => Promise<{ type: string; payload: Record<string, unknown> } | null>,
  ): Promise<FileDetail> {
    // inTransaction: a household file opened on the way (rehousing request) joins this transaction.
    await inTransaction(this.dataSource, async (manager) => {
      const file = await this.access.file(manager, actor, id, true);
      assertOpen(file);
      const event = await change(manager, file);
      if (event)
        await appendToOutbox(manager, {
          type: event.type,
          aggregateType: AGGREGATE,
          aggregateId: id,
          territoryId: file.territoryId,
          occurredAt: this.clock.now(),
          payload: { fileId: id, ...event.payload },
        });
      await this.audit.record(actor, { action: 'update', resourceType: AGGREGATE, resourceId: id, details: { added: what } }, manager);
    });
    return this.files.get(actor, id, false);
  }
}

function solutionPayload(
  s: Pick<ArrearsSolution, 'id' | 'kind' | 'status' | 'amountCents' | 'monthlyCents' | 'durationMonths'>,
): Record<string, unknown> {
  return {
    solutionId: s.id,
    kind: s.kind,
    status: s.status,
    amountCents: s.amountCents,
    monthlyCents: s.monthlyCents,
    durationMonths: s.durationMonths,
  };
}
