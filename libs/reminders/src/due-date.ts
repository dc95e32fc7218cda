import { DateTime } from 'luxon';

export interface Offset {
  months?: number;
  days?: number;
}

/**
 * The instant a reminder falls due: the anchor's local calendar date in `timezone`, moved by the
 * offset (months first; the 31st plus one month is the last day of the next month), at the local
 * time `at` (HH:MM) or the anchor's own time. A local time skipped by a daylight-saving change
 * falls on the first valid minute after it.
 */
export function dueDate(anchor: Date, offset: Offset, at: string | undefined, timezone: string): Date {
  let local = DateTime.fromJSDate(anchor, { zone: timezone })
    .plus({ months: offset.months ?? 0 })
    .plus({ days: offset.days ?? 0 });
  if (at) {
    const [hour, minute] = at.split(':').map(Number);
    local = local.set({ hour, minute, second: 0, millisecond: 0 });
  }
  return local.toJSDate();
}

/** A date as French users read it, in the configured zone: 23/11/2026. */
export function localDate(instant: Date, timezone: string): string {
  return DateTime.fromJSDate(instant, { zone: timezone }).toFormat('dd/LL/yyyy');
}

/** Start of the local day containing `instant`, and of the next one. */
export function localDayBounds(instant: Date, timezone: string): { start: Date; end: Date } {
  const start = DateTime.fromJSDate(instant, { zone: timezone }).startOf('day');
  return { start: start.toJSDate(), end: start.plus({ days: 1 }).toJSDate() };
}
