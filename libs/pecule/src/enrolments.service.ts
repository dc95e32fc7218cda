import { AuditService } from '@app/audit';
import { Actor, ageOn, assertTransition, assertVersion, Clock, DomainError, EventPayload, FieldCipher } from '@app/core';
import { appendToOutbox, inTransaction, OutboxMessage, writeTransition } from '@app/database';
import { OrganisationsService } from '@app/identity';
import { HouseholdAccess, HouseholdTimelineService, PathwaySettings, PersonsRepository } from '@app/pathway';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { EndEnrolmentDto, EnrolDto, ListEnrolmentsQueryDto, ReviewDto, UpdateBankDetailsDto } from './dto/pecule.dto';
import { eligibilityFailures } from './eligibility';
import { PeculeEnrolment } from './enrolment.entity';
import { EnrolmentRow, EnrolmentsRepository } from './enrolments.repository';
import { ibanProblem, normalizeIban } from './iban';
import { PeculePayment } from './payment.entity';
import { PaymentsRepository } from './payments.repository';
import { PaymentsService } from './payments.service';
import { PeculeAccess } from './pecule-access';
import { ENROLMENT_FROM, Situation } from './pecule.types';
import { ProgrammesService } from './programmes.service';

type EnrolmentEventType = 'pecule.enrolled' | 'pecule.ended' | 'pecule.review.recorded';
import { stipendSchedule } from './schedule';

export interface EnrolmentView {
  id: string;
  reference: string;
  programmeId: string;
  rulesVersion: string;
  householdId: string;
  personId: string;
  /** Null when the household is restricted and you are not its referent organisation. */
  youngPerson: { firstName: string | null; lastName: string | null; alias: string | null } | null;
  organisationId: string;
  referentUserId: string;
  status: PeculeEnrolment['status'];
  startsOn: string;
  plannedEndOn: string;
  /** Null when the household is restricted and you are not its referent organisation: it is the birth date plus the age limit. */
  ageLimitOn: string | null;
  /** Whether ageLimitOn is withheld (restricted household). */
  ageLimitHidden: boolean;
  monthlyCents: number;
  endedOn: string | null;
  endReason: PeculeEnrolment['endReason'];
  situationAtEntry: Situation;
  version: number;
}

export interface EnrolmentDetailView extends EnrolmentView {
  /** Stipend managers only; for others only whether they are recorded. */
  bankDetails: { iban: string; holderName: string } | null;
  bankDetailsRecorded: boolean;
  payments: Array<Pick<PeculePayment, 'id' | 'month' | 'periodStart' | 'periodEnd' | 'amountCents' | 'status' | 'paidOn' | 'cancelReason'>>;
  reviews: Array<{ id: string; reviewedOn: string; situation: Situation }>;
}

const AGGREGATE = 'pecule_enrolment';

/** Enrolments of young people: eligibility, schedule, bank details, end, situation reviews. */
@Injectable()
export class EnrolmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: PeculeAccess,
    private readonly enrolments: EnrolmentsRepository,
    private readonly paymentRows: PaymentsRepository,
    private readonly households: HouseholdAccess,
    private readonly timelines: HouseholdTimelineService,
    private readonly programmes: ProgrammesService,
    private readonly payments: PaymentsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly cipher: FieldCipher,
    private readonly pathwaySettings: PathwaySettings,
    private readonly persons: PersonsRepository,
    private readonly organisations: OrganisationsService,
  ) {}

  async enrol(actor: Actor, dto: EnrolDto): Promise<EnrolmentDetailView> {
    const ibanError = ibanProblem(dto.bankDetails.iban);
    if (ibanError) throw DomainError.validation([{ field: 'bankDetails.iban', problems: [ibanError] }]);
    // inTransaction: the household's situation, read by the pathway, joins this transaction.
    const id = await inTransaction(this.dataSource, async (manager) => {
      const programme = await this.access.programme(manager, actor, dto.programmeId);
      if (dto.startsOn < programme.startsOn || dto.startsOn > programme.endsOn) {
        throw DomainError.validation([
          { field: 'startsOn', problems: [`must be within the programme (${programme.startsOn} to ${programme.endsOn})`] },
        ]);
      }
      const rules = await this.programmes.rulesInForce(manager, programme.id, dto.startsOn);
      if (!rules) throw DomainError.validation([{ field: 'startsOn', problems: ['no rules of the programme are in force on this date'] }]);
      const monthlyCents = dto.monthlyAmountCents ?? rules.defaultMonthlyCents;
      if (monthlyCents > rules.maxMonthlyCents) {
        throw DomainError.validation([
          { field: 'monthlyAmountCents', problems: [`must not exceed the rules' maximum of ${rules.maxMonthlyCents} cents`] },
        ]);
      }
      const visible = await this.households.load(manager, actor, dto.householdId);
      const { household } = visible;
      // Eligibility is judged on the situation the timeline shows on the start date, not today's (issue 18 §4.1).
      const onStart = await this.timelines.situationOn(visible, dto.startsOn, this.clock.timezone);
      const person = await this.persons.personOfHousehold(manager, dto.personId, household.id);
      if (!person) throw DomainError.validation([{ field: 'personId', problems: ['not a member of this household'] }]);
      const organisation = await this.organisations.getById(manager, actor.organisationId);
      const schedule = person.birthDate
        ? stipendSchedule({
            startsOn: dto.startsOn,
            birthDate: person.birthDate,
            maxDurationMonths: rules.maxDurationMonths,
            ageLimitYears: rules.ageLimitYears,
          })
        : null;
      const failedRules = eligibilityFailures({
        startsOn: dto.startsOn,
        birthDate: person.birthDate,
        ageLimitYears: rules.ageLimitYears,
        scheduledMonths: schedule?.months.length ?? 0,
        resources: onStart.resources,
        followedByYouthTeam: organisation.type === 'youth_team',
        householdStatus: onStart.status,
      });
      if (failedRules.length > 0 || !schedule) {
        throw new DomainError('NOT_ELIGIBLE', `Not eligible: ${failedRules.map((f) => f.rule).join(', ')}`, { failedRules });
      }
      if (await this.enrolments.hasActiveStipend(manager, person.id)) {
        throw new DomainError('CONFLICT', 'This young person already has an active stipend');
      }
      const reference = await this.enrolments.nextReference(manager);
      const situationAtEntry: Situation = {
        resources: onStart.resources,
        employment: dto.situationAtEntry?.employment ?? 'none',
        inTraining: dto.situationAtEntry?.inTraining ?? false,
        housed: onStart.status !== 'allocated',
      };
      const enrolment = await this.enrolments.create(manager, {
        reference,
        territoryId: actor.territoryId,
        organisationId: actor.organisationId,
        referentUserId: actor.userId,
        programmeId: programme.id,
        ruleSetId: rules.id,
        householdId: household.id,
        personId: person.id,
        startsOn: dto.startsOn,
        plannedEndOn: schedule.plannedEndOn,
        ageLimitOn: schedule.ageLimitOn,
        monthlyCents,
        situationAtEntry,
      });
      await this.enrolments.saveBankDetails(manager, {
        enrolmentId: enrolment.id,
        iban: this.cipher.seal(normalizeIban(dto.bankDetails.iban), enrolment.id),
        holderName: dto.bankDetails.holderName.trim(),
        updatedBy: actor.userId,
      });
      await this.paymentRows.insertSchedule(
        manager,
        schedule.months.map((m) => ({
          enrolmentId: enrolment.id,
          programmeId: programme.id,
          territoryId: actor.territoryId,
          month: m.month,
          periodStart: m.periodStart,
          periodEnd: m.periodEnd,
          amountCents: monthlyCents,
        })),
      );
      await appendToOutbox(
        manager,
        this.event(enrolment, 'pecule.enrolled', {
          programmeId: programme.id,
          householdId: household.id,
          // The young person, not the enrolment, is counted once by the indicators (a second stipend is the same person).
          personId: person.id,
          startsOn: enrolment.startsOn,
          plannedEndOn: enrolment.plannedEndOn,
          ageLimitOn: enrolment.ageLimitOn,
          endsAtAgeLimit: schedule.endsAtAgeLimit,
          monthlyCents,
          months: schedule.months.length,
          ageAtEntry: ageOn(person.birthDate!, dto.startsOn),
          sex: person.sex,
          situationAtEntry,
        }),
      );
      await this.audit.record(actor, { action: 'create', resourceType: AGGREGATE, resourceId: enrolment.id }, manager);
      return enrolment.id;
    });
    return this.get(actor, id);
  }

  async list(actor: Actor, query: ListEnrolmentsQueryDto): Promise<EnrolmentView[]> {
    const rows = await this.enrolments.list(
      this.dataSource.manager,
      {
        territoryId: actor.territoryId,
        organisationId: this.access.enrolmentOrganisationFilter(actor),
        programmeId: query.programmeId ?? null,
        status: query.status ?? null,
      },
      actor.organisationId,
    );
    await this.audit.recordList(
      actor,
      AGGREGATE,
      rows.map((r) => r.id),
    );
    return rows.map((row) => this.view(row));
  }

  /** Young people whose stipend started in the range, in these territories, each once (the indicators' reconciliation). */
  youngPeopleStarted(manager: EntityManager, territoryIds: string[], from: string, to: string): Promise<number> {
    return this.enrolments.countYoungPeopleStarted(manager, territoryIds, from, to);
  }

  async get(actor: Actor, id: string): Promise<EnrolmentDetailView> {
    const manager = this.dataSource.manager;
    const enrolment = await this.access.enrolment(manager, actor, id);
    const [row, bank, payments, reviews] = await Promise.all([
      this.enrolments.row(manager, enrolment.id, actor.organisationId),
      this.enrolments.bankDetailsOf(manager, id),
      this.paymentRows.ofEnrolment(manager, id),
      this.enrolments.reviewsOf(manager, id),
    ]);
    const seesBank = this.access.seesBankDetails(actor);
    await this.audit.record(actor, {
      action: 'read',
      resourceType: AGGREGATE,
      resourceId: id,
      details: seesBank ? { bankDetails: true } : undefined,
    });
    return {
      ...this.view(row),
      bankDetails: seesBank && bank ? { iban: this.cipher.open(bank.iban, id), holderName: bank.holderName } : null,
      bankDetailsRecorded: bank !== null,
      payments: payments.map(({ id, month, periodStart, periodEnd, amountCents, status, paidOn, cancelReason }) => ({
        id,
        month,
        periodStart,
        periodEnd,
        amountCents,
        status,
        paidOn,
        cancelReason,
      })),
      reviews: reviews.map(({ id, reviewedOn, situation }) => ({ id, reviewedOn, situation })),
    };
  }

  async updateBankDetails(actor: Actor, id: string, dto: UpdateBankDetailsDto): Promise<EnrolmentDetailView> {
    const ibanError = ibanProblem(dto.iban);
    if (ibanError) throw DomainError.validation([{ field: 'iban', problems: [ibanError] }]);
    await this.dataSource.transaction(async (manager) => {
      const enrolment = await this.access.enrolment(manager, actor, id);
      // The enrolment's version moves with its bank details: a concurrent change answers STALE_VERSION.
      await this.enrolments.bumpVersion(manager, id, dto.version);
      await this.enrolments.saveBankDetails(manager, {
        enrolmentId: enrolment.id,
        iban: this.cipher.seal(normalizeIban(dto.iban), enrolment.id),
        holderName: dto.holderName.trim(),
        updatedBy: actor.userId,
      });
      await this.audit.record(
        actor,
        { action: 'update', resourceType: AGGREGATE, resourceId: id, details: { bankDetails: true } },
        manager,
      );
    });
    return this.get(actor, id);
  }

  /** Ends the stipend: payments for periods after the last day are cancelled, their commitment released. */
  async end(actor: Actor, id: string, dto: EndEnrolmentDto): Promise<EnrolmentDetailView> {
    await this.dataSource.transaction(async (manager) => {
      const enrolment = await this.access.enrolment(manager, actor, id);
      assertVersion('Enrolment', enrolment.version, dto.version);
      assertTransition(ENROLMENT_FROM, enrolment.status, 'end', 'This stipend has already ended');
      if (dto.endedOn < enrolment.startsOn)
        throw DomainError.validation([{ field: 'endedOn', problems: [`must not be before the start (${enrolment.startsOn})`] }]);
      // Leaving for a scheme the law had replaced by then (the Garantie jeunes by the CEJ).
      this.pathwaySettings.assertCurrentResources([dto.reason], dto.endedOn, 'reason');
      await writeTransition(manager, {
        target: PeculeEnrolment,
        resource: 'Enrolment',
        read: enrolment,
        changes: { status: 'ended', endedOn: dto.endedOn, endReason: dto.reason },
        then: async () => {
          // Its payments' cancellations come first in the outbox, as they happen first.
          const cancelled = await this.payments.cancelAfter(manager, actor, enrolment, dto.endedOn, `Fin du pécule (${dto.reason})`);
          await appendToOutbox(
            manager,
            this.event(enrolment, 'pecule.ended', {
              programmeId: enrolment.programmeId,
              endedOn: dto.endedOn,
              reason: dto.reason,
              cancelledPayments: cancelled,
            }),
          );
          await this.audit.record(
            actor,
            { action: 'update', resourceType: AGGREGATE, resourceId: id, details: { ended: dto.reason } },
            manager,
          );
        },
      });
    });
    return this.get(actor, id);
  }

  async addReview(actor: Actor, id: string, dto: ReviewDto): Promise<EnrolmentDetailView> {
    await this.dataSource.transaction(async (manager) => {
      const enrolment = await this.access.enrolment(manager, actor, id);
      const today = this.clock.today();
      if (dto.reviewedOn < enrolment.startsOn || dto.reviewedOn > today) {
        throw DomainError.validation([{ field: 'reviewedOn', problems: [`must be between the start (${enrolment.startsOn}) and today`] }]);
      }
      const { reviewedOn, ...situation } = dto;
      this.pathwaySettings.assertCurrentResources(situation.resources, reviewedOn);
      const review = await this.enrolments.addReview(manager, {
        enrolmentId: id,
        reviewedOn,
        situation: { ...situation },
        recordedBy: actor.userId,
      });
      await appendToOutbox(
        manager,
        this.event(enrolment, 'pecule.review.recorded', { programmeId: enrolment.programmeId, reviewId: review.id, reviewedOn, situation }),
      );
      await this.audit.record(
        actor,
        { action: 'update', resourceType: AGGREGATE, resourceId: id, details: { review: review.id } },
        manager,
      );
    });
    return this.get(actor, id);
  }

  /** An enrolment's event: its own fields (typed against the registry) after the enrolment's. */
  private event<T extends EnrolmentEventType>(
    enrolment: PeculeEnrolment,
    type: T,
    payload: Omit<EventPayload<T>, 'enrolmentId' | 'organisationId'>,
  ): OutboxMessage<T> {
    // TypeScript cannot follow a spread over a generic payload, hence the assertion.
    return {
      type,
      aggregateType: AGGREGATE,
      aggregateId: enrolment.id,
      territoryId: enrolment.territoryId,
      occurredAt: this.clock.now(),
      payload: { enrolmentId: enrolment.id, organisationId: enrolment.organisationId, ...payload },
    } as unknown as OutboxMessage<T>;
  }

  private view(row: EnrolmentRow): EnrolmentView {
    return {
      id: row.id,
      reference: row.reference,
      programmeId: row.programme_id,
      rulesVersion: row.rules_version,
      householdId: row.household_id,
      personId: row.person_id,
      youngPerson: row.names.hidden ? null : { firstName: row.names.firstName, lastName: row.names.lastName, alias: row.names.alias },
      organisationId: row.organisation_id,
      referentUserId: row.referent_user_id,
      status: row.status,
      startsOn: row.starts_on,
      plannedEndOn: row.planned_end_on,
      // The age limit is the birth date plus a known number of years: hidden with the birth date.
      ageLimitOn: row.names.hidden ? null : row.age_limit_on,
      ageLimitHidden: row.names.hidden,
      monthlyCents: row.monthly_cents,
      endedOn: row.ended_on,
      endReason: row.end_reason,
      situationAtEntry: row.situation_at_entry,
      version: row.version,
    };
  }
}
