import { addMonths, allowedActions, TransitionTable } from '@app/core';

/**
 * The responses an advisor mobilises on a file, each with its own life cycle: the status it starts
 * in, and for each later status the statuses it may be reached from (the workflow's transition
 * table, as the household's steps and the procedure's stages).
 */
export const SOLUTION_FLOWS = {
  repayment_plan: {
    initial: 'proposed',
    to: { kept: ['proposed'], completed: ['kept'], broken: ['proposed', 'kept'], refused: ['proposed'] },
  },
  fsl: { initial: 'filed', to: { granted: ['filed'], refused: ['filed'] } },
  housing_benefit_maintained: { initial: 'requested', to: { obtained: ['requested'], refused: ['requested'] } },
  mediation: { initial: 'started', to: { agreement: ['started'], failed: ['started'] } },
  social_services_referral: { initial: 'referred', to: { taken_up: ['referred'], declined: ['referred'] } },
  rehousing_request: { initial: 'requested', to: { rehoused: ['requested'], withdrawn: ['requested'] } },
} as const satisfies Record<string, { initial: string; to: TransitionTable<string, string> }>;

export type SolutionKind = keyof typeof SOLUTION_FLOWS;
type Flow<K extends SolutionKind> = (typeof SOLUTION_FLOWS)[K];
/** The statuses of one kind of solution. */
export type SolutionStatusOf<K extends SolutionKind> = Flow<K>['initial'] | keyof Flow<K>['to'];
export type SolutionStatus = { [K in SolutionKind]: SolutionStatusOf<K> }[SolutionKind];

export const SOLUTION_KINDS = Object.keys(SOLUTION_FLOWS) as SolutionKind[];
export const SOLUTION_STATUSES = [
  ...new Set(Object.values(SOLUTION_FLOWS).flatMap((flow) => [flow.initial, ...Object.keys(flow.to)])),
] as SolutionStatus[];

/** A kind's transition table, loosely typed for a status read from the database. */
export function solutionTransitions(kind: SolutionKind): TransitionTable<SolutionStatus, SolutionStatus> {
  return SOLUTION_FLOWS[kind].to as unknown as TransitionTable<SolutionStatus, SolutionStatus>;
}

export function initialStatus<K extends SolutionKind>(kind: K): SolutionStatusOf<K> {
  return SOLUTION_FLOWS[kind].initial;
}

export function isStatusOf(kind: SolutionKind, status: SolutionStatus): boolean {
  return status === SOLUTION_FLOWS[kind].initial || status in SOLUTION_FLOWS[kind].to;
}

/** The statuses a solution may go to from `status`. */
export function nextStatuses(kind: SolutionKind, status: SolutionStatus): SolutionStatus[] {
  return allowedActions(solutionTransitions(kind), status);
}

export interface Instalment {
  dueOn: string;
  amountCents: number;
}

/** The monthly instalments of a repayment plan, from its first due date. */
export function repaymentSchedule(firstDueOn: string, monthlyCents: number, durationMonths: number): Instalment[] {
  return Array.from({ length: durationMonths }, (_, i) => ({ dueOn: addMonths(firstDueOn, i), amountCents: monthlyCents }));
}
