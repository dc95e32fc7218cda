import { allowedActions, isAllowed, TransitionTable } from '@app/core';
import type { CalOutcome, CommissionDecision } from './pathway.types';

/** Statuses of a household file, in pathway order. */
export const HOUSEHOLD_STATUSES = [
  'spotted',
  'file_open',
  'evaluated',
  'proposed',
  'retained',
  'allocated',
  'lease_signed',
  'followed_in_housing',
  'closed',
] as const;
export type HouseholdStatus = (typeof HOUSEHOLD_STATUSES)[number];

/**
 * A step of the pathway, as recorded in the household's timeline. Steps with several possible
 * outcomes carry the outcome that decides the next status.
 */
export type PathwayStep =
  | { type: 'consent.recorded' }
  | { type: 'evaluation.completed' }
  | { type: 'commission.proposed' }
  | { type: 'commission.decided'; decision: CommissionDecision }
  | { type: 'allocation.decided'; outcome: CalOutcome; rank?: number }
  | { type: 'allocation.condition_met' }
  | { type: 'allocation.condition_failed' }
  | { type: 'offer.accepted' }
  | { type: 'offer.declined' }
  | { type: 'offer.lapsed' }
  | { type: 'lease.signed' }
  | { type: 'housing.entered' }
  | { type: 'followup.visited' }
  | { type: 'bail_glissant.reviewed' }
  | { type: 'lease.slid' }
  | { type: 'household.closed' }
  | { type: 'household.reopened' };
export type StepType = PathwayStep['type'];

const OPEN: HouseholdStatus[] = [
  'spotted',
  'file_open',
  'evaluated',
  'proposed',
  'retained',
  'allocated',
  'lease_signed',
  'followed_in_housing',
];

/**
 * The transition table: for each step, the statuses it may start from. Loops back (postponed,
 * refused, not allocated, offer declined) return to `evaluated`, from where the household may
 * be proposed again; so does an offer left unanswered past its deadline, or an allocation whose
 * suspensive condition failed. A lease may follow an allocation, or an evaluation directly (private
 * housing through intermediation does not go through the commission).
 */
export const STEP_FROM = {
  'consent.recorded': ['spotted'],
  'evaluation.completed': ['file_open', 'evaluated'],
  'commission.proposed': ['evaluated'],
  'commission.decided': ['proposed'],
  'allocation.decided': ['retained'],
  'allocation.condition_met': ['allocated'],
  'allocation.condition_failed': ['allocated'],
  'offer.accepted': ['allocated'],
  'offer.declined': ['retained', 'allocated'],
  'offer.lapsed': ['allocated'],
  'lease.signed': ['evaluated', 'allocated'],
  'housing.entered': ['lease_signed'],
  'followup.visited': ['lease_signed', 'followed_in_housing'],
  'bail_glissant.reviewed': ['lease_signed', 'followed_in_housing'],
  'lease.slid': ['lease_signed', 'followed_in_housing'],
  'household.closed': OPEN,
  'household.reopened': ['closed'],
} as const satisfies TransitionTable<StepType, HouseholdStatus>;

export const STEP_TYPES = Object.keys(STEP_FROM) as StepType[];

/** Steps Parcours records itself when a deadline passes: never offered to users. */
const SYSTEM_STEPS: readonly StepType[] = ['offer.lapsed'];

/** The status a step leads to (the step must be allowed from `from`). */
function target(from: HouseholdStatus, step: PathwayStep): HouseholdStatus {
  switch (step.type) {
    case 'consent.recorded':
      return 'file_open';
    case 'evaluation.completed':
      return 'evaluated';
    case 'commission.proposed':
      return 'proposed';
    case 'commission.decided':
      return step.decision === 'retained' ? 'retained' : 'evaluated';
    case 'allocation.decided':
      switch (step.outcome) {
        case 'allocated':
        case 'allocated_with_suspensive_condition':
          return 'allocated';
        case 'allocated_in_rank_order':
          // First in rank gets the home; the others wait for the first to decline.
          return (step.rank ?? 1) === 1 ? 'allocated' : 'retained';
        case 'not_allocated':
        case 'rejected_inadmissible':
          return 'evaluated';
      }
      break;
    case 'allocation.condition_met':
    case 'offer.accepted':
      return 'allocated';
    case 'allocation.condition_failed':
    case 'offer.declined':
    case 'offer.lapsed':
      // Silence past the answer deadline counts as a refusal (CCH R441-10).
      return 'evaluated';
    case 'lease.signed':
      return 'lease_signed';
    case 'housing.entered':
      return 'followed_in_housing';
    case 'followup.visited':
    case 'bail_glissant.reviewed':
    case 'lease.slid':
      return from;
    case 'household.closed':
      return 'closed';
    case 'household.reopened':
      return 'file_open';
  }
}

/** The steps a user may record from `status`. */
export function allowedSteps(status: HouseholdStatus): StepType[] {
  return allowedActions<StepType, HouseholdStatus>(STEP_FROM, status).filter((type) => !SYSTEM_STEPS.includes(type));
}

export type TransitionResult = { ok: true; status: HouseholdStatus } | { ok: false; allowed: StepType[] };

/** One pure transition: the next status, or the steps that would have been allowed. */
export function transition(status: HouseholdStatus, step: PathwayStep): TransitionResult {
  if (!isAllowed<StepType, HouseholdStatus>(STEP_FROM, status, step.type)) return { ok: false, allowed: allowedSteps(status) };
  return { ok: true, status: target(status, step) };
}

/** Replays a timeline from the initial status; throws on an illegal step (a corrupt history). */
export function replay(initial: HouseholdStatus, steps: readonly PathwayStep[]): HouseholdStatus {
  return steps.reduce((status, step, index) => {
    const result = transition(status, step);
    if (!result.ok) throw new Error(`step ${index} (${step.type}) is illegal from ${status}`);
    return result.status;
  }, initial);
}
