import { RESOURCES, Resource } from '@app/pathway';
import {
  EMPLOYMENT_SITUATIONS,
  EmploymentSituation,
  END_REASONS,
  EndReason,
  ENROLMENT_STATUSES,
  EnrolmentDetailView,
  EnrolmentStatus,
  EnrolmentView,
  PAYMENT_STATUSES,
  PaymentStatus,
  PaymentView,
  ProgrammeView,
  RuleSetView,
  Situation,
} from '@app/pecule';
import { ApiProperty } from '@nestjs/swagger';

/*
 * What the pécule operations answer, mapped field by field from the context's views: a column
 * added to an entity (the sealed bank details above all) reaches a client only once it is declared here.
 */

const DATE = { type: String, format: 'date' } as const;
const NULLABLE_DATE = { ...DATE, nullable: true } as const;
const NULLABLE_TEXT = { type: String, nullable: true } as const;
const CENTS = { type: 'integer', description: 'In euro cents' } as const;
const MONTH = { example: '2026-12', description: '`YYYY-MM`' } as const;

export class RuleSetResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: '2026-01' }) rulesVersion: string;
  @ApiProperty({ ...DATE, description: 'The deliberation that adopted these rules' }) deliberationDate: string;
  @ApiProperty(DATE) effectiveFrom: string;
  @ApiProperty(CENTS) defaultMonthlyCents: number;
  @ApiProperty(CENTS) maxMonthlyCents: number;
  @ApiProperty({ type: 'integer' }) maxDurationMonths: number;
  @ApiProperty({ type: 'integer' }) ageLimitYears: number;
}

export class ProgrammeYearResponse {
  @ApiProperty({ example: '2026' }) year: string;
  @ApiProperty(CENTS) committedCents: number;
  @ApiProperty(CENTS) paidCents: number;
  @ApiProperty(CENTS) plannedCents: number;
}

/** A programme and its envelope, always with what remains. No personal data. */
export class ProgrammeResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ format: 'uuid' }) managingOrganisationId: string;
  @ApiProperty(DATE) startsOn: string;
  @ApiProperty(DATE) endsOn: string;
  @ApiProperty(CENTS) envelopeCents: number;
  @ApiProperty({ ...CENTS, description: 'Validated, transmitted and paid, in euro cents' }) committedCents: number;
  @ApiProperty(CENTS) paidCents: number;
  @ApiProperty(CENTS) remainingCents: number;
  @ApiProperty({ ...CENTS, description: 'Planned payments not validated yet, in euro cents' }) plannedCents: number;
  @ApiProperty({ type: [ProgrammeYearResponse], description: 'The same figures per calendar year of the months paid for' })
  years: ProgrammeYearResponse[];
  @ApiProperty({ type: [RuleSetResponse] }) rules: RuleSetResponse[];
  @ApiProperty({ type: 'integer', example: 1, description: 'Send it back to change the programme (optimistic locking)' }) version: number;
}

const toRuleSet = (r: RuleSetView): RuleSetResponse => ({
  id: r.id,
  rulesVersion: r.rulesVersion,
  deliberationDate: r.deliberationDate,
  effectiveFrom: r.effectiveFrom,
  defaultMonthlyCents: r.defaultMonthlyCents,
  maxMonthlyCents: r.maxMonthlyCents,
  maxDurationMonths: r.maxDurationMonths,
  ageLimitYears: r.ageLimitYears,
});

export function toProgrammeResponse(p: ProgrammeView): ProgrammeResponse {
  return {
    id: p.id,
    name: p.name,
    managingOrganisationId: p.managingOrganisationId,
    startsOn: p.startsOn,
    endsOn: p.endsOn,
    envelopeCents: p.envelopeCents,
    committedCents: p.committedCents,
    paidCents: p.paidCents,
    remainingCents: p.remainingCents,
    plannedCents: p.plannedCents,
    years: p.years.map((y) => ({ year: y.year, committedCents: y.committedCents, paidCents: y.paidCents, plannedCents: y.plannedCents })),
    rules: p.rules.map(toRuleSet),
    version: p.version,
  };
}

export class SituationResponse {
  @ApiProperty({ enum: RESOURCES, isArray: true }) resources: Resource[];
  @ApiProperty({ enum: EMPLOYMENT_SITUATIONS }) employment: EmploymentSituation;
  @ApiProperty() inTraining: boolean;
  @ApiProperty() housed: boolean;
}

const toSituation = (s: Situation): SituationResponse => ({
  resources: s.resources,
  employment: s.employment,
  inTraining: s.inTraining,
  housed: s.housed,
});

export class YoungPersonResponse {
  @ApiProperty(NULLABLE_TEXT) firstName: string | null;
  @ApiProperty(NULLABLE_TEXT) lastName: string | null;
  @ApiProperty(NULLABLE_TEXT) alias: string | null;
}

export class EnrolmentResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'P-000012' }) reference: string;
  @ApiProperty({ format: 'uuid' }) programmeId: string;
  @ApiProperty({ example: '2026-01' }) rulesVersion: string;
  @ApiProperty({ format: 'uuid' }) householdId: string;
  @ApiProperty({ format: 'uuid' }) personId: string;
  @ApiProperty({
    type: YoungPersonResponse,
    nullable: true,
    description: 'Null when the household is restricted and you are not its referent organisation',
  })
  youngPerson: YoungPersonResponse | null;
  @ApiProperty({ format: 'uuid' }) organisationId: string;
  @ApiProperty({ format: 'uuid' }) referentUserId: string;
  @ApiProperty({ enum: ENROLMENT_STATUSES }) status: EnrolmentStatus;
  @ApiProperty(DATE) startsOn: string;
  @ApiProperty(DATE) plannedEndOn: string;
  @ApiProperty({ ...NULLABLE_DATE, description: 'Withheld (null) when the household is restricted: it gives the birth date' })
  ageLimitOn: string | null;
  @ApiProperty({ description: 'Whether ageLimitOn is withheld' }) ageLimitHidden: boolean;
  @ApiProperty(CENTS) monthlyCents: number;
  @ApiProperty(NULLABLE_DATE) endedOn: string | null;
  @ApiProperty({ enum: END_REASONS, nullable: true }) endReason: EndReason | null;
  @ApiProperty({ type: SituationResponse }) situationAtEntry: SituationResponse;
  @ApiProperty({ type: 'integer', example: 1, description: 'Send it back to change the enrolment (optimistic locking)' }) version: number;
}

export function toEnrolmentResponse(e: EnrolmentView): EnrolmentResponse {
  return {
    id: e.id,
    reference: e.reference,
    programmeId: e.programmeId,
    rulesVersion: e.rulesVersion,
    householdId: e.householdId,
    personId: e.personId,
    youngPerson: e.youngPerson && { firstName: e.youngPerson.firstName, lastName: e.youngPerson.lastName, alias: e.youngPerson.alias },
    organisationId: e.organisationId,
    referentUserId: e.referentUserId,
    status: e.status,
    startsOn: e.startsOn,
    plannedEndOn: e.plannedEndOn,
    ageLimitOn: e.ageLimitOn,
    ageLimitHidden: e.ageLimitHidden,
    monthlyCents: e.monthlyCents,
    endedOn: e.endedOn,
    endReason: e.endReason,
    situationAtEntry: toSituation(e.situationAtEntry),
    version: e.version,
  };
}

export class BankDetailsResponse {
  @ApiProperty({ example: 'FR7630006000011234567890189' }) iban: string;
  @ApiProperty() holderName: string;
}

export class EnrolmentPaymentResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty(MONTH) month: string;
  @ApiProperty(DATE) periodStart: string;
  @ApiProperty(DATE) periodEnd: string;
  @ApiProperty(CENTS) amountCents: number;
  @ApiProperty({ enum: PAYMENT_STATUSES }) status: PaymentStatus;
  @ApiProperty(NULLABLE_DATE) paidOn: string | null;
  @ApiProperty(NULLABLE_TEXT) cancelReason: string | null;
}

export class ReviewResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty(DATE) reviewedOn: string;
  @ApiProperty({ type: SituationResponse }) situation: SituationResponse;
}

export class EnrolmentDetailResponse extends EnrolmentResponse {
  @ApiProperty({ type: BankDetailsResponse, nullable: true, description: 'Stipend managers only, decrypted; null for others' })
  bankDetails: BankDetailsResponse | null;
  @ApiProperty() bankDetailsRecorded: boolean;
  @ApiProperty({ type: [EnrolmentPaymentResponse] }) payments: EnrolmentPaymentResponse[];
  @ApiProperty({ type: [ReviewResponse] }) reviews: ReviewResponse[];
}

export function toEnrolmentDetailResponse(e: EnrolmentDetailView): EnrolmentDetailResponse {
  return {
    ...toEnrolmentResponse(e),
    bankDetails: e.bankDetails && { iban: e.bankDetails.iban, holderName: e.bankDetails.holderName },
    bankDetailsRecorded: e.bankDetailsRecorded,
    payments: e.payments.map((p) => ({
      id: p.id,
      month: p.month,
      periodStart: p.periodStart,
      periodEnd: p.periodEnd,
      amountCents: p.amountCents,
      status: p.status,
      paidOn: p.paidOn,
      cancelReason: p.cancelReason,
    })),
    reviews: e.reviews.map((r) => ({ id: r.id, reviewedOn: r.reviewedOn, situation: toSituation(r.situation) })),
  };
}

export class PaymentResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) enrolmentId: string;
  @ApiProperty({ example: 'P-000012', description: 'Payments are handled by reference; names stay on the enrolment' })
  enrolmentReference: string;
  @ApiProperty(MONTH) month: string;
  @ApiProperty(DATE) periodStart: string;
  @ApiProperty(DATE) periodEnd: string;
  @ApiProperty(CENTS) amountCents: number;
  @ApiProperty({ enum: PAYMENT_STATUSES }) status: PaymentStatus;
  @ApiProperty({ type: Date, nullable: true }) validatedAt: Date | null;
  @ApiProperty({ format: 'uuid', type: String, nullable: true, description: 'The treasury export that transmitted it' })
  exportId: string | null;
  @ApiProperty(NULLABLE_DATE) paidOn: string | null;
  @ApiProperty(NULLABLE_TEXT) cancelReason: string | null;
  @ApiProperty({ type: 'integer', example: 1, description: 'Send it back to validate, cancel or confirm the payment' }) version: number;
}

export function toPaymentResponse(p: PaymentView): PaymentResponse {
  return {
    id: p.id,
    enrolmentId: p.enrolmentId,
    enrolmentReference: p.enrolmentReference,
    month: p.month,
    periodStart: p.periodStart,
    periodEnd: p.periodEnd,
    amountCents: p.amountCents,
    status: p.status,
    validatedAt: p.validatedAt,
    exportId: p.exportId,
    paidOn: p.paidOn,
    cancelReason: p.cancelReason,
    version: p.version,
  };
}
