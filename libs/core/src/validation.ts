import { registerDecorator, ValidationOptions } from 'class-validator';
import { isCalendarDate } from './calendar';

/**
 * Shared input validators (class-validator only: libs/core stays free of Nest). PostgreSQL columns
 * are bounded where JavaScript numbers and dates are not: a value past those bounds must be a 400
 * naming the field, never a database error (500). The version field is @app/database's VersionField.
 */

/** PostgreSQL `integer`: versions and counters above it would fail in the database. */
export const INT32_MAX = 2_147_483_647;

/** Years a date of this domain may fall in: birth dates from 1900, plans up to 2100. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

const INSTANT = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):?(\d{2}))?)?$/i;

/** A calendar date `YYYY-MM-DD` that exists (no 30 February) within MIN_YEAR..MAX_YEAR. */
export function isCivilDate(value: unknown): boolean {
  if (typeof value !== 'string' || !isCalendarDate(value)) return false;
  const year = Number(value.slice(0, 4));
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

/**
 * An ISO 8601 instant `YYYY-MM-DDTHH:MM[:SS[.fff]][Z|±HH:MM]`, or a date alone (midnight), whose
 * date exists and whose time is on the clock: `Date` would silently roll `2025-02-30` to March.
 */
export function isInstant(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const match = INSTANT.exec(value);
  if (!match || !isCivilDate(match[1])) return false;
  const [, , hours, minutes, seconds, , offsetHours, offsetMinutes] = match;
  if (hours !== undefined && (Number(hours) > 23 || Number(minutes) > 59 || Number(seconds ?? 0) > 59)) return false;
  if (offsetHours !== undefined && (Number(offsetHours) > 14 || Number(offsetMinutes) > 59)) return false;
  return !Number.isNaN(Date.parse(value));
}

function validator(name: string, test: (value: unknown) => boolean, message: string, options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: `$property ${message}`, ...options },
      validator: { validate: test },
    });
}

/** A real calendar date (`2026-02-28`, never `2026-02-30`), years MIN_YEAR..MAX_YEAR. */
export const IsCivilDate = (options?: ValidationOptions) =>
  validator('isCivilDate', isCivilDate, `must be a real date YYYY-MM-DD between ${MIN_YEAR} and ${MAX_YEAR}`, options);

/** A real instant (ISO 8601 date-time with its offset, or a date), years MIN_YEAR..MAX_YEAR. */
export const IsInstant = (options?: ValidationOptions) =>
  validator(
    'isInstant',
    isInstant,
    `must be a real ISO 8601 date-time (e.g. 2026-11-20T14:30:00+01:00) between ${MIN_YEAR} and ${MAX_YEAR}`,
    options,
  );
