import { assertNotInFuture, Clock, CLOCK_SKEW_MS, notInFuture } from './clock';
import { DomainError } from './domain-error';

/** A clock stopped at `instant`. */
function stoppedAt(instant: string, timezone = 'Europe/Paris'): Clock {
  const clock = new Clock(timezone);
  clock.now = () => new Date(instant);
  return clock;
}

describe('Clock', () => {
  it("gives today's civil date in the territory's time zone, not in UTC", () => {
    // 23:30 UTC on 31 December is already 1 January in Paris, still 31 December in Martinique.
    expect(stoppedAt('2026-12-31T23:30:00Z').today()).toBe('2027-01-01');
    expect(stoppedAt('2026-12-31T23:30:00Z', 'America/Martinique').today()).toBe('2026-12-31');
  });

  it('tells instants past the clock skew, dates past today, months and years past the current ones', () => {
    const clock = stoppedAt('2026-06-15T10:00:00Z');
    const now = clock.now().getTime();
    expect(clock.isFuture(new Date(now + CLOCK_SKEW_MS))).toBe(false);
    expect(clock.isFuture(new Date(now + CLOCK_SKEW_MS + 1))).toBe(true);
    expect(clock.isFuture('2026-06-15')).toBe(false);
    expect(clock.isFuture('2026-06-16')).toBe(true);
    expect(clock.isFuture('2026-06')).toBe(false);
    expect(clock.isFuture('2026-07')).toBe(true);
    expect(clock.isFuture(2026)).toBe(false);
    expect(clock.isFuture(2027)).toBe(true);
  });
});

describe('notInFuture', () => {
  const clock = stoppedAt('2026-06-15T10:00:00Z');

  it('names each field in the future, in order, and lets unset values pass', () => {
    expect(notInFuture(clock, { openedOn: '2026-06-16', closedOn: undefined, birthYear: 2030, consentDate: '2026-06-14' })).toEqual([
      { field: 'openedOn', problems: ['must not be in the future'] },
      { field: 'birthYear', problems: ['must not be in the future'] },
    ]);
  });

  it('throws VALIDATION_FAILED naming the fields, or nothing', () => {
    expect(() => assertNotInFuture(clock, { occurredAt: new Date('2026-06-15T10:00:30Z') })).not.toThrow();
    try {
      assertNotInFuture(clock, { occurredAt: new Date('2026-06-15T10:05:00Z') });
      throw new Error('expected a validation error');
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({
        code: 'VALIDATION_FAILED',
        details: [{ field: 'occurredAt', problems: ['must not be in the future'] }],
      });
    }
  });
});
