import { headerKey } from '@app/core';
import { z } from 'zod';
import { LIVING_SITUATIONS, SEXES } from './pathway.types';

/** The fields an SI-SIAO export may fill; each lists the headers that carry it in config/siao-import.json. */
export const SIAO_IMPORT_FIELDS = [
  'siaoDemandNumber',
  'demandDate',
  'lastName',
  'firstName',
  'birthDate',
  'sex',
  'livingSituation',
  'commune',
  'socialHousingDemandNumber',
  'socialHousingDemandRenewalOn',
] as const;
export type SiaoImportField = (typeof SIAO_IMPORT_FIELDS)[number];
export const SIAO_IMPORT_REQUIRED_FIELDS: SiaoImportField[] = ['siaoDemandNumber', 'demandDate', 'lastName'];

export const siaoImportMappingSchema = z
  .object({
    description: z.string().optional(),
    columns: z.partialRecord(z.enum(SIAO_IMPORT_FIELDS), z.array(z.string().min(1)).min(1)),
    values: z
      .object({
        sex: z.record(z.string(), z.enum(SEXES)).default({}),
        livingSituation: z.record(z.string(), z.enum(LIVING_SITUATIONS)).default({}),
      })
      .strict(),
  })
  .strict()
  .superRefine((mapping, context) => {
    for (const field of SIAO_IMPORT_REQUIRED_FIELDS)
      if (!mapping.columns[field])
        context.addIssue({ code: 'custom', path: ['columns', field], message: 'a required field needs its headers' });
    const owners = new Map<string, string>();
    for (const [field, headers] of Object.entries(mapping.columns))
      for (const header of headers) {
        const owner = owners.get(headerKey(header));
        if (owner && owner !== field)
          context.addIssue({ code: 'custom', path: ['columns', field], message: `"${header}" already names ${owner}` });
        owners.set(headerKey(header), field);
      }
  });

/** The column mapping of an SI-SIAO export, as configured. */
export type SiaoImportMapping = z.infer<typeof siaoImportMappingSchema>;
export const parseSiaoImportMapping = (raw: unknown): SiaoImportMapping => siaoImportMappingSchema.parse(raw);
