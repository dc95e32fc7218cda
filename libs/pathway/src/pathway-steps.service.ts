import { AuditService } from '@app/audit';
import { Actor, assertNotInFuture, Clock, DomainError } from '@app/core';
import { appendToOutbox, updateIfVersion } from '@app/database';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { CloseDto, EvaluationDto, LeaseDto, StepDto } from './dto/step.dto';
import { HouseholdAccess, VisibleHousehold } from './household-access';
import { PathwayStep, transition } from './household-status';
import { Household } from './household.entity';
import { HouseholdView } from './household.view';
import { HouseholdsService } from './households.service';
import { PathwaySettings } from './pathway.config';
import { SiaoEvaluation } from './siao-evaluation.entity';

export interface StepOptions {
  /** Event payload: ids and facts of the step (the timeline shows it to those who see the file). */
  payload?: Record<string, unknown>;
  /** Extra columns of the household changed with the status. */
  changes?: QueryDeepPartialEntity<Household>;
  /** Outbox payload beyond the ids and the new status; no names. */
  outbox?: Record<string, unknown>;
  /** Checks on the loaded household, before anything is written. */
  guard?: (household: Household) => void;
}

/**
 * Records pathway steps. Each step is one transaction: the conditional status change
 * (`WHERE version = :v`), the immutable event, the outbox row and the audit row.
 */
@Injectable()
export class PathwayStepsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: HouseholdAccess,
    private readonly households: HouseholdsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly settings: PathwaySettings,
  ) {}

  /** Applies a step inside the caller's transaction; returns the file as updated. */
  async apply(
    manager: EntityManager,
    actor: Actor,
    householdId: string,
    version: number,
    occurredAt: Date,
    step: PathwayStep,
    options: StepOptions = {},
  ): Promise<VisibleHousehold> {
    const visible = await this.access.load(manager, actor, householdId);
    const { household } = visible;
    if (household.version !== version) throw DomainError.staleVersion('Household', household.version);
    const result = transition(household.status, step);
    if (!result.ok) {
      throw new DomainError('ILLEGAL_TRANSITION', `${step.type} is not allowed while the household is ${household.status}`, {
        status: household.status,
        allowedSteps: result.allowed,
      });
    }
    this.checkOccurredAt(occurredAt, household.lastStepAt);
    options.guard?.(household);
    const updated = await updateIfVersion(manager, Household, householdId, version, {
      ...options.changes,
      status: result.status,
      lastStepAt: occurredAt,
    });
    if (!updated) throw DomainError.staleVersion('Household');
    const event = await this.households.insertEvent(manager, actor, household, step.type, occurredAt, {
      ...step,
      ...options.payload,
      from: household.status,
      to: result.status,
    });
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
        ...options.outbox,
      },
    });
    await this.audit.record(
      actor,
      { action: 'update', resourceType: 'household', resourceId: household.id, details: { step: step.type } },
      manager,
    );
    // The row now holds exactly these values: no need to read it back.
    Object.assign(household, options.changes, { status: result.status, lastStepAt: occurredAt, version: version + 1 });
    return visible;
  }

  /** Applies a step in its own transaction and returns the household as the actor sees it. */
  record(actor: Actor, householdId: string, dto: StepDto, step: PathwayStep, options: StepOptions = {}): Promise<HouseholdView> {
    return this.dataSource.transaction(async (manager) =>
      this.households.viewOf(manager, await this.apply(manager, actor, householdId, dto.version, new Date(dto.occurredAt), step, options)),
    );
  }

  consent(actor: Actor, id: string, dto: StepDto): Promise<HouseholdView> {
    return this.record(actor, id, dto, { type: 'consent.recorded' }, { changes: { consentDate: dto.occurredAt.slice(0, 10) } });
  }

  evaluate(actor: Actor, id: string, dto: EvaluationDto): Promise<HouseholdView> {
    const evaluatedAt = new Date(dto.occurredAt);
    this.settings.assertCurrentResources(dto.resources, dto.occurredAt);
    return this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(SiaoEvaluation);
      const evaluation = repo.create({
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
      await repo.save(evaluation);
      return this.households.viewOf(manager, visible);
    });
  }

  lease(actor: Actor, id: string, dto: LeaseDto): Promise<HouseholdView> {
    return this.record(
      actor,
      id,
      dto,
      { type: 'lease.signed' },
      {
        changes: { leaseType: dto.leaseType, leaseSignedOn: dto.occurredAt.slice(0, 10), commune: dto.commune },
        payload: { leaseType: dto.leaseType, landlord: dto.landlord, commune: dto.commune },
        outbox: { leaseType: dto.leaseType, commune: dto.commune },
      },
    );
  }

  housingEntry(actor: Actor, id: string, dto: StepDto): Promise<HouseholdView> {
    return this.record(actor, id, dto, { type: 'housing.entered' });
  }

  visit(actor: Actor, id: string, dto: StepDto): Promise<HouseholdView> {
    return this.record(actor, id, dto, { type: 'followup.visited' });
  }

  bailGlissantReview(actor: Actor, id: string, dto: StepDto): Promise<HouseholdView> {
    return this.record(actor, id, dto, { type: 'bail_glissant.reviewed' }, { guard: (h) => this.requireBailGlissant(h) });
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
        changes: { leaseType: 'direct' },
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

  /** The household declines the offer it was retained or allocated for. */
  declineOffer(actor: Actor, id: string, dto: StepDto): Promise<HouseholdView> {
    return this.record(actor, id, dto, { type: 'offer.declined' });
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
