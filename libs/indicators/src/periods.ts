import { addDays, addMonths, isCalendarDate, lastDayOfMonth } from '@app/core';

export const GRANULARITIES = ['month', 'quarter', 'year', 'range'] as const;
export type Granularity = (typeof GRANULARITIES)[number];

export interface Period {
  /** `2026-03`, `2026-T1`, `2026`, or `2026-01-01..2026-12-31` for the whole range. */
  key: string;
  from: string;
  to: string;
}

/** At most this many periods in one query (ten years of months). */
export const MAX_PERIODS = 120;

/** The periods covering [from, to], cut at its ends (a range starting mid-month starts its first month there). */
export function periodsOf(from: string, to: string, granularity: Granularity): Period[] {
  if (!isCalendarDate(from) || !isCalendarDate(to) || from > to) throw new RangeError('from and to must be dates, from ≤ to');
  if (granularity === 'range') return [{ key: `${from}..${to}`, from, to }];
  const months = { month: 1, quarter: 3, year: 12 }[granularity];
  const periods: Period[] = [];
  const [year, month] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  // The calendar period containing `from`: January, April, July, October for quarters; January for years.
  let start = `${year}-${String(month - ((month - 1) % months)).padStart(2, '0')}-01`;
  while (start <= to) {
    const next = addMonths(start, months);
    const end = addDays(next, -1);
    periods.push({ key: keyOf(start, granularity), from: start < from ? from : start, to: end > to ? to : end });
    if (periods.length > MAX_PERIODS) throw new RangeError(`at most ${MAX_PERIODS} periods`);
    start = next;
  }
  return periods;
}

export type CalendarUnit = Exclude<Granularity, 'range'>;

/** The calendar unit that every period covers exactly, whole (not cut at a range's ends), or null. */
export function wholeCalendarUnit(periods: Period[]): CalendarUnit | null {
  const units: CalendarUnit[] = ['month', 'quarter', 'year'];
  return units.find((unit) => periods.length > 0 && periods.every((p) => isWhole(p, unit))) ?? null;
}

function isWhole(period: Period, unit: CalendarUnit): boolean {
  const months = { month: 1, quarter: 3, year: 12 }[unit];
  const month = Number(period.from.slice(5, 7));
  return period.from.endsWith('-01') && (month - 1) % months === 0 && period.to === addDays(addMonths(period.from, months), -1);
}

function keyOf(start: string, granularity: Exclude<Granularity, 'range'>): string {
  if (granularity === 'month') return start.slice(0, 7);
  if (granularity === 'year') return start.slice(0, 4);
  return `${start.slice(0, 4)}-T${(Number(start.slice(5, 7)) + 2) / 3}`;
}

/** The whole calendar year. */
export function yearRange(year: number): { from: string; to: string } {
  return { from: `${year}-01-01`, to: lastDayOfMonth(`${year}-12`) };
}
