import { civilDate } from './calendar';
import { DomainError, FieldProblem } from './domain-error';

/** Workers' clocks drift a little: a step "now" from a phone a minute ahead is not in the future. */
export const CLOCK_SKEW_MS = 60_000;

/** The territory's time zone when the configuration names none (TERRITORY_TIMEZONE). */
export const DEFAULT_TIMEZONE = 'Europe/Paris';

/**
 * The current time and the territory's civil date, injectable so that tests can control them.
 * Plain class (no Nest import) so that pure logic depending on it stays unit-testable without the
 * framework; @app/config provides the one instance, in the configured time zone.
 */
export class Clock {
  constructor(readonly timezone: string = DEFAULT_TIMEZONE) {}

  now(): Date {
    return new Date();
  }

  /** Today (`YYYY-MM-DD`) in the territory's time zone: the one "today" of every context. */
  today(): string {
    return civilDate(this.now(), this.timezone);
  }

  /**
   * Whether a value lies after now: an instant by more than CLOCK_SKEW_MS, a civil date
   * (`YYYY-MM-DD`) after today, a month (`YYYY-MM`) after this month, a year after this year.
   */
  isFuture(value: Date | string | number): boolean {
    if (value instanceof Date) return value.getTime() > this.now().getTime() + CLOCK_SKEW_MS;
    const today = this.today();
    if (typeof value === 'number') return value > Number(today.slice(0, 4));
    return value > today.slice(0, value.length);
  }
}

/** The fields whose value lies in the future ("must not be in the future"); unset values pass. */
export function notInFuture(clock: Clock, fields: Record<string, Date | string | number | null | undefined>): FieldProblem[] {
  return Object.entries(fields)
    .filter(([, value]) => value !== null && value !== undefined && clock.isFuture(value))
    .map(([field]) => ({ field, problems: ['must not be in the future'] }));
}

/** Throws VALIDATION_FAILED naming every field whose value lies in the future. */
export function assertNotInFuture(clock: Clock, fields: Record<string, Date | string | number | null | undefined>): void {
  const problems = notInFuture(clock, fields);
  if (problems.length > 0) throw DomainError.validation(problems);
}
