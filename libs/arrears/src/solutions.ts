import { addMonths } from '@app/core';

/** The responses an advisor mobilises on a file, each with its own life cycle. */
export const SOLUTION_FLOWS = {
  repayment_plan: { proposed: ['kept', 'broken', 'refused'], kept: ['completed', 'broken'], broken: [], refused: [], completed: [] },
  fsl: { filed: ['granted', 'refused'], granted: [], refused: [] },
  housing_benefit_maintained: { requested: ['obtained', 'refused'], obtained: [], refused: [] },
  mediation: { started: ['agreement', 'failed'], agreement: [], failed: [] },
  social_services_referral: { referred: ['taken_up', 'declined'], taken_up: [], declined: [] },
  rehousing_request: { requested: ['rehoused', 'withdrawn'], rehoused: [], withdrawn: [] },
} as const satisfies Record<string, Record<string, readonly string[]>>;

export type SolutionKind = keyof typeof SOLUTION_FLOWS;
export const SOLUTION_KINDS = Object.keys(SOLUTION_FLOWS) as SolutionKind[];
export const SOLUTION_STATUSES = [...new Set(Object.values(SOLUTION_FLOWS).flatMap((flow) => Object.keys(flow)))];

export function initialStatus(kind: SolutionKind): string {
  return Object.keys(SOLUTION_FLOWS[kind])[0];
}

export function isStatusOf(kind: SolutionKind, status: string): boolean {
  return status in SOLUTION_FLOWS[kind];
}

export function nextStatuses(kind: SolutionKind, status: string): string[] {
  return [...((SOLUTION_FLOWS[kind] as Record<string, readonly string[]>)[status] ?? [])];
}

export interface Instalment {
  dueOn: string;
  amountCents: number;
}

/** The monthly instalments of a repayment plan, from its first due date. */
export function repaymentSchedule(firstDueOn: string, monthlyCents: number, durationMonths: number): Instalment[] {
  return Array.from({ length: durationMonths }, (_, i) => ({ dueOn: addMonths(firstDueOn, i), amountCents: monthlyCents }));
}
