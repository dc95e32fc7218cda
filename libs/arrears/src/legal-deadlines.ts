import { addDays, addMonths } from '@app/core';
import { z } from 'zod';
import { LANDLORD_KINDS, LandlordKind, TRUCE_EXCEPTIONS } from './arrears.types';
import { ProcedureFact, ProcedureState, Stage, STAGES } from './procedure';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD');
const monthDay = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'a day of the year MM-DD');

/** A delay as the law writes it; negative for "before" (the prefect is told 6 weeks before the hearing). */
const delay = z
  .object({
    effectiveFrom: isoDate,
    months: z.number().int().min(-120).max(120).optional(),
    weeks: z.number().int().min(-520).max(520).optional(),
    days: z.number().int().min(-3650).max(3650).optional(),
    source: z.string().min(1).optional(),
  })
  .strict();

const deadline = z
  .object({
    code: z.string().regex(/^[a-z_]+$/),
    /** Shown on the file, in French. */
    label: z.string().min(1),
    /** The stage the delay runs from, and which of its dates. */
    stage: z.enum(STAGES),
    /** The delay runs from the earliest of `stage` and these (the CAF/MSA report counts as the CCAPEX referral). */
    alsoFrom: z.array(z.enum(STAGES)).optional(),
    date: z.enum(['occurredOn', 'hearingOn', 'paymentDelaysEndOn']).default('occurredOn'),
    /** The deadline is shown while the procedure stands at one of these stages. */
    while: z.array(z.enum(STAGES)).min(1),
    /** Only for these lessors (the CCAPEX referral binds companies other than family SCIs). */
    landlordKinds: z.array(z.enum(LANDLORD_KINDS)).optional(),
    /** This stage may not lawfully come before the deadline: recorded earlier, it is flagged as an irregularity. */
    notBefore: z.enum(STAGES).optional(),
    /** A deadline falling in the winter truce moves to the day after it (forced evictions only). */
    skipsWinterTruce: z.boolean().default(false),
    /**
     * Which date chooses the delay among `delays`: the stage's (the law in force when it occurred),
     * or the lease's signing date (a lease keeps the delay of the law it was signed under).
     */
    delayChosenBy: z.enum(['stage', 'leaseSignedOn']).default('stage'),
    /** In French: why the file shows several dates when the lease's signing date is unknown. */
    unknownLeaseNote: z.string().min(1).optional(),
    /**
     * The delay after the notice to quit follows the decisions recorded on the file: suspended until
     * the prefect is informed, shortened or removed by the judge, extended by the enforcement judge.
     */
    evictionDecisions: z.boolean().default(false),
    /** The delay, by the date it came into force (see `delayChosenBy`). */
    delays: z.array(delay).min(1),
  })
  .strict()
  .refine((d) => d.delayChosenBy === 'stage' || d.unknownLeaseNote, 'a delay chosen by the lease needs unknownLeaseNote');

const source = z.string().min(1);

export const arrearsConfigSchema = z
  .object({
    /** Days after a contact (or the opening) when the next contact falls due, unless the advisor sets a date. */
    contactIntervalDays: z.number().int().min(1).max(365),
    /** Longest amicable repayment plan accepted (the judge may grant up to 3 years). */
    maxRepaymentPlanMonths: z.number().int().min(1).max(120),
    /** Longest payment delays a judgment may grant. */
    maxPaymentDelayMonths: z.number().int().min(1).max(120),
    /** No forced eviction between these days (inclusive), every year, save the exceptions the law lists. */
    winterTruce: z
      .object({
        from: monthDay,
        to: monthDay,
        source,
        exceptions: z
          .array(z.object({ code: z.enum(TRUCE_EXCEPTIONS), label: z.string().min(1), source }).strict())
          .refine((list) => TRUCE_EXCEPTIONS.every((code) => list.some((e) => e.code === code)), 'every exception needs its label'),
      })
      .strict(),
    /** The delays the enforcement judge may grant the occupants, by the date of the decision. */
    enforcementDelays: z
      .array(
        z
          .object({ effectiveFrom: isoDate, minMonths: z.number().int().min(0), maxMonths: z.number().int().min(1).max(120), source })
          .strict()
          .refine((r) => r.minMonths <= r.maxMonths, 'minMonths must not exceed maxMonths'),
      )
      .min(1),
    /**
     * When the bailiff must report a formal notice to the CCAPEX: months of rent unpaid, or a debt
     * of so many monthly rents without charges (set by the department's prefect), by date.
     */
    ccapexReportThresholds: z
      .array(
        z
          .object({
            effectiveFrom: isoDate,
            monthsUnpaid: z.number().int().min(1).max(24),
            debtToRentWithoutCharges: z.number().min(1).max(24),
            source,
          })
          .strict(),
      )
      .min(1),
    deadlines: z
      .array(deadline)
      .min(1)
      .refine((list) => new Set(list.map((d) => d.code)).size === list.length, 'deadline codes must be unique'),
  })
  .strict();

export type ArrearsConfig = z.infer<typeof arrearsConfigSchema>;
export type DeadlineRule = ArrearsConfig['deadlines'][number];
export type WinterTruce = Pick<ArrearsConfig['winterTruce'], 'from' | 'to'>;
type Delay = z.infer<typeof delay>;

/** A recorded act or decision beside the stages (see PROCEDURE_FACTS). */
export interface FactDates {
  kind: ProcedureFact;
  occurredOn: string;
  months?: number | null;
  days?: number | null;
}

/** What else than its stages a procedure's deadlines depend on. */
export interface ProcedureContext {
  landlordKind: LandlordKind;
  /** Null when unknown (files opened before it was asked). */
  leaseSignedOn: string | null;
  facts: readonly FactDates[];
}

/** A recorded stage, as the deadline computation needs it. */
export interface StageDates {
  stage: Stage;
  occurredOn: string;
  hearingOn?: string | null;
  paymentDelaysEndOn?: string | null;
}

export interface LegalDeadline {
  code: string;
  label: string;
  dueOn: string;
  /** The stage and date the delay runs from. */
  from: { stage: Stage; date: string };
  /** The delay applied, and the law it comes from. */
  delay: DelayView;
  /** Moved past the winter truce (the date the delay alone gives). */
  postponedFrom?: string;
  notBefore?: Stage;
  /**
   * The delay depends on the lease's signing date, which the file lacks: each possible date, with
   * the leases it applies to; `dueOn` is the earliest of them.
   */
  undetermined?: {
    reason: 'lease_signed_on_unknown';
    /** In French, for the screen. */
    note: string;
    candidates: Array<{ dueOn: string; delay: DelayView; leaseSignedFrom: string; leaseSignedBefore: string | null }>;
  };
}

export interface DelayView {
  months?: number;
  weeks?: number;
  days?: number;
  source?: string;
}

/** How the earliest eviction date follows from the notice to quit and the decisions recorded (CPCE L412-1 to L412-5). */
export interface EarliestEviction {
  noticeToQuitOn: string;
  /** The delay after the notice: the law's, or the one the judge shortened (0: removed). */
  delay: DelayView;
  reducedByJudgeOn: string | null;
  /** The day the delay runs from: the notice, or the day the prefect was informed when later (L412-5). */
  runsFrom: string | null;
  /** The prefect has not been informed: the delay has not started. */
  suspended: boolean;
  /** The end of the latest delay the enforcement judge granted (L412-3). */
  enforcementDelayUntil: string | null;
  /** Null while suspended; else the date, moved past the winter truce when it falls in it. */
  dueOn: string | null;
  postponedFrom?: string;
}

export function inWinterTruce(date: string, truce: WinterTruce): boolean {
  const day = date.slice(5);
  return truce.from <= truce.to ? day >= truce.from && day <= truce.to : day >= truce.from || day <= truce.to;
}

/** The first day after the truce a date falls in (the date itself when outside it). */
export function afterWinterTruce(date: string, truce: WinterTruce): string {
  if (!inWinterTruce(date, truce)) return date;
  const year = Number(date.slice(0, 4));
  const endYear = truce.from > truce.to && date.slice(5) >= truce.from ? year + 1 : year;
  return addDays(`${endYear}-${truce.to}`, 1);
}

/**
 * The legal deadlines of a procedure where it stands now: for each configured deadline shown at
 * the current stage, the delay in force (on the date of the stage it runs from, or of the lease)
 * added to that stage's date. Pure: the same history and configuration always give the same deadlines.
 */
export function legalDeadlines(
  state: ProcedureState,
  stages: readonly StageDates[],
  context: ProcedureContext,
  config: Pick<ArrearsConfig, 'deadlines' | 'winterTruce'>,
): LegalDeadline[] {
  if (state === 'none') return [];
  const deadlines: LegalDeadline[] = [];
  for (const rule of config.deadlines) {
    if (!rule.while.includes(state)) continue;
    if (rule.landlordKinds && !rule.landlordKinds.includes(context.landlordKind)) continue;
    const from = anchorStage(stages, rule);
    const anchor = from?.[rule.date];
    if (!from || !anchor) continue;
    const choice = chooseDelay(rule, from.occurredOn, context.leaseSignedOn);
    if (!choice) continue;
    let plain = applyDelay(anchor, choice.delay);
    let delayShown = delayView(choice.delay);
    if (rule.evictionDecisions) {
      const eviction = evictionDelay(anchor, choice.delay, context.facts);
      if (!eviction.plainDueOn) continue;
      plain = eviction.plainDueOn;
      delayShown = eviction.delay;
    }
    const dueOn = rule.skipsWinterTruce ? afterWinterTruce(plain, config.winterTruce) : plain;
    const candidates = choice.candidates?.map((c) => ({ ...c, dueOn: applyDelay(anchor, c.delay), delay: delayView(c.delay) }));
    // Unknown lease: the earliest possible date, so that nothing is missed.
    const earliest = candidates && [...candidates].sort((a, b) => a.dueOn.localeCompare(b.dueOn))[0];
    deadlines.push({
      code: rule.code,
      label: rule.label,
      dueOn: earliest?.dueOn ?? dueOn,
      from: { stage: from.stage, date: anchor },
      delay: earliest?.delay ?? delayShown,
      ...(rule.notBefore ? { notBefore: rule.notBefore } : {}),
      ...(dueOn !== plain ? { postponedFrom: plain } : {}),
      ...(candidates ? { undetermined: { reason: 'lease_signed_on_unknown' as const, note: rule.unknownLeaseNote!, candidates } } : {}),
    });
  }
  return deadlines.sort((a, b) => a.dueOn.localeCompare(b.dueOn));
}

/**
 * The earliest eviction date with its reasons, once a notice to quit is recorded (null before);
 * shown even while the delay is suspended, when the deadlines cannot show it.
 */
export function earliestEviction(
  stages: readonly StageDates[],
  facts: readonly FactDates[],
  config: Pick<ArrearsConfig, 'deadlines' | 'winterTruce'>,
): EarliestEviction | null {
  const rule = config.deadlines.find((d) => d.evictionDecisions);
  const notice = rule && latest(stages, rule.stage);
  const choice = notice && chooseDelay(rule, notice.occurredOn, null);
  if (!notice || !choice) return null;
  const { plainDueOn, ...rest } = evictionDelay(notice.occurredOn, choice.delay, facts);
  const dueOn = plainDueOn && rule.skipsWinterTruce ? afterWinterTruce(plainDueOn, config.winterTruce) : plainDueOn;
  return { ...rest, dueOn, ...(dueOn !== plainDueOn ? { postponedFrom: plainDueOn! } : {}) };
}

/**
 * The earliest eviction before the winter truce: the delay after the notice to quit (the law's,
 * or the one the judge shortened or removed, L412-1 al. 2) runs from the day the prefect was
 * informed when that came later (L412-5: until then the delay is suspended), and no earlier than
 * the end of the delays the enforcement judge granted (L412-3).
 */
export function evictionDelay(
  noticeToQuitOn: string,
  legalDelay: Delay,
  facts: readonly FactDates[],
): Omit<EarliestEviction, 'dueOn' | 'postponedFrom'> & { plainDueOn: string | null } {
  const reduced = lastOf(facts, 'quit_delay_reduced');
  const delay: Delay = reduced ? { effectiveFrom: reduced.occurredOn, months: reduced.months ?? 0, days: reduced.days ?? 0 } : legalDelay;
  const informed = facts
    .filter((f) => f.kind === 'prefect_informed')
    .map((f) => f.occurredOn)
    .sort()[0];
  // A removed delay has nothing to suspend.
  const runsFrom = applyDelay(noticeToQuitOn, delay) === noticeToQuitOn ? noticeToQuitOn : informed && max(noticeToQuitOn, informed);
  const enforcementDelayUntil =
    facts
      .filter((f) => f.kind === 'enforcement_delay_granted')
      .map((f) => addMonths(f.occurredOn, f.months ?? 0))
      .sort()
      .pop() ?? null;
  const afterDelay = runsFrom ? applyDelay(runsFrom, delay) : null;
  return {
    noticeToQuitOn,
    // The judge's delay keeps the law's source (which names L412-1 al. 2).
    delay: reduced ? { months: delay.months, days: delay.days, source: legalDelay.source } : delayView(delay),
    reducedByJudgeOn: reduced?.occurredOn ?? null,
    runsFrom: runsFrom ?? null,
    suspended: !runsFrom,
    enforcementDelayUntil,
    plainDueOn: afterDelay && (enforcementDelayUntil ? max(afterDelay, enforcementDelayUntil) : afterDelay),
  };
}

export interface CcapexThresholds {
  /** The latest debt reaches one of the thresholds. */
  reached: boolean;
  /** The first debt of the unbroken run of debts that reach them, up to the latest. */
  since: string | null;
  monthsUnpaid: number;
  debtToRentWithoutCharges: number;
  source: string;
}

/**
 * Whether the debt reaches the thresholds at which the bailiff must report the formal notice to
 * the CCAPEX (months unpaid, or a debt of so many monthly rents without charges), with the
 * thresholds in force on the date of the latest debt. The rent is today's (the debts keep rent
 * and charges together).
 */
export function ccapexThresholds(
  debts: ReadonlyArray<{ observedOn: string; amountCents: number; monthsUnpaid: number | null }>,
  rentWithoutChargesCents: number,
  config: Pick<ArrearsConfig, 'ccapexReportThresholds'>,
): CcapexThresholds | null {
  const ordered = [...debts].sort((a, b) => a.observedOn.localeCompare(b.observedOn));
  const last = ordered[ordered.length - 1];
  if (!last) return null;
  const inForce = (on: string) => inForceOn(config.ccapexReportThresholds, on) ?? oldest(config.ccapexReportThresholds);
  const reaches = (d: (typeof ordered)[number]) => {
    const t = inForce(d.observedOn);
    return (d.monthsUnpaid ?? 0) >= t.monthsUnpaid || d.amountCents >= t.debtToRentWithoutCharges * rentWithoutChargesCents;
  };
  let since: string | null = null;
  for (let i = ordered.length - 1; i >= 0 && reaches(ordered[i]); i--) since = ordered[i].observedOn;
  const { monthsUnpaid, debtToRentWithoutCharges, source } = inForce(last.observedOn);
  return { reached: since !== null, since, monthsUnpaid, debtToRentWithoutCharges, source };
}

/** The law's delay after a notice to quit of that date (CPCE L412-1), which the judge may only shorten. */
export function legalQuitDelay(config: Pick<ArrearsConfig, 'deadlines'>, on: string): Delay | undefined {
  const rule = config.deadlines.find((d) => d.evictionDecisions);
  return rule && inForceOn(rule.delays, on);
}

/** The range of delays the enforcement judge may grant on a date (CPCE L412-4), if the configuration has one. */
export function enforcementDelayRange(config: Pick<ArrearsConfig, 'enforcementDelays'>, decidedOn: string) {
  return inForceOn(config.enforcementDelays, decidedOn);
}

/** The next deadline on or after `today`, if any. */
export function nextDeadline(deadlines: readonly LegalDeadline[], today: string): LegalDeadline | null {
  return deadlines.find((d) => d.dueOn >= today) ?? null;
}

function latest(stages: readonly StageDates[], stage: Stage): StageDates | undefined {
  return stages.filter((s) => s.stage === stage).sort((a, b) => b.occurredOn.localeCompare(a.occurredOn))[0];
}

/** The stage record a deadline runs from: the latest of its stage, or the earliest of the latest of each alternative. */
function anchorStage(stages: readonly StageDates[], rule: DeadlineRule): StageDates | undefined {
  return [rule.stage, ...(rule.alsoFrom ?? [])]
    .map((stage) => latest(stages, stage))
    .filter((s): s is StageDates => s !== undefined)
    .sort((a, b) => a.occurredOn.localeCompare(b.occurredOn))[0];
}

/**
 * The delay in force for a deadline. Chosen by the lease: the delay of the law the lease was
 * signed under; unknown lease date: every delay a lease signed before the stage may have (one
 * candidate is no uncertainty).
 */
function chooseDelay(
  rule: DeadlineRule,
  stageOn: string,
  leaseSignedOn: string | null,
): { delay: Delay; candidates?: Array<{ delay: Delay; leaseSignedFrom: string; leaseSignedBefore: string | null }> } | null {
  if (rule.delayChosenBy === 'stage') {
    const delay = inForceOn(rule.delays, stageOn);
    return delay ? { delay } : null;
  }
  if (leaseSignedOn) return { delay: inForceOn(rule.delays, leaseSignedOn) ?? oldest(rule.delays) };
  const possible = [...rule.delays].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  const candidates = possible
    .map((delay, i) => ({ delay, leaseSignedFrom: delay.effectiveFrom, leaseSignedBefore: possible[i + 1]?.effectiveFrom ?? null }))
    .filter((c) => c.leaseSignedFrom <= stageOn);
  const newest = candidates[candidates.length - 1] ?? { delay: possible[0] };
  return candidates.length > 1 ? { delay: newest.delay, candidates } : { delay: newest.delay };
}

function inForceOn<T extends { effectiveFrom: string }>(versions: readonly T[], on: string): T | undefined {
  return versions.filter((v) => v.effectiveFrom <= on).sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0];
}

function oldest<T extends { effectiveFrom: string }>(versions: readonly T[]): T {
  return [...versions].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom))[0];
}

/** A date plus a delay as the law writes it (months first, then weeks and days). */
export function applyDelay(date: string, d: Pick<Delay, 'months' | 'weeks' | 'days'>): string {
  return addDays(addMonths(date, d.months ?? 0), (d.weeks ?? 0) * 7 + (d.days ?? 0));
}

function delayView(d: Delay): DelayView {
  return { months: d.months, weeks: d.weeks, days: d.days, source: d.source };
}

function lastOf(facts: readonly FactDates[], kind: ProcedureFact): FactDates | undefined {
  return facts.filter((f) => f.kind === kind).sort((a, b) => b.occurredOn.localeCompare(a.occurredOn))[0];
}

function max(a: string, b: string): string {
  return a > b ? a : b;
}
