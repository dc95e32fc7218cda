/**
 * The stages of a rent-arrears eviction procedure, in legal order. The winter truce is not a
 * stage: it is a period each year during which no forced eviction may take place, applied to the
 * deadlines (see legal-deadlines.ts).
 */
export const STAGES = [
  'first_unpaid_rent',
  'formal_notice',
  'ccapex_referral',
  'court_summons',
  'hearing',
  'judgment',
  'notice_to_quit',
  'police_assistance_requested',
  'eviction_carried_out',
] as const;
export type Stage = (typeof STAGES)[number];

/** Where a file's procedure stands: `none` until a first stage is recorded. */
export type ProcedureState = Stage | 'none';

/**
 * For each stage, the states it may be recorded from. A file often opens when the procedure is
 * already under way (an alert from the court or the bailiff), so a first stage may be any stage
 * up to the notice to quit; from then on, stages follow the law's order. A hearing may be
 * postponed (a second hearing). A CCAPEX referral may come before or after the formal notice.
 */
export const STAGE_FROM = {
  first_unpaid_rent: ['none'],
  formal_notice: ['none', 'first_unpaid_rent', 'ccapex_referral'],
  ccapex_referral: ['none', 'first_unpaid_rent', 'formal_notice'],
  court_summons: ['none', 'formal_notice', 'ccapex_referral'],
  hearing: ['court_summons', 'hearing'],
  judgment: ['none', 'hearing'],
  notice_to_quit: ['none', 'judgment'],
  police_assistance_requested: ['notice_to_quit'],
  eviction_carried_out: ['notice_to_quit', 'police_assistance_requested'],
} as const satisfies Record<Stage, readonly ProcedureState[]>;

/** The terms of a judgment that decide what may follow it. */
export interface JudgmentTerms {
  leaseTerminated: boolean;
  paymentDelayMonths: number;
}

export function allowedStages(state: ProcedureState): Stage[] {
  return STAGES.filter((stage) => (STAGE_FROM[stage] as readonly ProcedureState[]).includes(state));
}

export type StageCheck = { ok: true } | { ok: false; allowed: Stage[]; reason: string };

/**
 * Whether `next` may be recorded now. A notice to quit needs a judgment that terminated the lease
 * (possibly suspended while payment delays are kept): a judgment that maintained the lease
 * without conditions ends the procedure.
 */
export function checkStage(state: ProcedureState, next: Stage, lastJudgment?: JudgmentTerms): StageCheck {
  if (!(STAGE_FROM[next] as readonly ProcedureState[]).includes(state))
    return { ok: false, allowed: allowedStages(state), reason: `${next} cannot follow ${state}` };
  if (next === 'notice_to_quit' && state === 'judgment' && lastJudgment && !lastJudgment.leaseTerminated)
    return {
      ok: false,
      allowed: allowedStages(state).filter((s) => s !== 'notice_to_quit'),
      reason: 'the judgment did not terminate the lease',
    };
  return { ok: true };
}
