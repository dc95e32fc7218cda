import {
  communeCodeByName,
  CsvDelimiter,
  CsvEncoding,
  CsvFileError,
  FieldProblem,
  headerKey,
  isCommuneCode,
  normalizeName,
  parseFrenchDate,
  readCsvTable,
} from '@app/core';
import { ALERT_SOURCES, AlertSource, LandlordKind } from './arrears.types';

/**
 * Alert lists sent by landlords and the CAF, as CSV. French spreadsheets export them with
 * semicolons, decimal commas and often in Windows-1252 (Latin-1): all are accepted. Columns are
 * named in French, in any order; accents, case and spaces in headers do not matter.
 */
const COLUMNS = {
  nom: 'tenantLastName',
  prenom: 'tenantFirstName',
  telephone: 'tenantPhone',
  courriel: 'tenantEmail',
  commune: 'commune',
  personnes: 'householdSize',
  loyer: 'rent',
  charges: 'charges',
  bailleur: 'landlordName',
  type_bailleur: 'landlordKind',
  dette: 'debt',
  mois_impayes: 'monthsUnpaid',
  date_situation: 'observedOn',
  source: 'alertSource',
} as const;
type Column = keyof typeof COLUMNS;
/** Other names the same columns go by in exported lists. */
const ALIASES: Record<string, Column> = {
  prenoms: 'prenom',
  tel: 'telephone',
  email: 'courriel',
  e_mail: 'courriel',
  mail: 'courriel',
  ville: 'commune',
  nb_personnes: 'personnes',
  taille_menage: 'personnes',
  proprietaire: 'bailleur',
  montant_dette: 'dette',
  impaye: 'dette',
  date: 'date_situation',
};
const REQUIRED: Column[] = ['nom', 'commune', 'loyer', 'bailleur', 'dette', 'date_situation'];
export const ALERT_CSV_COLUMNS = Object.keys(COLUMNS) as Column[];
export const ALERT_CSV_REQUIRED_COLUMNS = REQUIRED;

const LANDLORD_KIND_WORDS: Record<string, LandlordKind> = {
  particulier: 'individual',
  personne_physique: 'individual',
  sci_familiale: 'family_sci',
  societe: 'company',
  personne_morale: 'company',
};
const SOURCE_WORDS: Record<string, AlertSource> = {
  bailleur: 'landlord',
  caf: 'caf',
  msa: 'caf',
  services_sociaux: 'social_services',
  locataire: 'tenant',
  tribunal: 'court',
  autre: 'other',
};

export const MAX_ALERT_ROWS = 5000;
const MAX_CENTS = 100_000_000;

/** One valid row, ready to become a file. */
export interface AlertRow {
  line: number;
  tenantLastName: string;
  tenantFirstName: string | null;
  tenantPhone: string | null;
  tenantEmail: string | null;
  commune: string;
  householdSize: number | null;
  rentCents: number;
  chargesCents: number;
  landlordName: string;
  landlordKind: LandlordKind;
  debtCents: number;
  monthsUnpaid: number | null;
  observedOn: string;
  alertSource: AlertSource;
}

export type ParsedRow = { line: number; row: AlertRow } | { line: number; problems: FieldProblem[] };

export interface ParsedAlertFile {
  encoding: CsvEncoding;
  delimiter: CsvDelimiter;
  rows: ParsedRow[];
}

/** Euros as French spreadsheets write them: `1 234,56`, `1234.56`, `1.234,56 €`. Null when unreadable. */
export function parseEuros(value: string): number | null {
  let text = value.replace(/[\s\u00a0\u202f€]/g, '');
  if (/^\d{1,3}(\.\d{3})+(,\d{1,2})?$/.test(text)) text = text.replace(/\./g, '');
  text = text.replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(text)) return null;
  return Math.round(Number(text) * 100);
}

function columnOf(header: string): string {
  const key = headerKey(header);
  return ALIASES[key] ?? key;
}

/**
 * Reads an alert file: a bad header (missing or unknown columns) rejects the whole file; every
 * other problem is reported for its row, and a row with any problem is not imported.
 */
export function parseAlertFile(bytes: Uint8Array, today: string, defaultSource: AlertSource): ParsedAlertFile {
  const table = readCsvTable(bytes, MAX_ALERT_ROWS);
  const header = table.header.map(columnOf);
  const unknown = header.filter((h) => !(h in COLUMNS));
  const missing = REQUIRED.filter((c) => !header.includes(c));
  const duplicated = header.filter((h, i) => header.indexOf(h) !== i);
  const headerProblems = [
    ...(missing.length ? [`missing columns: ${missing.join(', ')}`] : []),
    ...(unknown.length ? [`unknown columns: ${unknown.join(', ')} (expected: ${ALERT_CSV_COLUMNS.join(', ')})`] : []),
    ...(duplicated.length ? [`repeated columns: ${duplicated.join(', ')}`] : []),
  ];
  if (headerProblems.length) throw new CsvFileError([{ field: 'header', problems: headerProblems }]);
  const columns = header as Column[];
  return {
    encoding: table.encoding,
    delimiter: table.delimiter,
    rows: table.rows.map(({ line, cells }) => {
      const values = Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? ''])) as Record<Column, string | undefined>;
      return readRow(line, values, cells.length === columns.length, today, defaultSource);
    }),
  };
}

function readRow(
  line: number,
  v: Record<Column, string | undefined>,
  complete: boolean,
  today: string,
  defaultSource: AlertSource,
): ParsedRow {
  const problems: FieldProblem[] = [];
  const problem = (field: Column, message: string) => problems.push({ field, problems: [message] });
  const text = (c: Column, max: number): string | null => {
    const value = v[c]?.trim() ?? '';
    if (value.length > max) problem(c, `at most ${max} characters`);
    return value === '' ? null : value;
  };
  const euros = (c: Column, required: boolean): number => {
    const raw = v[c]?.trim() ?? '';
    if (raw === '') {
      if (required) problem(c, 'required');
      return 0;
    }
    const cents = parseEuros(raw);
    if (cents === null) problem(c, `"${raw}" is not an amount in euros`);
    else if (cents > MAX_CENTS) problem(c, 'implausibly large amount');
    return cents ?? 0;
  };
  const count = (c: Column, min: number, max: number): number | null => {
    const raw = v[c]?.trim() ?? '';
    if (raw === '') return null;
    if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) problem(c, `a whole number from ${min} to ${max}`);
    return Number(raw);
  };
  if (!complete) problems.push({ field: 'line', problems: ['the number of cells differs from the header'] });
  const tenantLastName = text('nom', 100);
  if (!tenantLastName) problem('nom', 'required');
  // Alerts come from other systems' exports: an INSEE code, or a name that only one commune bears.
  const communeText = text('commune', 100);
  const commune = communeText && (isCommuneCode(communeText.toUpperCase()) ? communeText.toUpperCase() : communeCodeByName(communeText));
  if (!communeText) problem('commune', 'required');
  else if (!commune) problem('commune', 'not a commune of the INSEE reference, or a name several communes share: give its INSEE code');
  const landlordName = text('bailleur', 200);
  if (!landlordName) problem('bailleur', 'required');
  const email = text('courriel', 200);
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) problem('courriel', 'not an e-mail address');
  const rentCents = euros('loyer', true);
  if (rentCents === 0 && problems.every((p) => p.field !== 'loyer')) problem('loyer', 'must be more than 0');
  const kindWord = headerKey(v.type_bailleur ?? '');
  const landlordKind = kindWord === '' ? 'individual' : LANDLORD_KIND_WORDS[kindWord];
  if (!landlordKind) problem('type_bailleur', `one of: ${Object.keys(LANDLORD_KIND_WORDS).join(', ')}`);
  const sourceWord = headerKey(v.source ?? '');
  const alertSource = sourceWord === '' ? defaultSource : (SOURCE_WORDS[sourceWord] ?? ALERT_SOURCES.find((s) => s === sourceWord));
  if (!alertSource) problem('source', `one of: ${Object.keys(SOURCE_WORDS).join(', ')}`);
  const observedOn = parseFrenchDate(v.date_situation?.trim() ?? '');
  if (!observedOn) problem('date_situation', 'a date such as 31/12/2026');
  else if (observedOn > today) problem('date_situation', 'must not be in the future');
  const row = {
    line,
    tenantLastName: tenantLastName ?? '',
    tenantFirstName: text('prenom', 100),
    tenantPhone: text('telephone', 40),
    tenantEmail: email,
    commune: commune ?? '',
    householdSize: count('personnes', 1, 20),
    rentCents,
    chargesCents: euros('charges', false),
    landlordName: landlordName ?? '',
    landlordKind: landlordKind ?? 'individual',
    debtCents: euros('dette', true),
    monthsUnpaid: count('mois_impayes', 0, 240),
    observedOn: observedOn ?? '',
    alertSource: alertSource ?? defaultSource,
  };
  return problems.length ? { line, problems } : { line, row };
}

/** Who a row is about, for duplicate detection: the tenant's name and commune, normalised. */
export function tenantKey(lastName: string, firstName: string | null, commune: string): string {
  return [lastName, firstName ?? '', commune].map(normalizeName).join('|');
}
