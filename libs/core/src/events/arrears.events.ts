import type { EventRegistry } from './event-fields';

/** Events of the rent-arrears context (libs/arrears); no names, no contact details. */
export const ARREARS_EVENTS = {
  'arrears.opened': {
    aggregate: 'arrears_file',
    payload: {
      fileId: 'id',
      organisationId: 'id',
      openedOn: 'date',
      alertSource: 'string',
      householdSize: 'number|null',
      commune: 'string|null',
      landlordId: 'id',
      landlordKind: 'string',
      rentCents: 'number',
      debtCents: 'number|null',
      monthsUnpaid: 'number|null',
      nextContactDueOn: 'date',
    },
  },
  'arrears.contact.recorded': {
    aggregate: 'arrears_file',
    payload: {
      fileId: 'id',
      organisationId: 'id',
      contactId: 'id',
      contactedOn: 'date',
      party: 'string',
      channel: 'string',
      reached: 'boolean',
      // Landlords contacted count once per period: the indicator needs which landlord.
      landlordId: 'id|null',
      nextContactDueOn: 'date',
    },
  },
  'arrears.debt.recorded': {
    aggregate: 'arrears_file',
    payload: {
      fileId: 'id',
      organisationId: 'id',
      observedOn: 'date',
      amountCents: 'number',
      monthsUnpaid: 'number|null',
      rentRatio: 'number|null',
    },
  },
  'arrears.solution.updated': {
    aggregate: 'arrears_file',
    payload: {
      fileId: 'id',
      organisationId: 'id',
      solutionId: 'id',
      kind: 'string',
      status: 'string',
      amountCents: 'number|null',
      monthlyCents: 'number|null',
      durationMonths: 'number|null',
      updatedOn: 'date',
      // A rehousing request's household.
      householdId: 'id?',
    },
  },
  'arrears.stage.reached': {
    aggregate: 'arrears_file',
    payload: {
      fileId: 'id',
      organisationId: 'id',
      stage: 'string',
      occurredOn: 'date',
      leaseTerminated: 'boolean|null',
      paymentDelayMonths: 'number|null',
      irregularities: 'string[]',
      // One field per legal deadline then in force (`deadline_hearing`), which reminder rules start from.
      'deadline_*': 'date',
    },
  },
  'arrears.procedure.updated': {
    aggregate: 'arrears_file',
    payload: {
      fileId: 'id',
      organisationId: 'id',
      // What moved the deadlines: the lease's signing date, or a recorded act or decision.
      change: 'string',
      leaseSignedOn: 'date?',
      kind: 'string?',
      occurredOn: 'date?',
      months: 'number?',
      days: 'number?',
      // Every legal deadline now in force, and those that appear with this change (which start their reminders).
      'deadline_*': 'date',
      'appeared_*': 'boolean',
    },
  },
  'arrears.closed': {
    aggregate: 'arrears_file',
    payload: { fileId: 'id', organisationId: 'id', outcome: 'string', closedOn: 'date', openedOn: 'date', debtCents: 'number|null' },
  },
} as const satisfies EventRegistry;
