import { allowedActions, isAllowed, TransitionTable } from '@app/core';

/**
 * The stages of a rent-arrears eviction procedure, in legal order. The winter truce is not a
 * stage: it is a period each year during which no forced eviction may take place, applied to the
 * deadlines (see legal-deadlines.ts).
 */
export const STAGES = [
  'first_unpaid_rent',
  'caf_msa_report',
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
 * postponed (a second hearing). A CCAPEX referral and the report of the arrears to the CAF/MSA
 * (which counts as a referral, loi 89-462 art. 24 II) may come before or after the formal notice.
 */
export const STAGE_FROM = {
  first_unpaid_rent: ['none'],
  caf_msa_report: ['none', 'first_unpaid_rent', 'formal_notice', 'ccapex_referral'],
  formal_notice: ['none', 'first_unpaid_rent', 'ccapex_referral', 'caf_msa_report'],
  ccapex_referral: ['none', 'first_unpaid_rent', 'formal_notice', 'caf_msa_report'],
  court_summons: ['none', 'formal_notice', 'ccapex_referral', 'caf_msa_report'],
  hearing: ['court_summons', 'hearing'],
  judgment: ['none', 'hearing'],
  notice_to_quit: ['none', 'judgment'],
  police_assistance_requested: ['notice_to_quit'],
  eviction_carried_out: ['notice_to_quit', 'police_assistance_requested'],
} as const satisfies TransitionTable<Stage, ProcedureState>;

/**
 * Acts and decisions recorded beside the stages; they do not move the procedure on, but some
 * change its deadlines or what may follow:
 * - `formal_notice_reported_to_ccapex`: the bailiff reported the formal notice to the CCAPEX
 *   (loi 89-462 art. 24 I, when the department's thresholds are reached);
 * - `social_financial_diagnosis`: the social and financial diagnosis was made (art. 24 III);
 * - `rent_resumed_before_hearing`: the tenant paid the full current rent again before the
 *   hearing, without which the judge may not grant payment delays (art. 24 V);
 * - `judgment_served`: the judgment was served on the tenant;
 * - `missed_instalment`: an instalment of the payment delays the judge granted was missed, which
 *   alone lets the termination clause take effect again (art. 24 VII);
 * - `prefect_informed`: the bailiff informed the prefect of the notice to quit; until then the
 *   two months after it are suspended (CPCE L412-5);
 * - `quit_delay_reduced`: the judge shortened or removed those two months (L412-1 al. 2);
 * - `enforcement_delay_granted`: the enforcement judge granted the occupants a delay
 *   (L412-3, within the range L412-4 sets).
 */
export const PROCEDURE_FACTS = [
  'formal_notice_reported_to_ccapex',
  'social_financial_diagnosis',
  'rent_resumed_before_hearing',
  'judgment_served',
  'missed_instalment',
  'prefect_informed',
  'quit_delay_reduced',
  'enforcement_delay_granted',
] as const;
export type ProcedureFact = (typeof PROCEDURE_FACTS)[number];

/** The stages one of which must be recorded before a fact (any stage when absent). */
export const FACT_AFTER: Partial<Record<ProcedureFact, readonly Stage[]>> = {
  formal_notice_reported_to_ccapex: ['formal_notice'],
  judgment_served: ['judgment'],
  missed_instalment: ['judgment'],
  prefect_informed: ['notice_to_quit'],
  quit_delay_reduced: ['judgment', 'notice_to_quit'],
  enforcement_delay_granted: ['judgment', 'notice_to_quit'],
};

/** The terms of a judgment that decide what may follow it. */
export interface JudgmentTerms {
  leaseTerminated: boolean;
  paymentDelayMonths: number;
  /** Whether an instalment of the payment delays was recorded as missed since the judgment. */
  instalmentMissed?: boolean;
}

export function allowedStages(state: ProcedureState): Stage[] {
  return allowedActions<Stage, ProcedureState>(STAGE_FROM, state);
}

export type StageCheck =
  { ok: true } | { ok: false; code: 'ILLEGAL_TRANSITION' | 'MISSED_INSTALMENT_REQUIRED'; allowed: Stage[]; reason: string };

/**
 * Whether `next` may be recorded now. A notice to quit needs a judgment that terminated the lease
 * (possibly suspended while payment delays are kept): a judgment that maintained the lease
 * without conditions ends the procedure. When the judgment granted payment delays, the lease is
 * terminated only if an instalment is missed (loi 89-462 art. 24 VII): the notice to quit needs
 * that missed instalment recorded.
 */
export function checkStage(state: ProcedureState, next: Stage, lastJudgment?: JudgmentTerms): StageCheck {
  if (!isAllowed<Stage, ProcedureState>(STAGE_FROM, state, next))
    return { ok: false, code: 'ILLEGAL_TRANSITION', allowed: allowedStages(state), reason: `${next} cannot follow ${state}` };
  if (next !== 'notice_to_quit' || state !== 'judgment' || !lastJudgment) return { ok: true };
  const allowed = allowedStages(state).filter((s) => s !== 'notice_to_quit');
  if (!lastJudgment.leaseTerminated)
    return { ok: false, code: 'ILLEGAL_TRANSITION', allowed, reason: 'the judgment did not terminate the lease' };
  if (lastJudgment.paymentDelayMonths > 0 && !lastJudgment.instalmentMissed)
    return {
      ok: false,
      code: 'MISSED_INSTALMENT_REQUIRED',
      allowed,
      reason:
        'the judgment granted payment delays: the lease is terminated only if an instalment is missed (loi 89-462 art. 24 VII); record the missed instalment first',
    };
  return { ok: true };
}
