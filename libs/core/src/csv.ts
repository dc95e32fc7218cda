import { parse } from 'csv-parse/sync';
import { isCalendarDate } from './calendar';
import type { FieldProblem } from './domain-error';
import { normalizeName } from './text';

/**
 * CSV files exported by partners' spreadsheets and information systems (ADIL alert lists,
 * SI-SIAO demands): UTF-8 with or without BOM, or Windows-1252; `;`, `,` or tab separated.
 */
export type CsvEncoding = 'utf-8' | 'windows-1252';
export type CsvDelimiter = ';' | ',' | '\t';

export interface CsvTable {
  encoding: CsvEncoding;
  delimiter: CsvDelimiter;
  /** The header's cells, as written. */
  header: string[];
  /** Data rows with the file line they end on (a quoted cell may span lines). */
  rows: Array<{ line: number; cells: string[] }>;
}

/** A file that cannot be read at all: nothing of it is imported. */
export class CsvFileError extends Error {
  constructor(readonly problems: FieldProblem[]) {
    super(problems.flatMap((p) => p.problems).join('; '));
  }
}

/** UTF-8 when the bytes are valid UTF-8 (with or without BOM), Windows-1252 otherwise. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/** A header or a listed word as a key: `Date de naissance` → `date_de_naissance`. */
export function headerKey(value: string): string {
  return normalizeName(value).replace(/ /g, '_');
}

/** `31/12/2026` or `2026-12-31`; null when not a real date. */
export function parseFrenchDate(value: string): string | null {
  const french = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  const iso = french ? `${french[3]}-${french[2].padStart(2, '0')}-${french[1].padStart(2, '0')}` : value;
  return isCalendarDate(iso) ? iso : null;
}

function detectDelimiter(headerLine: string): CsvDelimiter {
  const counts = ([';', ',', '\t'] as const).map((d) => [d, headerLine.split(d).length] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}

/** Decodes and splits a CSV file; refuses an empty, binary or oversized one. Cells are trimmed. */
export function readCsvTable(bytes: Uint8Array, maxRows: number): CsvTable {
  const { text, encoding } = decodeText(bytes);
  // PostgreSQL cannot store NUL in text: refuse the file, saying where (never a 500 at insert time).
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    const line = text.slice(0, nul).split('\n').length;
    throw new CsvFileError([{ field: 'file', problems: [`line ${line} holds a NUL character (\\u0000): not a text CSV file`] }]);
  }
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  if (firstLine.trim() === '') throw new CsvFileError([{ field: 'header', problems: ['the file is empty'] }]);
  const delimiter = detectDelimiter(firstLine);
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(body, {
      delimiter,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
      info: true,
    }) as unknown as typeof records;
  } catch (error) {
    throw new CsvFileError([{ field: 'file', problems: [`not a readable CSV file: ${(error as Error).message}`] }]);
  }
  if (records.length - 1 > maxRows) throw new CsvFileError([{ field: 'file', problems: [`at most ${maxRows} rows per file`] }]);
  return {
    encoding,
    delimiter,
    header: records[0].record,
    rows: records.slice(1).map(({ record, info }) => ({ line: info.lines, cells: record })),
  };
}
