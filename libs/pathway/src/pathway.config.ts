import { AppConfig } from '@app/config';
import { DomainError } from '@app/core';
import { z } from 'zod';
import { RESOURCES } from './pathway.types';

const reproposal = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('immediate') }),
  z.object({ kind: z.literal('after_delay'), days: z.number().int().min(1).max(3650) }),
  z.object({ kind: z.literal('after_new_evaluation') }),
]);

/** Who gives a refusal reason: the SIAO-bailleurs commission, the landlord's CAL (non-allocation), the household (an offer declined). */
export const REFUSAL_PARTIES = ['commission', 'landlord', 'household'] as const;
export type RefusalParty = (typeof REFUSAL_PARTIES)[number];

const refusalReason = z
  .object({
    code: z.string().regex(/^[a-z_]+$/),
    label: z.string().min(1),
    reproposal,
    appliesTo: z.array(z.enum(REFUSAL_PARTIES)).min(1),
    /** A household refusal for this reason may cost a priority label (DALO: CCH R441-16-3). */
    affectsPriority: z.boolean().default(false),
  })
  .strict();

const source = z.string().min(1);

const schema = z
  .object({
    /** An SIAO evaluation older than this is stale and must be renewed. */
    evaluationValidityMonths: z.number().int().min(1).max(36),
    /** The household's answer to an offer (CCH R441-10). */
    offerAnswer: z
      .object({
        defaultDays: z.number().int().min(1).max(90),
        minimumDays: z.number().int().min(1).max(90),
        silenceReason: z.string(),
        source,
      })
      .strict()
      .refine((o) => o.defaultDays >= o.minimumDays, 'defaultDays must not be below minimumDays'),
    /** The missing document of an allocation under a suspensive condition (CCH R441-3 c). */
    suspensiveCondition: z.object({ defaultDays: z.number().int().min(1).max(180), source }).strict(),
    /** The review period of a bail glissant and the landlord's notice to the prefect before it ends (CCH L442-8-3). */
    bailGlissant: z
      .object({ defaultReviewMonths: z.number().int().min(1).max(36), prefectNoticeMonthsBefore: z.number().int().min(0).max(12), source })
      .strict(),
    refusalReasonsSource: source,
    /** Resources the law replaced: readable on records dated before `retiredOn`, refused on situations dated from it. */
    retiredResources: z
      .array(
        z
          .object({
            code: z.enum(RESOURCES),
            retiredOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
            replacedBy: z.enum(RESOURCES),
            source: z.string().min(1),
          })
          .strict(),
      )
      .default([]),
    /** Written refusal reasons (CCH L441-2-2), who gives each, and when a refused household may be proposed again. */
    refusalReasons: z
      .array(refusalReason)
      .min(1)
      .refine((reasons) => new Set(reasons.map((r) => r.code)).size === reasons.length, 'reason codes must be unique')
      .refine((reasons) => REFUSAL_PARTIES.every((party) => reasons.some((r) => r.appliesTo.includes(party))), 'each party needs a reason'),
  })
  .refine(
    (c) => c.refusalReasons.some((r) => r.code === c.offerAnswer.silenceReason && r.appliesTo.includes('household')),
    'offerAnswer.silenceReason must be a household refusal reason',
  );

export type PathwayConfig = z.infer<typeof schema>;
export type RefusalReason = PathwayConfig['refusalReasons'][number];

/** `config/pathway.json`, validated at start-up. */
export class PathwaySettings {
  readonly evaluationValidityMonths: number;
  readonly refusalReasons: ReadonlyMap<string, RefusalReason>;
  readonly retiredResources: PathwayConfig['retiredResources'];
  readonly offerAnswer: PathwayConfig['offerAnswer'];
  readonly suspensiveCondition: PathwayConfig['suspensiveCondition'];
  readonly bailGlissant: PathwayConfig['bailGlissant'];

  constructor(config: AppConfig) {
    const file = config.readConfigFile('pathway.json', schema);
    this.evaluationValidityMonths = file.evaluationValidityMonths;
    this.refusalReasons = new Map(file.refusalReasons.map((r) => [r.code, r]));
    this.retiredResources = file.retiredResources;
    this.offerAnswer = file.offerAnswer;
    this.suspensiveCondition = file.suspensiveCondition;
    this.bailGlissant = file.bailGlissant;
  }

  /** The reason `code` if `party` may give it; otherwise a validation error on `field` listing those it may. */
  refusalReason(party: RefusalParty, code: string | undefined, field: string): RefusalReason {
    const reason = code === undefined ? undefined : this.refusalReasons.get(code);
    if (reason?.appliesTo.includes(party)) return reason;
    const allowed = [...this.refusalReasons.values()].filter((r) => r.appliesTo.includes(party)).map((r) => r.code);
    throw DomainError.validation([{ field, problems: [`must be one of: ${allowed.join(', ')}`] }]);
  }

  /** When a household refused for `reason` on `refusedAt` may be proposed again. */
  afterRefusal(reason: RefusalReason, refusedAt: Date): { proposableFrom: Date | null; needsNewEvaluation: boolean } {
    return {
      proposableFrom: reason.reproposal.kind === 'after_delay' ? new Date(refusedAt.getTime() + reason.reproposal.days * 86_400_000) : null,
      needsNewEvaluation: reason.reproposal.kind === 'after_new_evaluation',
    };
  }

  /** Refuses a resource the law had replaced by `date` (YYYY-MM-DD, or an instant: its UTC day) in a new situation. */
  assertCurrentResources(resources: readonly string[] | undefined, date: string, field = 'resources'): void {
    const day = date.slice(0, 10);
    const retired = this.retiredResources.filter((r) => resources?.includes(r.code) && day >= r.retiredOn);
    if (retired.length > 0) {
      throw DomainError.validation([{ field, problems: retired.map((r) => `${r.code} ended on ${r.retiredOn}: use ${r.replacedBy}`) }]);
    }
  }
}
