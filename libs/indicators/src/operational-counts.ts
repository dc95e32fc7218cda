import { ArrearsFilesService } from '@app/arrears';
import { PathwayCountsRepository } from '@app/pathway';
import { EnrolmentsService, PaymentsService } from '@app/pecule';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/**
 * Each catalogue indicator counted by the context that owns its records, straight from its tables:
 * what reconciliation compares the fact store with. Only unpurged files are there, so it is exact
 * only before a purge. Days of instants are the session's time zone's: reconciliation sets it to
 * the territory's (TERRITORY_TIMEZONE). The same statements, frozen, are the naive baseline the
 * indicators benchmark measures (bench/naive-counts.ts).
 */
@Injectable()
export class OperationalCounts {
  constructor(
    private readonly pathway: PathwayCountsRepository,
    private readonly arrears: ArrearsFilesService,
    private readonly enrolments: EnrolmentsService,
    private readonly payments: PaymentsService,
  ) {}

  /** By indicator code, over the territories and the range of days, in the caller's transaction. */
  async countsBetween(manager: EntityManager, territoryIds: string[], from: string, to: string): Promise<Map<string, number | null>> {
    const range = [manager, territoryIds, from, to] as const;
    const counts = new Map<string, number | null>([
      ['households_proposed', await this.pathway.householdsProposed(...range)],
      ['households_ordinary_housing', await this.pathway.householdsInOrdinaryHousing(...range)],
      ['households_by_status', await this.pathway.householdsAtAStep(...range)],
      ['households_accompanied', await this.pathway.householdsAccompanied(...range)],
      ['leases_signed', await this.pathway.householdsWithLeaseSigned(...range)],
      ['leases_bail_glissant', await this.pathway.householdsWithBailGlissant(...range)],
      ['bail_glissant_slid', await this.pathway.householdsWithLeaseSlid(...range)],
      ['days_opening_to_lease', await this.pathway.medianDaysOpeningToLease(...range)],
      ['persons_spotted', await this.pathway.personsSpotted(...range)],
      ['maraude_contacts', await this.pathway.maraudeContacts(...range)],
    ]);
    const arrears = await this.arrears.countsBetween(...range);
    counts.set('arrears_households_contacted', arrears.tenantsReached);
    counts.set('arrears_landlords_contacted', arrears.landlordsReached);
    counts.set('arrears_debt_at_opening', arrears.openedWithDebt);
    counts.set('arrears_responses', arrears.withSolutionActivity);
    counts.set('arrears_outcomes', arrears.closed);
    counts.set('pecule_young_people', await this.enrolments.youngPeopleStarted(...range));
    const amounts = await this.payments.amountsBetween(...range);
    counts.set('pecule_amount_paid', amounts.paidCents);
    counts.set('pecule_envelope_consumed', amounts.consumedCents);
    return counts;
  }
}
