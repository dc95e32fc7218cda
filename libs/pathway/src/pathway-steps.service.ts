import { AuditService } from '@app/audit';
import { Actor, assertNotInFuture, assertVersion, civilDate, Clock, DomainError, EventPayload, illegalTransition } from '@app/core';
import { appendToOutbox, OutboxMessage, writeTransition } from '@app/database';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { nextReviewOn, prefectNoticeDueOn } from './allocation-deadlines';
import { CloseDto, ConditionOutcomeDto, DeclineOfferDto, EvaluationDto, LeaseDto, StepDto } from './dto/step.dto';
import { HouseholdAccess, VisibleHousehold } from './household-access';
import { PathwayStep, StepType, transition } from './household-status';
import { Household } from './household.entity';
import { HouseholdView } from './household.view';
import { HouseholdFilesService } from './household-files.service';
import { HouseholdTimelineService } from './household-timeline.service';
import { HouseholdsRepository } from './households.repository';
import { PathwaySettings } from './pathway.config';

/** The outbox payload of a step beyond what every step carries (the ids and the status change). */
type StepOutbox<T extends StepType> = Omit<EventPayload<T>, 'householdId' | 'eventId' | 'organisationId' | 'from' | 'status'>;

export interface StepOptions<T extends StepType> {
  /** Event payload: ids and facts of the step (the timeline shows it to those who see the file). */
  payload?: Record<string, unknown>;
  /** Extra columns of the household changed with the status. */
  changes?: QueryDeepPartialEntity<Household>;
  /** Outbox payload beyond the ids and the new status; no names. */
  outbox?: StepOutbox<T>;
  /** Checks on the loaded household, before anything is written. */
  guard?: (household: Household) => void;
  /** Changes and facts that depend on the loaded household (merged over the static ones). */
  derive?: (household: Household) => Pick<StepOptions<T>, 'changes' | 'payload' | 'outbox'>;
}

/** The options, required (with their outbox fields) when the step's event carries more than the status change. */
type OptionsOf<T extends StepType> = [keyof StepOutbox<T>] extends [never]
  ? [options?: StepOptions<T>]
  : [
      options: StepOptions<T> &
        (
          | { outbox: StepOutbox<T> }
          | { derive: (household: Household) => Pick<StepOptions<T>, 'changes' | 'payload'> & { outbox: StepOutbox<T> } }
        ),
    ];

/**
 * Records pathway steps. Each step is one transaction through the workflow helper: the
 * conditional status change (`WHERE id AND status AND version`), the immutable event, the outbox
 * row and the audit row.
 */
@Injectable()
export class PathwayStepsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: HouseholdAccess,
    private readonly files: HouseholdFilesService,
    private readonly timeline: HouseholdTimelineService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly settings: PathwaySettings,
    private readonly households: HouseholdsRepository,
  ) {}

  /** Applies a step inside the caller's transaction; returns the file as updated. */
  async apply<T extends StepType>(
    manager: EntityManager,
    actor: Actor,
    householdId: string,
    version: number,
    occurredAt: Date,
    step: PathwayStep & { type: T },
    ...[options = {}]: OptionsOf<T>
  ): Promise<VisibleHousehold> {
    const visible = await this.access.load(manager, actor, householdId);
    const { household } = visible;
    assertVersion('Household', household.version, version);
    const result = transition(household.status, step);
    if (!result.ok) {
      const message = `${step.type} is not allowed while the household is ${household.status}`;
      // `allowedSteps`: the name the web app and API clients have always read.
      throw illegalTransition(message, household.status, result.allowed, { allowedSteps: result.allowed });
    }
    this.checkOccurredAt(occurredAt, household.lastStepAt);
    options.guard?.(household);
    const derived = options.derive?.(household);
    const changes = { ...options.changes, ...derived?.changes };
    const payload = { ...options.payload, ...derived?.payload };
    const outbox = { ...options.outbox, ...derived?.outbox };
    await writeTransition(manager, {
      target: Household,
      resource: 'Household',
      read: household,
      changes: { ...changes, status: result.status, lastStepAt: occurredAt },
      // The outbox row names the timeline event, written once the status moved.
      then: async () => {
        const event = await this.timeline.insertEvent(manager, actor, household, step.type, occurredAt, {
          ...step,
          ...payload,
          from: household.status,
          to: result.status,
        });
        // The step's own fields were checked against the registry at the call (StepOutbox<T>); TypeScript
        // cannot follow a spread over a generic payload, hence the assertion.
        await appendToOutbox(manager, {
          type: step.type,
          aggregateType: 'household',
          aggregateId: household.id,
          territoryId: household.territoryId,
          occurredAt,
          payload: {
            householdId: household.id,
            eventId: event.id,
            organisationId: household.organisationId,
            from: household.status,
            status: result.status,
            ...outbox,
          },
        } as unknown as OutboxMessage<T>);
        await this.audit.record(
          actor,
          { action: 'update', resourceType: 'household', resourceId: household.id, details: { step: step.type } },
          manager,
        );
      },
    });
    // The row now holds exactly these values: no need to read it back.
    Object.assign(household, changes, { status: result.status, lastStepAt: occurredAt, version: version + 1 });
    return visible;
  }

  /** Applies a step in its own transaction and returns the household as the actor sees it. */
  record<T extends StepType>(
    actor: Actor,
    householdId: string,
    dto: StepDto,
    step: PathwayStep & { type: T },
    ...options: OptionsOf<T>
  ): Promise<HouseholdView> {
    return this.dataSource.transaction(async (manager) =>
      this.files.viewOf(manager, await this.apply<T>(manager, actor, householdId, dto.version, new Date(dto.occurredAt), step, ...options)),
    );
  }

  consent(actor: Actor, id: string, dto: StepDto): Promise<HouseholdView> {
    return this.record(actor, id, dto, { type: 'consent.recorded' }, { changes: { consentDate: dto.occurredAt.slice(0, 10) } });
  }

  evaluate(actor: Actor, id: string, dto: EvaluationDto): Promise<HouseholdView> {
    const evaluatedAt = new Date(dto.occurredAt);
    this.settings.assertCurrentResources(dto.resources, dto.occurredAt);
    return this.dataSource.transaction(async (manager) => {
      const visible = await this.apply(
        manager,
        actor,
        id,
        dto.version,
        evaluatedAt,
        { type: 'evaluation.completed' },
        {
          changes: {
            lastEvaluatedAt: evaluatedAt,
            needsNewEvaluation: false,
            livingSituation: dto.livingSituation,
            resources: dto.resources,
            needs: dto.needs,
          },
          payload: { orientation: dto.orientation, intensity: dto.intensity },
          outbox: { orientation: dto.orientation, intensity: dto.intensity, needs: dto.needs },
        },
      );
      await this.households.addEvaluation(manager, {
        householdId: id,
        evaluatedAt,
        evaluatorUserId: actor.userId,
        livingSituation: dto.livingSituation,
        resources: dto.resources,
        debtsCents: dto.debtsCents,
        needs: dto.needs,
        orientation: dto.orientation,
        intensity: dto.intensity,
      });
      return this.files.viewOf(manager, visible);
    });
  }

  lease(actor: Actor, id: string, dto: LeaseDto): Promise<HouseholdView> {
    const signedOn = dto.occurredAt.slice(0, 10);
    const glissant = dto.leaseType === 'bail_glissant';
    if (!glissant && dto.reviewPeriodMonths !== undefined) {
      throw DomainError.validation([{ field: 'reviewPeriodMonths', problems: ['only a bail glissant has a review period'] }]);
    }
    const reviewMonths = glissant ? (dto.reviewPeriodMonths ?? this.settings.bailGlissant.defaultReviewMonths) : null;
    const schedule = reviewMonths ? this.reviewSchedule(signedOn, reviewMonths, signedOn) : null;
    return this.record(
      actor,
      id,
      dto,
      { type: 'lease.signed' },
      {
        guard: (h) => {
          if (h.allocationConditionDueOn) {
            throw new DomainError('CONFLICT', 'The allocation still awaits its missing document: record it first', {
              allocationConditionDueOn: h.allocationConditionDueOn,
            });
          }
        },
        changes: {
          leaseType: dto.leaseType,
          leaseSignedOn: signedOn,
          commune: dto.commune,
          offerAnswerDueOn: null,
          bailGlissantReviewMonths: reviewMonths,
          nextBailGlissantReviewOn: schedule?.nextReviewOn ?? null,
        },
        payload: { leaseType: dto.leaseType, landlord: dto.landlord, commune: dto.commune, reviewPeriodMonths: reviewMonths, ...schedule },
        outbox: { leaseType: dto.leaseType, commune: dto.commune, ...schedule },
      },
    );
  }

  housingEntry(actor: Actor, id: string, dto: StepDto): Promise<HouseholdView> {
    return this.record(actor, id, dto, { type: 'housing.entered' });
  }

  visit(actor: Actor, id: string, dto: StepDto): Promise<HouseholdView> {
    return this.record(actor, id, dto, { type: 'followup.visited' });
  }

  /** A review of the bail glissant: the next one falls at the end of the following period of its agreement. */
  bailGlissantReview(actor: Actor, id: string, dto: StepDto): Promise<HouseholdView> {
    const reviewedOn = civilDate(new Date(dto.occurredAt), this.clock.timezone);
    return this.record(
      actor,
      id,
      dto,
      { type: 'bail_glissant.reviewed' },
      {
        guard: (h) => this.requireBailGlissant(h),
        derive: (h) => {
          const schedule = this.reviewSchedule(
            h.leaseSignedOn ?? reviewedOn,
            h.bailGlissantReviewMonths ?? this.settings.bailGlissant.defaultReviewMonths,
            reviewedOn,
          );
          return { changes: { nextBailGlissantReviewOn: schedule.nextReviewOn }, payload: schedule, outbox: schedule };
        },
      },
    );
  }

  /** The sublease held by the association becomes the household's own lease. */
  slide(actor: Actor, id: string, dto: StepDto): Promise<HouseholdView> {
    return this.record(
      actor,
      id,
      dto,
      { type: 'lease.slid' },
      {
        guard: (h) => this.requireBailGlissant(h),
        changes: { leaseType: 'direct', bailGlissantReviewMonths: null, nextBailGlissantReviewOn: null },
        outbox: { leaseType: 'bail_glissant' },
      },
    );
  }

  close(actor: Actor, id: string, dto: CloseDto): Promise<HouseholdView> {
    return this.record(actor, id, dto, { type: 'household.closed' }, { payload: { reason: dto.reason }, outbox: { reason: dto.reason } });
  }

  reopen(actor: Actor, id: string, dto: StepDto): Promise<HouseholdView> {
    return this.record(actor, id, dto, { type: 'household.reopened' });
  }

  /** The household declines the offer it was retained or allocated for, with a written reason (CCH L441-2-2). */
  declineOffer(actor: Actor, id: string, dto: DeclineOfferDto): Promise<HouseholdView> {
    const reason = this.settings.refusalReason('household', dto.reason, 'reason');
    const facts = { reason: reason.code, affectsPriority: reason.affectsPriority };
    return this.record(
      actor,
      id,
      dto,
      { type: 'offer.declined' },
      {
        changes: {
          offerAnswerDueOn: null,
          allocationConditionDueOn: null,
          ...this.settings.afterRefusal(reason, new Date(dto.occurredAt)),
        },
        payload: facts,
        outbox: facts,
      },
    );
  }

  /** The household accepts the offer within its deadline: silence can no longer count as a refusal. */
  acceptOffer(actor: Actor, id: string, dto: StepDto): Promise<HouseholdView> {
    return this.record(
      actor,
      id,
      dto,
      { type: 'offer.accepted' },
      { derive: (h) => ({ changes: { offerAnswerDueOn: null }, payload: { answerDueOn: h.offerAnswerDueOn } }) },
    );
  }

  /** The missing document of a suspensive condition arrived, or the deadline passed without it (the allocation ends). */
  resolveCondition(actor: Actor, id: string, dto: ConditionOutcomeDto): Promise<HouseholdView> {
    const day = civilDate(new Date(dto.occurredAt), this.clock.timezone);
    const failed = dto.outcome === 'condition_failed';
    return this.record(
      actor,
      id,
      dto,
      { type: failed ? 'allocation.condition_failed' : 'allocation.condition_met' },
      {
        guard: (h) => {
          if (!h.allocationConditionDueOn) throw new DomainError('CONFLICT', 'No suspensive condition awaits a document on this file');
          if (failed && day <= h.allocationConditionDueOn) {
            throw new DomainError('CONFLICT', `The document may still arrive until ${h.allocationConditionDueOn}`, {
              allocationConditionDueOn: h.allocationConditionDueOn,
            });
          }
        },
        derive: (h) => ({
          changes: failed ? { allocationConditionDueOn: null, offerAnswerDueOn: null } : { allocationConditionDueOn: null },
          payload: { conditionDueOn: h.allocationConditionDueOn },
        }),
      },
    );
  }

  /** The next review of a bail glissant after `day`, and the landlord's notice to the prefect before it (CCH L442-8-3). */
  private reviewSchedule(leaseSignedOn: string, months: number, day: string): { nextReviewOn: string; prefectNoticeDueOn: string } {
    const next = nextReviewOn(leaseSignedOn, months, day);
    return { nextReviewOn: next, prefectNoticeDueOn: prefectNoticeDueOn(next, this.settings.bailGlissant.prefectNoticeMonthsBefore) };
  }

  private requireBailGlissant(household: Household): void {
    if (household.leaseType !== 'bail_glissant') {
      throw new DomainError('CONFLICT', 'The household does not hold a bail glissant', { leaseType: household.leaseType });
    }
  }

  private checkOccurredAt(occurredAt: Date, previous: Date): void {
    assertNotInFuture(this.clock, { occurredAt });
    if (occurredAt.getTime() < previous.getTime()) {
      throw DomainError.validation([
        { field: 'occurredAt', problems: [`must not be before the previous step (${previous.toISOString()})`] },
      ]);
    }
  }
}
