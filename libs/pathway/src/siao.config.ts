import { AppConfig } from '@app/config';
import { DomainError } from '@app/core';
import { z } from 'zod';
import { siaoImportMappingSchema, SiaoImportMapping } from './siao-import-mapping';

const code = z.string().regex(/^[a-z_]+$/);
const listed = z.object({ code, label: z.string().min(1), source: z.string().min(1) }).strict();
const uniqueCodes = <T extends { code: string }>(items: T[]) => new Set(items.map((i) => i.code)).size === items.length;

const schema = z
  .object({
    priorityLabels: z.array(listed).min(1).refine(uniqueCodes, 'codes must be unique'),
    supportMeasures: z.array(listed).min(1).refine(uniqueCodes, 'codes must be unique'),
    transferReasons: z
      .array(z.object({ code, label: z.string().min(1) }).strict())
      .min(1)
      .refine(uniqueCodes, 'codes must be unique'),
  })
  .strict();

type Listed = z.infer<typeof listed>;

/** `config/siao.json` (the SIAO's reference lists) and `config/siao-import.json`, validated at start-up. */
export class SiaoSettings {
  readonly priorityLabels: readonly Listed[];
  readonly supportMeasures: readonly Listed[];
  readonly transferReasons: ReadonlyArray<{ code: string; label: string }>;
  readonly importMapping: SiaoImportMapping;

  constructor(config: AppConfig) {
    const file = config.readConfigFile('siao.json', schema);
    this.priorityLabels = file.priorityLabels;
    this.supportMeasures = file.supportMeasures;
    this.transferReasons = file.transferReasons;
    this.importMapping = config.readConfigFile('siao-import.json', siaoImportMappingSchema);
  }

  /** Refuses codes the configured list does not hold. */
  assertListed(kind: 'priorityLabels' | 'supportMeasures' | 'transferReasons', codes: string[], field: string): void {
    const known = new Set(this[kind].map((i) => i.code));
    const unknown = codes.filter((c) => !known.has(c));
    if (unknown.length > 0)
      throw DomainError.validation([{ field, problems: [`unknown codes: ${unknown.join(', ')} (expected: ${[...known].join(', ')})`] }]);
  }
}
