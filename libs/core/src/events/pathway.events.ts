import type { EventRegistry } from './event-fields';

/** What every step of a household's pathway carries: the file, its timeline event, and the status change. */
const STEP = { householdId: 'id', eventId: 'id', organisationId: 'id', from: 'string', status: 'string' } as const;

/** A change of the household's composition. */
const COMPOSITION = {
  householdId: 'id',
  eventId: 'id',
  personId: 'id',
  role: 'string',
  reason: 'string',
  personCount: 'number',
  householdType: 'string',
} as const;

/** Events of the pathway context (libs/pathway): households, commission, maraude. */
export const PATHWAY_EVENTS = {
  'household.opened': {
    aggregate: 'household',
    payload: {
      householdId: 'id',
      eventId: 'id',
      organisationId: 'id',
      status: 'string',
      entryChannel: 'string',
      householdType: 'string',
      personCount: 'number',
      commune: 'string|null',
    },
  },
  'consent.recorded': { aggregate: 'household', payload: STEP },
  'evaluation.completed': {
    aggregate: 'household',
    payload: { ...STEP, orientation: 'string', intensity: 'string', needs: 'string[]' },
  },
  'commission.proposed': {
    aggregate: 'household',
    payload: { ...STEP, sessionId: 'id', proposalId: 'id', sessionAt: 'instant', typology: 'string|null', commune: 'string|null' },
  },
  'commission.decided': {
    aggregate: 'household',
    payload: { ...STEP, sessionId: 'id', proposalId: 'id', decision: 'string', refusalReason: 'string|null' },
  },
  'allocation.decided': {
    aggregate: 'household',
    payload: {
      ...STEP,
      proposalId: 'id',
      sessionId: 'id',
      outcome: 'string',
      rank: 'number|null',
      // The landlord's written reason for a non-allocation or rejection (CCH L441-2-2).
      reason: 'string|null',
      // The household's answer deadline (CCH R441-10) and the suspensive condition's (R441-3 c).
      answerDueOn: 'date|null',
      conditionDueOn: 'date|null',
    },
  },
  'offer.accepted': { aggregate: 'household', payload: STEP },
  'offer.declined': { aggregate: 'household', payload: { ...STEP, reason: 'string', affectsPriority: 'boolean' } },
  // Silence past the answer deadline counts as a refusal (CCH R441-10), recorded by a daily job.
  'offer.lapsed': {
    aggregate: 'household',
    payload: { ...STEP, reason: 'string', affectsPriority: 'boolean', answerDueOn: 'date' },
  },
  'allocation.condition_met': { aggregate: 'household', payload: STEP },
  'allocation.condition_failed': { aggregate: 'household', payload: STEP },
  'lease.signed': {
    aggregate: 'household',
    // A bail glissant's next review and the landlord's notice to the prefect before it (CCH L442-8-3).
    payload: { ...STEP, leaseType: 'string', commune: 'string|null', nextReviewOn: 'date?', prefectNoticeDueOn: 'date?' },
  },
  'housing.entered': { aggregate: 'household', payload: STEP },
  'followup.visited': { aggregate: 'household', payload: STEP },
  'bail_glissant.reviewed': { aggregate: 'household', payload: { ...STEP, nextReviewOn: 'date', prefectNoticeDueOn: 'date' } },
  'lease.slid': { aggregate: 'household', payload: { ...STEP, leaseType: 'string' } },
  'household.closed': { aggregate: 'household', payload: { ...STEP, reason: 'string' } },
  'household.reopened': { aggregate: 'household', payload: STEP },
  // A person joins or leaves the household on a date (a birth, a departure); no names.
  'household.person.added': { aggregate: 'household', payload: COMPOSITION },
  'household.person.removed': { aggregate: 'household', payload: COMPOSITION },
  // The file moves to another organisation of the territory; its reminders follow the new referent.
  'household.transferred': {
    aggregate: 'household',
    payload: {
      householdId: 'id',
      eventId: 'id',
      fromOrganisationId: 'id',
      toOrganisationId: 'id',
      reason: 'string',
      keptShared: 'boolean',
      referentUserId: 'id|null',
    },
  },
  // Starts, moves or (null) cancels the reminder before the social-housing demand lapses (CCH R441-2-8).
  'household.demand_renewal.set': { aggregate: 'household', payload: { householdId: 'id', renewalDueOn: 'date|null' } },
  'maraude.encounter.recorded': {
    aggregate: 'maraude_encounter',
    payload: {
      encounterId: 'id',
      organisationId: 'id',
      peopleMet: 'number',
      anonymousPeople: 'number',
      householdIds: 'id[]',
      zone: 'string|null',
    },
  },
  'maraude.encounter.linked': {
    aggregate: 'maraude_encounter',
    // -1: the person linked was one of the anonymous people met; 0: beyond the people met.
    payload: { encounterId: 'id', householdId: 'id', organisationId: 'id', anonymousPeopleChange: 'number' },
  },
  'commission.session.moved': {
    aggregate: 'commission_session',
    payload: { sessionId: 'id', from: 'instant', sessionAt: 'instant', householdIds: 'id[]' },
  },
} as const satisfies EventRegistry;
