// The periods a coordinator asks counts for, as the API's civil-date ranges.

export type PeriodKind = 'month' | 'quarter' | 'year' | 'convention' | 'custom';

/** What the period picker holds: each kind reads the fields it needs, so switching kinds keeps the others. */
export interface PeriodChoice {
  kind: PeriodKind;
  year: number;
  /** 1 to 12. */
  month: number;
  /** 1 to 4. */
  quarter: number;
  /** Custom range: civil dates, possibly still empty while typed. */
  from: string;
  to: string;
}

export interface DateRange {
  from: string;
  to: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const max = (a: string, b: string) => (a > b ? a : b);
const min = (a: string, b: string) => (a < b ? a : b);
const CIVIL_DATE = /^\d{4}-\d{2}-\d{2}$/;

function lastDay(year: number, month: number): string {
  return `${year}-${pad(month)}-${pad(new Date(Date.UTC(year, month, 0)).getUTCDate())}`;
}

/**
 * The date range of a choice, or null while a custom range is incomplete or inverted. A year of the
 * convention is its calendar year within the convention's period (its first and last may be short).
 */
export function rangeOf(choice: PeriodChoice, convention?: DateRange): DateRange | null {
  const { kind, year, month, quarter, from, to } = choice;
  if (kind === 'custom') return CIVIL_DATE.test(from) && CIVIL_DATE.test(to) && from <= to ? { from, to } : null;
  if (kind === 'convention') {
    if (!convention) return null;
    const range = { from: max(`${year}-01-01`, convention.from), to: min(`${year}-12-31`, convention.to) };
    return range.from <= range.to ? range : null;
  }
  if (kind === 'year') return { from: `${year}-01-01`, to: `${year}-12-31` };
  if (kind === 'month') return { from: `${year}-${pad(month)}-01`, to: lastDay(year, month) };
  const first = quarter * 3 - 2;
  return { from: `${year}-${pad(first)}-01`, to: lastDay(year, first + 2) };
}

/** The picker's first state: the last whole month before today (the custom range is that month too). */
export function initialChoice(today = new Date()): PeriodChoice {
  const date = new Date(Date.UTC(today.getFullYear(), today.getMonth() - 1, 1));
  const [year, month] = [date.getUTCFullYear(), date.getUTCMonth() + 1];
  return { kind: 'month', year, month, quarter: Math.ceil(month / 3), from: `${year}-${pad(month)}-01`, to: lastDay(year, month) };
}

const monthFormat = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const shortMonth = new Intl.DateTimeFormat('fr-FR', { month: 'short', timeZone: 'UTC' });

/** `mars 2025`, `1er trimestre 2025`, `2025`, or the two dates. */
export function describeRange({ from, to }: DateRange): string {
  const start = new Date(`${from}T00:00:00Z`);
  const year = from.slice(0, 4);
  if (from.slice(0, 4) === to.slice(0, 4) && from.endsWith('-01')) {
    if (from.slice(5) === '01-01' && to.slice(5) === '12-31') return `année ${year}`;
    const month = Number(from.slice(5, 7));
    if (to === lastDay(Number(year), month)) return monthFormat.format(start);
    if (month % 3 === 1 && to === lastDay(Number(year), month + 2))
      return `${month === 1 ? '1er' : `${(month + 2) / 3}e`} trimestre ${year}`;
  }
  const day = (d: string) => d.split('-').reverse().join('/');
  return `du ${day(from)} au ${day(to)}`;
}

/** `janv.` for `2025-01`: month names on a chart's axis. */
export function monthLabel(key: string): string {
  return shortMonth.format(new Date(`${key}-01T00:00:00Z`));
}
