import fc from 'fast-check';
import { localDate, localDayBounds, scheduleDue } from './due-date';

const PARIS = 'Europe/Paris';
const iso = (d: Date) => d.toISOString();

/** Local calendar date and time in Paris, computed with Intl (independently of luxon). */
function parisParts(d: Date): { y: number; m: number; d: number; hour: number; minute: number } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: PARIS,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(d)
      .map((p) => [p.type, Number(p.value)]),
  );
  return { y: parts.year, m: parts.month, d: parts.day, hour: parts.hour, minute: parts.minute };
}
const dayNumber = (p: { y: number; m: number; d: number }) => Date.UTC(p.y, p.m - 1, p.d) / 86_400_000;

describe('scheduleDue', () => {
  it('falls at 9:00 Paris time, winter (UTC+1) and summer (UTC+2)', () => {
    expect(iso(scheduleDue(new Date('2026-01-05T15:00:00Z'), { days: 7 }, '09:00', PARIS).at)).toBe('2026-01-12T08:00:00.000Z');
    expect(iso(scheduleDue(new Date('2026-06-05T15:00:00Z'), { days: 7 }, '09:00', PARIS).at)).toBe('2026-06-12T07:00:00.000Z');
  });

  it('crosses the daylight-saving changes of March and October', () => {
    // 29 March 2026: clocks go forward; 25 October 2026: back.
    expect(iso(scheduleDue(new Date('2026-03-25T08:00:00Z'), { days: 7 }, '09:00', PARIS).at)).toBe('2026-04-01T07:00:00.000Z');
    expect(iso(scheduleDue(new Date('2026-10-20T07:00:00Z'), { days: 7 }, '09:00', PARIS).at)).toBe('2026-10-27T08:00:00.000Z');
    // "In one month" keeps the local time of day even though the offset to UTC changed.
    expect(iso(scheduleDue(new Date('2026-03-10T13:30:00Z'), { months: 1 }, undefined, PARIS).at)).toBe('2026-04-10T12:30:00.000Z');
  });

  it('moves a local time skipped by the spring change to the first valid minute after it', () => {
    expect(iso(scheduleDue(new Date('2026-03-28T12:00:00Z'), { days: 1 }, '02:30', PARIS).at)).toBe('2026-03-29T01:30:00.000Z');
  });

  it('clamps month ends: 31 January plus one month is 28 February, 29 February plus a year is 28 February', () => {
    expect(iso(scheduleDue(new Date('2026-01-31T10:00:00Z'), { months: 1 }, '09:00', PARIS).at)).toBe('2026-02-28T08:00:00.000Z');
    expect(iso(scheduleDue(new Date('2028-02-29T10:00:00Z'), { months: 12 }, '09:00', PARIS).at)).toBe('2029-02-28T08:00:00.000Z');
  });

  it('counts days on the local calendar: 23:30 Paris on the 31st is already the next day in UTC+0 terms', () => {
    // 2026-12-31T23:30 Paris is 22:30Z: the local day is the 31st, so +1 day is 1 January.
    expect(iso(scheduleDue(new Date('2026-12-31T22:30:00Z'), { days: 1 }, '09:00', PARIS).at)).toBe('2027-01-01T08:00:00.000Z');
  });

  it('property: the reminder is at the requested local time, the given number of local days later', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: -400, max: 400 }),
        fc.integer({ min: 6, max: 22 }),
        (anchor, days, hour) => {
          const due = scheduleDue(anchor, { days }, `${String(hour).padStart(2, '0')}:00`, PARIS).at;
          const p = parisParts(due);
          expect([p.hour, p.minute]).toEqual([hour, 0]);
          expect(dayNumber(p) - dayNumber(parisParts(anchor))).toBe(days);
        },
      ),
    );
  });

  it('property: months land on the same day of the month, or on the last day of a shorter month', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 120 }),
        (anchor, months) => {
          const a = parisParts(anchor);
          const p = parisParts(scheduleDue(anchor, { months }, '09:00', PARIS).at);
          const target = a.y * 12 + (a.m - 1) + months;
          expect([p.y, p.m]).toEqual([Math.floor(target / 12), (target % 12) + 1]);
          const lastDay = new Date(Date.UTC(p.y, p.m, 0)).getUTCDate();
          expect(p.d).toBe(Math.min(a.d, lastDay));
        },
      ),
    );
  });

  it('property: the dates shown in the message are the local dates of the anchor and of the due instant', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: -30, max: 30 }),
        fc.integer({ min: 0, max: 24 }),
        fc.option(fc.constantFrom('09:00', '02:30', '23:59'), { nil: undefined }),
        (anchor, days, months, at) => {
          const due = scheduleDue(anchor, { days, months }, at, PARIS);
          expect(due.anchorDate).toBe(localDate(anchor, PARIS));
          expect(due.dueDate).toBe(localDate(due.at, PARIS));
        },
      ),
    );
  });
});

describe('local days', () => {
  it('formats dates as French users read them and bounds the local day', () => {
    expect(localDate(new Date('2026-11-22T23:30:00Z'), PARIS)).toBe('23/11/2026');
    const { start, end } = localDayBounds(new Date('2026-03-29T12:00:00Z'), PARIS);
    expect([iso(start), iso(end)]).toEqual(['2026-03-28T23:00:00.000Z', '2026-03-29T22:00:00.000Z']);
  });
});
