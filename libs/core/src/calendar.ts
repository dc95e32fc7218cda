/**
 * Calendar dates as ISO strings (`YYYY-MM-DD`), with no time zone: a stipend month and a birthday
 * are civil dates, the same in every zone. Arithmetic goes through UTC midnight.
 */
const DAY_MS = 86_400_000;

function parts(date: string): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

function format(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = parts(value);
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The same day `months` later, clamped to the month's last day (31 January + 1 month = 28 or 29 February). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return format(year, month, Math.min(d, daysInMonth(year, month)));
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = parts(date);
  const next = new Date(Date.UTC(y, m - 1, d) + days * DAY_MS);
  return format(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate());
}

/** `YYYY-MM` of a date. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

export function firstDayOfMonth(month: string): string {
  return `${month}-01`;
}

export function lastDayOfMonth(month: string): string {
  const [y, m] = parts(`${month}-01`);
  return format(y, m, daysInMonth(y, m));
}

/**
 * The date a person reaches `years` of age. Someone born on 29 February reaches it on 1 March
 * in a common year: on 28 February the anniversary has not come yet.
 */
export function anniversary(birthDate: string, years: number): string {
  const [y, m, d] = parts(birthDate);
  const year = y + years;
  return d > daysInMonth(year, m) ? format(year, m + 1, 1) : format(year, m, d);
}

/** Full years of age on `date`. */
export function ageOn(birthDate: string, date: string): number {
  const years = Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return anniversary(birthDate, years) <= date ? years : years - 1;
}

// One formatter per time zone: each new Intl.DateTimeFormat costs tens of microseconds and native
// (ICU) memory that the garbage collector does not see, which grew the worker by megabytes a second.
const civilDateFormats = new Map<string, Intl.DateTimeFormat>();

/** The civil date (`YYYY-MM-DD`) of an instant in a time zone. */
export function civilDate(instant: Date, timezone: string): string {
  let format = civilDateFormats.get(timezone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone: timezone, year: 'numeric', month: '2-digit', day: '2-digit' });
    civilDateFormats.set(timezone, format);
  }
  return format.format(instant);
}
