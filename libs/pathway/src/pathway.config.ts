import { AppConfig } from '@app/config';
import { z } from 'zod';

const reproposal = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('immediate') }),
  z.object({ kind: z.literal('after_delay'), days: z.number().int().min(1).max(3650) }),
  z.object({ kind: z.literal('after_new_evaluation') }),
]);

const schema = z.object({
  /** An SIAO evaluation older than this is stale and must be renewed. */
  evaluationValidityMonths: z.number().int().min(1).max(36),
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

  constructor(config: AppConfig) {
    const file = config.readConfigFile('pathway.json', schema);
    this.evaluationValidityMonths = file.evaluationValidityMonths;
    this.refusalReasons = new Map(file.refusalReasons.map((r) => [r.code, r]));
  }
}
