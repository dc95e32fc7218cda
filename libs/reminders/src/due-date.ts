import { DateTime } from 'luxon';

export interface Offset {
  months?: number;
  days?: number;
}

/** When a reminder falls due, and the local dates its message shows (dd/mm/yyyy). */
export interface Due {
  at: Date;
  anchorDate: string;
  dueDate: string;
}

/**
 * The instant a reminder falls due: the anchor's local calendar date in `timezone`, moved by the
 * offset (months first; the 31st plus one month is the last day of the next month), at the local
 * time `at` (HH:MM) or the anchor's own time. A local time skipped by a daylight-saving change
 * falls on the first valid minute after it.
 */
export function scheduleDue(anchor: Date, offset: Offset, at: string | undefined, timezone: string): Due {
  const local = DateTime.fromJSDate(anchor, { zone: timezone });
  // Calendar arithmetic on a zone-free date: time-zone lookups (slow, through Intl) only at the ends.
  const day = DateTime.utc(local.year, local.month, local.day)
    .plus({ months: offset.months ?? 0 })
    .plus({ days: offset.days ?? 0 });
  const [hour, minute] = at ? at.split(':').map(Number) : [local.hour, local.minute];
  const wall = { year: day.year, month: day.month, day: day.day, hour, minute };
  const instant = at
    ? wallTime(wall, timezone)
    : DateTime.fromObject({ ...wall, second: local.second, millisecond: local.millisecond }, { zone: timezone }).toJSDate();
  return { at: instant, anchorDate: local.toFormat('dd/LL/yyyy'), dueDate: day.toFormat('dd/LL/yyyy') };
}

/** Local wall times of reminders repeat (9:00 on a few hundred days): their instants are cached. */
const wallTimes = new Map<string, Date>();

function wallTime(wall: { year: number; month: number; day: number; hour: number; minute: number }, timezone: string): Date {
  const key = `${timezone} ${wall.year}-${wall.month}-${wall.day} ${wall.hour}:${wall.minute}`;
  let instant = wallTimes.get(key);
  if (!instant) {
    if (wallTimes.size >= 10_000) wallTimes.clear();
    instant = DateTime.fromObject(wall, { zone: timezone }).toJSDate();
    wallTimes.set(key, instant);
  }
  return new Date(instant);
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
