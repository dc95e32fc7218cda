import {
  communeCodeByName,
  CsvDelimiter,
  CsvEncoding,
  CsvFileError,
  FieldProblem,
  headerKey,
  isCommuneCode,
  parseFrenchDate,
  readCsvTable,
} from '@app/core';
import { LivingSituation, normalizeIdentifier, Sex, SIAO_DEMAND_NUMBER, SOCIAL_HOUSING_DEMAND_NUMBER } from './pathway.types';
import { SIAO_IMPORT_REQUIRED_FIELDS, SiaoImportField, SiaoImportMapping } from './siao-import-mapping';

/**
 * SI-SIAO exports of demands, as CSV. Each SIAO sets its own extraction, so which column carries
 * which field is configuration (config/siao-import.json): headers are matched whatever their
 * accents, case and punctuation, and columns the mapping does not name are ignored.
 */
export const MAX_SIAO_ROWS = 2000;

/** One valid row: a demand, with its applicant as the household's reference person. */
export interface SiaoDemandRow {
  line: number;
  siaoDemandNumber: string;
  demandDate: string;
  lastName: string;
  firstName: string | null;
  birthDate: string | null;
  sex: Sex;
  livingSituation: LivingSituation;
  commune: string | null;
  socialHousingDemandNumber: string | null;
  socialHousingDemandRenewalOn: string | null;
}

export type ParsedSiaoRow = { line: number; row: SiaoDemandRow } | { line: number; problems: FieldProblem[] };

export interface ParsedSiaoFile {
  encoding: CsvEncoding;
  delimiter: CsvDelimiter;
  /** Headers of the file that the mapping does not name. */
  ignoredColumns: string[];
  rows: ParsedSiaoRow[];
}

/** Reads an export: a header without the required fields rejects the file; other problems are reported per row. */
export function parseSiaoFile(bytes: Uint8Array, today: string, mapping: SiaoImportMapping): ParsedSiaoFile {
  const table = readCsvTable(bytes, MAX_SIAO_ROWS);
  const fieldOfHeader = new Map<string, SiaoImportField>();
  for (const [field, headers] of Object.entries(mapping.columns) as Array<[SiaoImportField, string[]]>)
    for (const header of headers) fieldOfHeader.set(headerKey(header), field);
  const fields = table.header.map((h) => fieldOfHeader.get(headerKey(h)) ?? null);
  const missing = SIAO_IMPORT_REQUIRED_FIELDS.filter((f) => !fields.includes(f));
  const repeated = fields.filter((f, i) => f !== null && fields.indexOf(f) !== i);
  const headerProblems = [
    ...missing.map((f) => `missing a column for ${f} (headers accepted: ${mapping.columns[f]!.join(', ')})`),
    ...(repeated.length ? [`several columns for: ${[...new Set(repeated)].join(', ')}`] : []),
  ];
  if (headerProblems.length) throw new CsvFileError([{ field: 'header', problems: headerProblems }]);
  return {
    encoding: table.encoding,
    delimiter: table.delimiter,
    ignoredColumns: table.header.filter((_, i) => fields[i] === null),
    rows: table.rows.map(({ line, cells }) => {
      const values: Partial<Record<SiaoImportField, string>> = {};
      fields.forEach((field, i) => {
        if (field) values[field] = cells[i]?.trim() ?? '';
      });
      return readRow(line, values, cells.length === fields.length, today, mapping);
    }),
  };
}

function readRow(
  line: number,
  v: Partial<Record<SiaoImportField, string>>,
  complete: boolean,
  today: string,
  mapping: SiaoImportMapping,
): ParsedSiaoRow {
  const problems: FieldProblem[] = [];
  const problem = (field: SiaoImportField, message: string) => problems.push({ field, problems: [message] });
  const text = (field: SiaoImportField, max: number): string | null => {
    const value = v[field] ?? '';
    if (value.length > max) problem(field, `at most ${max} characters`);
    return value === '' ? null : value;
  };
  const date = (field: SiaoImportField, pastOnly: boolean): string | null => {
    const raw = v[field] ?? '';
    if (raw === '') return null;
    const parsed = parseFrenchDate(raw);
    if (!parsed) problem(field, `"${raw}" is not a date such as 31/12/2026`);
    else if (pastOnly && parsed > today) problem(field, 'must not be in the future');
    return parsed;
  };
  const listed = <T extends string>(field: SiaoImportField, words: Record<string, T>, fallback: T): T => {
    const raw = v[field] ?? '';
    if (raw === '') return fallback;
    const byKey = new Map(Object.entries(words).map(([word, value]) => [headerKey(word), value]));
    const found = byKey.get(headerKey(raw)) ?? (Object.values(words).includes(raw as T) ? (raw as T) : undefined);
    if (!found) problem(field, `"${raw}" is not in the mapping (expected one of: ${Object.keys(words).join(', ')})`);
    return found ?? fallback;
  };
  const identifier = (field: SiaoImportField, pattern: RegExp): string | null => {
    const raw = v[field] ?? '';
    if (raw === '') return null;
    const value = normalizeIdentifier(raw);
    if (!pattern.test(value)) problem(field, `"${raw}" is not a valid number`);
    return value;
  };

  if (!complete) problems.push({ field: 'line', problems: ['the number of cells differs from the header'] });
  const siaoDemandNumber = identifier('siaoDemandNumber', SIAO_DEMAND_NUMBER);
  if (!siaoDemandNumber) problem('siaoDemandNumber', 'required');
  const demandDate = date('demandDate', true);
  if (!demandDate && !v.demandDate) problem('demandDate', 'required');
  const lastName = text('lastName', 100);
  if (!lastName) problem('lastName', 'required');
  const birthDate = date('birthDate', true);
  const communeText = text('commune', 100);
  const commune = communeText && (isCommuneCode(communeText.toUpperCase()) ? communeText.toUpperCase() : communeCodeByName(communeText));
  if (communeText && !commune)
    problem('commune', 'not a commune of the INSEE reference, or a name several communes share: give its INSEE code');
  const row: SiaoDemandRow = {
    line,
    siaoDemandNumber: siaoDemandNumber ?? '',
    demandDate: demandDate ?? '',
    lastName: lastName ?? '',
    firstName: text('firstName', 100),
    birthDate,
    sex: listed('sex', mapping.values.sex, 'unknown'),
    livingSituation: listed('livingSituation', mapping.values.livingSituation, 'other'),
    commune: commune ?? null,
    socialHousingDemandNumber: identifier('socialHousingDemandNumber', SOCIAL_HOUSING_DEMAND_NUMBER),
    socialHousingDemandRenewalOn: date('socialHousingDemandRenewalOn', false),
  };
  return problems.length ? { line, problems } : { line, row };
}
