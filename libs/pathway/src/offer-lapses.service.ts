import { AuditService } from '@app/audit';
import { Clock } from '@app/core';
import { appendToOutbox } from '@app/database';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { transition } from './household-status';
import { HouseholdsRepository } from './households.repository';
import { HouseholdTimelineService } from './household-timeline.service';
import { PathwaySettings } from './pathway.config';

/**
 * Daily: an offer left unanswered past its deadline counts as a refusal (CCH R441-10). Parcours
 * records it itself, as the step `offer.lapsed` (no user), with the configured silence reason.
 * Safe to run again and from two workers: a lapsed file is no longer `allocated`.
 */
@Injectable()
export class OfferLapsesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly timeline: HouseholdTimelineService,
    private readonly settings: PathwaySettings,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly households: HouseholdsRepository,
  ) {}

  async recordLapsedOffers(): Promise<number> {
    const today = this.clock.today();
    const reason = this.settings.refusalReason('household', this.settings.offerAnswer.silenceReason, 'offerAnswer.silenceReason');
    return this.dataSource.transaction(async (manager) => {
      const lapsed = await this.households.lockLapsedOffers(manager, today);
      for (const household of lapsed) {
        const result = transition(household.status, { type: 'offer.lapsed' });
        if (!result.ok) continue;
        const dueOn = household.offerAnswerDueOn!;
        // The refusal happens when the last day ends; a step keyed in later on that day stays before it.
        const at = await this.households.lapseInstant(manager, dueOn, this.clock.timezone, household.lastStepAt);
        await this.households.updateLocked(manager, household.id, {
          status: result.status,
          lastStepAt: at,
          offerAnswerDueOn: null,
          allocationConditionDueOn: null,
          ...this.settings.afterRefusal(reason, at),
        });
        const facts = { reason: reason.code, affectsPriority: reason.affectsPriority, answerDueOn: dueOn };
        const event = await this.timeline.insertEvent(
          manager,
          { userId: null, organisationId: household.organisationId },
          household,
          'offer.lapsed',
          at,
          {
            type: 'offer.lapsed',
            ...facts,
            from: household.status,
            to: result.status,
          },
        );
        await appendToOutbox(manager, {
          type: 'offer.lapsed',
          aggregateType: 'household',
          aggregateId: household.id,
          territoryId: household.territoryId,
          occurredAt: at,
          payload: {
            householdId: household.id,
            eventId: event.id,
            organisationId: household.organisationId,
            from: household.status,
            status: result.status,
            ...facts,
          },
        });
        await this.audit.recordAnonymous(
          { organisationId: household.organisationId, territoryId: household.territoryId },
          { action: 'update', resourceType: 'household', resourceId: household.id, details: { step: 'offer.lapsed' } },
          manager,
        );
      }
      return lapsed.length;
    });
  }
}
