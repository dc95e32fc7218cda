import { addDays, addMonths } from '@app/core';
import { z } from 'zod';
import { LANDLORD_KINDS, LandlordKind } from './arrears.types';
import { ProcedureState, Stage, STAGES } from './procedure';

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
     * The delay, by the date it came into force: the law in force on the date of the stage it runs
     * from applies (a formal notice served before 29 July 2023 keeps its two months).
     */
    delays: z.array(delay).min(1),
  })
  .strict();

export const arrearsConfigSchema = z
  .object({
    /** Days after a contact (or the opening) when the next contact falls due, unless the advisor sets a date. */
    contactIntervalDays: z.number().int().min(1).max(365),
    /** Longest amicable repayment plan accepted (the judge may grant up to 3 years). */
    maxRepaymentPlanMonths: z.number().int().min(1).max(120),
    /** Longest payment delays a judgment may grant. */
    maxPaymentDelayMonths: z.number().int().min(1).max(120),
    /** No forced eviction between these days (inclusive), every year. */
    winterTruce: z.object({ from: monthDay, to: monthDay }).strict(),
    deadlines: z
      .array(deadline)
      .min(1)
      .refine((list) => new Set(list.map((d) => d.code)).size === list.length, 'deadline codes must be unique'),
  })
  .strict();

export type ArrearsConfig = z.infer<typeof arrearsConfigSchema>;
export type DeadlineRule = ArrearsConfig['deadlines'][number];
export type WinterTruce = ArrearsConfig['winterTruce'];

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
  delay: { months?: number; weeks?: number; days?: number; source?: string };
  /** Moved past the winter truce (the date the delay alone gives). */
  postponedFrom?: string;
  notBefore?: Stage;
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
 * the current stage, the delay in force on the date of the latest stage it runs from, added to
 * that date. Pure: the same history and configuration always give the same deadlines.
 */
export function legalDeadlines(
  state: ProcedureState,
  stages: readonly StageDates[],
  landlordKind: LandlordKind,
  config: Pick<ArrearsConfig, 'deadlines' | 'winterTruce'>,
): LegalDeadline[] {
  if (state === 'none') return [];
  const deadlines: LegalDeadline[] = [];
  for (const rule of config.deadlines) {
    if (!rule.while.includes(state)) continue;
    if (rule.landlordKinds && !rule.landlordKinds.includes(landlordKind)) continue;
    const from = latest(stages, rule.stage);
    const anchor = from?.[rule.date];
    if (!from || !anchor) continue;
    const inForce = rule.delays
      .filter((d) => d.effectiveFrom <= from.occurredOn)
      .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0];
    if (!inForce) continue;
    const plain = addDays(addMonths(anchor, inForce.months ?? 0), (inForce.weeks ?? 0) * 7 + (inForce.days ?? 0));
    const dueOn = rule.skipsWinterTruce ? afterWinterTruce(plain, config.winterTruce) : plain;
    deadlines.push({
      code: rule.code,
      label: rule.label,
      dueOn,
      from: { stage: rule.stage, date: anchor },
      delay: { months: inForce.months, weeks: inForce.weeks, days: inForce.days, source: inForce.source },
      ...(rule.notBefore ? { notBefore: rule.notBefore } : {}),
      ...(dueOn !== plain ? { postponedFrom: plain } : {}),
    });
  }
  return deadlines.sort((a, b) => a.dueOn.localeCompare(b.dueOn));
}

/** The next deadline on or after `today`, if any. */
export function nextDeadline(deadlines: readonly LegalDeadline[], today: string): LegalDeadline | null {
  return deadlines.find((d) => d.dueOn >= today) ?? null;
}

function latest(stages: readonly StageDates[], stage: Stage): StageDates | undefined {
  return stages.filter((s) => s.stage === stage).sort((a, b) => b.occurredOn.localeCompare(a.occurredOn))[0];
}
