import type { EventRegistry } from './event-fields';

const ENROLMENT = { enrolmentId: 'id', organisationId: 'id', programmeId: 'id' } as const;
const PAYMENT = {
  enrolmentId: 'id',
  organisationId: 'id',
  programmeId: 'id',
  paymentId: 'id',
  month: 'month',
  amountCents: 'number',
} as const;

/** Events of the pécule context (libs/pecule): enrolments, payments, treasury exports. */
export const PECULE_EVENTS = {
  'pecule.enrolled': {
    aggregate: 'pecule_enrolment',
    payload: {
      ...ENROLMENT,
      householdId: 'id',
      // The young person, not the enrolment, is counted once by the indicators.
      personId: 'id',
      startsOn: 'date',
      plannedEndOn: 'date',
      ageLimitOn: 'date|null',
      endsAtAgeLimit: 'boolean',
      monthlyCents: 'number',
      months: 'number',
      ageAtEntry: 'number',
      sex: 'string',
      situationAtEntry: 'object',
    },
  },
  'pecule.ended': {
    aggregate: 'pecule_enrolment',
    payload: { ...ENROLMENT, endedOn: 'date', reason: 'string', cancelledPayments: 'number' },
  },
  'pecule.review.recorded': {
    aggregate: 'pecule_enrolment',
    payload: { ...ENROLMENT, reviewId: 'id', reviewedOn: 'date', situation: 'object' },
  },
  'pecule.payment.validated': { aggregate: 'pecule_enrolment', payload: { ...PAYMENT, remainingCents: 'number' } },
  'pecule.payment.paid': { aggregate: 'pecule_enrolment', payload: { ...PAYMENT, paidOn: 'date' } },
  'pecule.payment.cancelled': { aggregate: 'pecule_enrolment', payload: { ...PAYMENT, from: 'string', reason: 'string' } },
  'pecule.export.generated': {
    aggregate: 'pecule_programme',
    payload: { programmeId: 'id', exportId: 'id', month: 'month', paymentCount: 'number', totalCents: 'number' },
  },
  'pecule.payments.due': {
    aggregate: 'pecule_programme',
    payload: { programmeId: 'id', month: 'month', plannedCount: 'number', plannedCents: 'number' },
  },
} as const satisfies EventRegistry;
