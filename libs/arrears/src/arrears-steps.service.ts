import { AuditService } from '@app/audit';
import {
  Actor,
  addDays,
  addMonths,
  assertNotInFuture,
  assertTransition,
  assertVersion,
  Clock,
  DomainError,
  EventPayload,
  FieldProblem,
  illegalTransition,
  notInFuture,
} from '@app/core';
import { appendToOutbox, inTransaction, OutboxMessage, writeTransition } from '@app/database';
import { HouseholdAccess, HouseholdCreationService } from '@app/pathway';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ArrearsAccess } from './arrears-access';
import { ArrearsFile, ArrearsSolution, ArrearsStageRecord } from './arrears-file.entity';
import { FileDetail } from './arrears-file.view';
import { ArrearsFilesRepository } from './arrears-files.repository';
import { AGGREGATE, ArrearsFilesService, assertOpen } from './arrears-files.service';
import { ArrearsSettings } from './arrears.config';
import { ContactDto, DebtDto, ProcedureFactDto, RehousingRequestDto, SolutionDto, StageDto, UpdateSolutionDto } from './dto/arrears.dto';
import { applyDelay, earliestEviction, enforcementDelayRange, inWinterTruce, legalDeadlines, legalQuitDelay } from './legal-deadlines';
import { checkStage, FACT_AFTER, ProcedureState, Stage } from './procedure';
import { initialStatus, isStatusOf, solutionTransitions } from './solutions';

/** What happens on an open arrears file: contacts, debts, solutions, procedure stages, a rehousing request. */
@Injectable()
export class ArrearsStepsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ArrearsAccess,
    private readonly files: ArrearsFilesService,
    private readonly repository: ArrearsFilesRepository,
    private readonly householdCreation: HouseholdCreationService,
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
      const contact = await this.repository.addContact(manager, {
        fileId: id,
        contactedOn: dto.contactedOn,
        party: dto.party,
        channel: dto.channel,
        reached: dto.reached,
        outcome: dto.outcome ?? null,
        recordedBy: actor.userId,
      });
      const lastContactOn = file.lastContactOn && file.lastContactOn > dto.contactedOn ? file.lastContactOn : dto.contactedOn;
      await this.repository.updateFollowUp(manager, id, { lastContactOn, nextContactDueOn });
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
      await this.repository.updateFollowUp(manager, id, { currentDebtCents: await this.repository.latestDebtCents(manager, id) });
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
      const solution = await this.repository.addSolution(manager, {
        fileId: id,
        kind: dto.kind,
        status: initialStatus(dto.kind),
        startedOn: dto.startedOn,
        monthlyCents: dto.monthlyCents ?? null,
        durationMonths: dto.durationMonths ?? null,
        firstDueOn: dto.firstDueOn ?? null,
        amountCents: dto.amountCents ?? null,
        note: dto.note ?? null,
      });
      return { type: 'arrears.solution.updated', payload: { ...solutionPayload(solution), updatedOn: dto.startedOn } };
    });
  }

  async updateSolution(actor: Actor, id: string, solutionId: string, dto: UpdateSolutionDto): Promise<FileDetail> {
    return this.onOpenFile(actor, id, 'solution', async (manager) => {
      const solution = await this.repository.findSolution(manager, id, solutionId);
      if (!solution) throw DomainError.notFound('Solution');
      if (!isStatusOf(solution.kind, dto.status))
        throw DomainError.validation([{ field: 'status', problems: [`not a status of ${solution.kind}`] }]);
      assertVersion('Solution', solution.version, dto.version);
      const message = `A ${solution.kind} cannot go from ${solution.status} to ${dto.status}`;
      assertTransition(solutionTransitions(solution.kind), solution.status, dto.status, message);
      if (solution.kind === 'fsl' && dto.status === 'granted' && dto.amountCents === undefined)
        throw DomainError.validation([{ field: 'amountCents', problems: ['the amount granted is required'] }]);
      const changes = {
        status: dto.status,
        ...(dto.amountCents !== undefined ? { amountCents: dto.amountCents } : {}),
        note: dto.note ?? solution.note,
      };
      await writeTransition(manager, { target: ArrearsSolution, resource: 'Solution', read: solution, changes });
      return {
        type: 'arrears.solution.updated',
        payload: { ...solutionPayload({ ...solution, ...changes }), updatedOn: this.clock.today() },
      };
    });
  }

  async recordStage(actor: Actor, id: string, dto: StageDto): Promise<FileDetail> {
    this.validateStageInput(dto);
    return this.onOpenFile(actor, id, 'stage', async (manager, file) => {
      assertVersion('Arrears file', file.version, dto.version);
      const { stages, facts, context } = await this.files.procedureOf(manager, file);
      const state = file.stage ?? 'none';
      const last = stages[stages.length - 1];
      const lastJudgment = stages.filter((s) => s.stage === 'judgment').pop();
      const check = checkStage(
        state,
        dto.stage,
        lastJudgment
          ? {
              leaseTerminated: lastJudgment.leaseTerminated ?? false,
              paymentDelayMonths: lastJudgment.paymentDelayMonths ?? 0,
              instalmentMissed: facts.some((f) => f.kind === 'missed_instalment' && f.occurredOn >= lastJudgment.occurredOn),
            }
          : undefined,
      );
      if (!check.ok) {
        const message = `Stage refused: ${check.reason}`;
        throw check.code === 'ILLEGAL_TRANSITION'
          ? illegalTransition(message, state, check.allowed)
          : new DomainError(check.code, message, { status: state, allowed: check.allowed });
      }
      if (last && dto.occurredOn < last.occurredOn)
        throw DomainError.validation([{ field: 'occurredOn', problems: [`must not be before the ${last.stage} of ${last.occurredOn}`] }]);
      const { config } = this.settings;
      const irregularities = legalDeadlines(state, stages, context, config)
        .filter((d) => d.notBefore === dto.stage && dto.occurredOn < d.dueOn)
        .map((d) => `before_${d.code}`);
      // The report to the CAF/MSA counts as the referral (loi 89-462 art. 24 II).
      const referred = stages.some((s) => s.stage === 'ccapex_referral' || s.stage === 'caf_msa_report');
      if (dto.stage === 'court_summons' && context.landlordKind === 'company' && !referred) irregularities.push('no_ccapex_referral');
      // Recorded, not refused: the truce does not protect everyone (CPCE L412-6), and the record must show what happened.
      if (dto.stage === 'eviction_carried_out' && inWinterTruce(dto.occurredOn, config.winterTruce) && !dto.truceException)
        irregularities.push('during_winter_truce');
      // The delay after the notice to quit has not even started (CPCE L412-5).
      if (dto.stage === 'eviction_carried_out' && earliestEviction(stages, facts, config)?.suspended)
        irregularities.push('prefect_not_informed');
      await writeTransition(manager, {
        target: ArrearsFile,
        resource: 'Arrears file',
        read: file,
        statusProperty: 'stage',
        changes: { stage: dto.stage },
      });
      const record = await this.repository.addStage(manager, {
        fileId: id,
        stage: dto.stage,
        occurredOn: dto.occurredOn,
        hearingOn: dto.hearingOn ?? null,
        leaseTerminated: dto.stage === 'judgment' ? dto.leaseTerminated! : null,
        paymentDelayMonths: dto.stage === 'judgment' ? (dto.paymentDelayMonths ?? 0) : null,
        paymentDelaysEndOn: dto.stage === 'judgment' && dto.paymentDelayMonths ? addMonths(dto.occurredOn, dto.paymentDelayMonths) : null,
        truceException: dto.truceException ?? null,
        irregularities,
        note: dto.note ?? null,
        recordedBy: actor.userId,
      });
      const deadlines = legalDeadlines(dto.stage, [...stages, record], context, config);
      return {
        type: 'arrears.stage.reached',
        payload: {
          stage: record.stage,
          occurredOn: record.occurredOn,
          leaseTerminated: record.leaseTerminated,
          paymentDelayMonths: record.paymentDelayMonths,
          truceException: record.truceException,
          irregularities,
          // One field per deadline, which reminder rules start from (`from: "deadline_hearing"`).
          ...Object.fromEntries(deadlines.map((d) => [`deadline_${d.code}`, d.dueOn])),
        },
      };
    });
  }

  /** Records an act or a decision beside the stages; the deadlines that follow from it move (see PROCEDURE_FACTS). */
  async recordFact(actor: Actor, id: string, dto: ProcedureFactDto): Promise<FileDetail> {
    this.validateFactInput(dto);
    await this.dataSource.transaction(async (manager) => {
      const file = await this.access.file(manager, actor, id, true);
      assertOpen(file);
      const { stages, facts, context } = await this.files.procedureOf(manager, file);
      this.checkFactAgainstProcedure(dto, file.stage ?? 'none', stages);
      const fact = await this.repository.addFact(manager, {
        fileId: id,
        kind: dto.kind,
        occurredOn: dto.occurredOn,
        months: dto.months ?? null,
        days: dto.days ?? null,
        note: dto.note ?? null,
        recordedBy: actor.userId,
      });
      const state = file.stage ?? 'none';
      const { config } = this.settings;
      await this.files.appendProcedureUpdated(
        manager,
        file,
        { change: 'fact', kind: fact.kind, occurredOn: fact.occurredOn, months: fact.months ?? undefined, days: fact.days ?? undefined },
        legalDeadlines(state, stages, context, config),
        legalDeadlines(state, stages, { ...context, facts: [...facts, fact] }, config),
      );
      await this.audit.record(actor, { action: 'update', resourceType: AGGREGATE, resourceId: id, details: { added: 'fact' } }, manager);
    });
    return this.files.get(actor, id, false);
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
      await this.repository.linkHousehold(manager, id, householdId);
      const solution = await this.repository.addSolution(manager, {
        fileId: id,
        kind: 'rehousing_request',
        status: initialStatus('rehousing_request'),
        startedOn: dto.consentDate,
        monthlyCents: null,
        durationMonths: null,
        firstDueOn: null,
        amountCents: null,
        note: null,
      });
      return { type: 'arrears.solution.updated', payload: { ...solutionPayload(solution), updatedOn: dto.consentDate, householdId } };
    });
  }

  private async openHousehold(actor: Actor, file: ArrearsFile, dto: RehousingRequestDto): Promise<{ id: string }> {
    const { household } = await this.householdCreation.create(actor, {
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
    if (dto.truceException && !(dto.stage === 'eviction_carried_out' && inWinterTruce(dto.occurredOn, config.winterTruce)))
      problem('truceException', `only for an eviction during the winter truce (${config.winterTruce.from} to ${config.winterTruce.to})`);
    if (problems.length) throw DomainError.validation(problems);
  }

  /** A fact's own fields: its date, and the delay a decision sets within the law's range. */
  private validateFactInput(dto: ProcedureFactDto): void {
    const { config } = this.settings;
    const problems: FieldProblem[] = [];
    const problem = (field: string, message: string) => problems.push({ field, problems: [message] });
    if (dto.occurredOn > this.clock.today()) problem('occurredOn', 'must not be in the future');
    const given = (['months', 'days'] as const).filter((f) => dto[f] !== undefined);
    if (dto.kind === 'quit_delay_reduced') {
      const legal = legalQuitDelay(config, dto.occurredOn);
      if (!given.length) problem('months', 'give the delay left (months and/or days; 0 when the judge removed it)');
      else if (legal && applyDelay(dto.occurredOn, dto) >= applyDelay(dto.occurredOn, legal))
        problem(given[given.length - 1], 'must be shorter than the law’s delay after a notice to quit');
    } else if (dto.kind === 'enforcement_delay_granted') {
      const range = enforcementDelayRange(config, dto.occurredOn);
      if (dto.days !== undefined) problem('days', 'the enforcement judge’s delay is in months');
      if (!range) problem('occurredOn', 'no range of delays is configured for a decision of this date');
      else if (dto.months === undefined || dto.months < range.minMonths || dto.months > range.maxMonths)
        problem('months', `the enforcement judge grants from ${range.minMonths} to ${range.maxMonths} months (${range.source})`);
    } else {
      for (const field of given) problem(field, 'only for quit_delay_reduced or enforcement_delay_granted');
    }
    if (problems.length) throw DomainError.validation(problems);
  }

  /** A fact needs the stage it follows recorded (a judgment before its service), on or before its date. */
  private checkFactAgainstProcedure(dto: ProcedureFactDto, state: ProcedureState, stages: readonly ArrearsStageRecord[]): void {
    const after = FACT_AFTER[dto.kind];
    if (after) {
      const previous = stages.filter((s) => after.includes(s.stage));
      if (!previous.length)
        throw illegalTransition(`A ${dto.kind} needs one of these stages recorded first: ${after.join(', ')}`, state, [], {
          requires: after,
        });
      const first = previous[0];
      if (dto.occurredOn < first.occurredOn)
        throw DomainError.validation([{ field: 'occurredOn', problems: [`must not be before the ${first.stage} of ${first.occurredOn}`] }]);
    }
    if (dto.kind === 'missed_instalment' && !(stages.filter((s) => s.stage === 'judgment').pop()?.paymentDelayMonths ?? 0))
      throw illegalTransition('A missed instalment needs a judgment that granted payment delays', state, []);
    if (dto.kind === 'rent_resumed_before_hearing') {
      const hearing = lastHearingOn(stages);
      if (hearing && dto.occurredOn > hearing)
        throw DomainError.validation([{ field: 'occurredOn', problems: [`must not be after the hearing of ${hearing}`] }]);
    }
  }

  /**
   * One write on an open file: locks it (writes on one file are serialised), runs the change,
   * appends its event and the audit entry, all in one transaction; returns the file as it is now.
   */
  private async onOpenFile(
    actor: Actor,
    id: string,
    what: string,
    change: (manager: EntityManager, file: ArrearsFile) => Promise<FileChange | null>,
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
          payload: { fileId: id, organisationId: file.organisationId, ...event.payload },
        } as OutboxMessage<FileChange['type']>);
      await this.audit.record(actor, { action: 'update', resourceType: AGGREGATE, resourceId: id, details: { added: what } }, manager);
    });
    return this.files.get(actor, id, false);
  }
}

/** The date of the latest hearing recorded (held, or set by a summons or a postponement). */
function lastHearingOn(stages: readonly ArrearsStageRecord[]): string | null {
  const dates = stages.flatMap((s) => [s.hearingOn, s.stage === 'hearing' ? s.occurredOn : null]).filter((d): d is string => d !== null);
  return dates.sort().pop() ?? null;
}

/** An event of a change on an open file, without the file's id and organisation (added by onOpenFile). */
type FileChange = {
  [T in 'arrears.contact.recorded' | 'arrears.solution.updated' | 'arrears.stage.reached']: {
    type: T;
    payload: Omit<EventPayload<T>, 'fileId' | 'organisationId'>;
  };
}['arrears.contact.recorded' | 'arrears.solution.updated' | 'arrears.stage.reached'];

function solutionPayload(
  s: Pick<ArrearsSolution, 'id' | 'kind' | 'status' | 'amountCents' | 'monthlyCents' | 'durationMonths'>,
): Omit<EventPayload<'arrears.solution.updated'>, 'fileId' | 'organisationId' | 'updatedOn'> {
  return {
    solutionId: s.id,
    kind: s.kind,
    status: s.status,
    amountCents: s.amountCents,
    monthlyCents: s.monthlyCents,
    durationMonths: s.durationMonths,
  };
}
