import { AppConfig } from '@app/config';
import { DomainError } from '@app/core';
import { z } from 'zod';
import { RESOURCES } from './pathway.types';

const reproposal = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('immediate') }),
  z.object({ kind: z.literal('after_delay'), days: z.number().int().min(1).max(3650) }),
  z.object({ kind: z.literal('after_new_evaluation') }),
]);

const schema = z.object({
  /** An SIAO evaluation older than this is stale and must be renewed. */
  evaluationValidityMonths: z.number().int().min(1).max(36),
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
  /** Commission refusal reasons, and when a refused household may be proposed again. */
  refusalReasons: z
    .array(z.object({ code: z.string().regex(/^[a-z_]+$/), label: z.string().min(1), reproposal }))
    .min(1)
    .refine((reasons) => new Set(reasons.map((r) => r.code)).size === reasons.length, 'reason codes must be unique'),
});

export type PathwayConfig = z.infer<typeof schema>;
export type RefusalReason = PathwayConfig['refusalReasons'][number];

/** `config/pathway.json`, validated at start-up. */
export class PathwaySettings {
  readonly evaluationValidityMonths: number;
  readonly refusalReasons: ReadonlyMap<string, RefusalReason>;
  readonly retiredResources: PathwayConfig['retiredResources'];

  constructor(config: AppConfig) {
    const file = config.readConfigFile('pathway.json', schema);
    this.evaluationValidityMonths = file.evaluationValidityMonths;
    this.refusalReasons = new Map(file.refusalReasons.map((r) => [r.code, r]));
    this.retiredResources = file.retiredResources;
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
