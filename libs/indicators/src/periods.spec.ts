import fc from 'fast-check';
import { addDays } from '@app/core';
import { periodsOf, wholeCalendarUnit } from './periods';

describe('indicator periods', () => {
  it('cuts a range into calendar months, quarters and years, clipped at both ends', () => {
    expect(periodsOf('2026-01-15', '2026-03-10', 'month')).toEqual([
      { key: '2026-01', from: '2026-01-15', to: '2026-01-31' },
      { key: '2026-02', from: '2026-02-01', to: '2026-02-28' },
      { key: '2026-03', from: '2026-03-01', to: '2026-03-10' },
    ]);
    expect(periodsOf('2026-02-01', '2026-12-31', 'quarter').map((p) => [p.key, p.from, p.to])).toEqual([
      ['2026-T1', '2026-02-01', '2026-03-31'],
      ['2026-T2', '2026-04-01', '2026-06-30'],
      ['2026-T3', '2026-07-01', '2026-09-30'],
      ['2026-T4', '2026-10-01', '2026-12-31'],
    ]);
    expect(periodsOf('2025-07-01', '2026-06-30', 'year').map((p) => p.key)).toEqual(['2025', '2026']);
    expect(periodsOf('2026-01-01', '2026-12-31', 'range')).toEqual([
      { key: '2026-01-01..2026-12-31', from: '2026-01-01', to: '2026-12-31' },
    ]);
  });

  it('refuses reversed ranges and more than 120 periods', () => {
    expect(() => periodsOf('2026-02-01', '2026-01-01', 'month')).toThrow(RangeError);
    expect(() => periodsOf('2000-01-01', '2026-01-01', 'month')).toThrow(RangeError);
  });

  it('tiles any range exactly: contiguous periods, no day lost or counted twice', () => {
    const day = fc.integer({ min: 0, max: 3000 }).map((n) => addDays('2020-01-01', n));
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: 0, max: 700 }),
        fc.constantFrom('month' as const, 'quarter' as const, 'year' as const),
        (from, length, g) => {
          const to = addDays(from, length);
          const periods = periodsOf(from, to, g);
          expect(periods[0].from).toBe(from);
          expect(periods[periods.length - 1].to).toBe(to);
          for (let i = 1; i < periods.length; i++) expect(periods[i].from).toBe(addDays(periods[i - 1].to, 1));
        },
      ),
    );
  });

  it('tells when every period is a whole calendar month, quarter or year', () => {
    expect(wholeCalendarUnit(periodsOf('2025-01-01', '2025-12-31', 'month'))).toBe('month');
    expect(wholeCalendarUnit(periodsOf('2024-01-01', '2025-12-31', 'quarter'))).toBe('quarter');
    expect(wholeCalendarUnit(periodsOf('2024-01-01', '2025-12-31', 'year'))).toBe('year');
    expect(wholeCalendarUnit(periodsOf('2025-01-01', '2025-12-31', 'range'))).toBe('year'); // the same year, asked as a range
    expect(wholeCalendarUnit(periodsOf('2025-04-01', '2025-06-30', 'range'))).toBe('quarter');
    expect(wholeCalendarUnit(periodsOf('2024-02-01', '2024-02-29', 'range'))).toBe('month');
    expect(wholeCalendarUnit(periodsOf('2025-01-15', '2025-03-31', 'month'))).toBeNull(); // first month cut
    expect(wholeCalendarUnit(periodsOf('2025-01-01', '2025-11-30', 'year'))).toBeNull(); // year cut
    expect(wholeCalendarUnit(periodsOf('2025-02-01', '2025-04-30', 'range'))).toBeNull(); // three months, not a quarter
  });

  it('never calls a cut period whole', () => {
    const day = fc.integer({ min: 0, max: 3 * 366 }).map((n) => addDays('2024-01-01', n));
    fc.assert(
      fc.property(day, day, fc.constantFrom('month', 'quarter', 'year', 'range') as fc.Arbitrary<'month'>, (a, b, granularity) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const periods = periodsOf(from, to, granularity);
        const unit = wholeCalendarUnit(periods);
        if (unit === null) return;
        const months = { month: 1, quarter: 3, year: 12 }[unit];
        for (const p of periods) {
          expect(p.from.slice(8)).toBe('01');
          expect((Number(p.from.slice(5, 7)) - 1) % months).toBe(0);
          expect(addDays(p.to, 1)).toBe(
            `${Number(p.from.slice(0, 4)) + Math.floor((Number(p.from.slice(5, 7)) - 1 + months) / 12)}-${String(((Number(p.from.slice(5, 7)) - 1 + months) % 12) + 1).padStart(2, '0')}-01`,
          );
        }
      }),
    );
  });
});
