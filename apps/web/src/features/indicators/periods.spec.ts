import fc from 'fast-check';
import { describeRange, initialChoice, rangeOf, type PeriodChoice } from './periods';

const choice = (change: Partial<PeriodChoice>): PeriodChoice => ({ ...initialChoice(new Date('2025-04-15T12:00:00Z')), ...change });

describe('indicator periods', () => {
  it('starts on the last whole month, and gives the civil dates of a month, a quarter, a year and a custom range', () => {
    expect(rangeOf(choice({}))).toEqual({ from: '2025-03-01', to: '2025-03-31' });
    expect(rangeOf(choice({ year: 2024, month: 2 }))).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(rangeOf(choice({ kind: 'quarter', quarter: 2 }))).toEqual({ from: '2025-04-01', to: '2025-06-30' });
    expect(rangeOf(choice({ kind: 'year' }))).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(rangeOf(choice({ kind: 'custom', from: '2025-03-10', to: '2025-04-02' }))).toEqual({ from: '2025-03-10', to: '2025-04-02' });
  });

  it('gives a year of the convention within its period, nothing without a convention', () => {
    const convention = { from: '2024-07-01', to: '2026-06-30' };
    expect(rangeOf(choice({ kind: 'convention', year: 2024 }), convention)).toEqual({ from: '2024-07-01', to: '2024-12-31' });
    expect(rangeOf(choice({ kind: 'convention', year: 2025 }), convention)).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(rangeOf(choice({ kind: 'convention', year: 2026 }), convention)).toEqual({ from: '2026-01-01', to: '2026-06-30' });
    expect(rangeOf(choice({ kind: 'convention', year: 2027 }), convention)).toBeNull();
    expect(rangeOf(choice({ kind: 'convention', year: 2025 }))).toBeNull();
  });

  it('gives nothing for an incomplete or inverted custom range, rather than a query the API refuses', () => {
    expect(rangeOf(choice({ kind: 'custom', from: '2025-04-02', to: '2025-03-10' }))).toBeNull();
    expect(rangeOf(choice({ kind: 'custom', from: '2025-04-02', to: '' }))).toBeNull();
  });

  it('names a period as a French reader says it', () => {
    expect(describeRange({ from: '2025-03-01', to: '2025-03-31' })).toBe('mars 2025');
    expect(describeRange({ from: '2025-01-01', to: '2025-03-31' })).toBe('1er trimestre 2025');
    expect(describeRange({ from: '2025-10-01', to: '2025-12-31' })).toBe('4e trimestre 2025');
    expect(describeRange({ from: '2025-01-01', to: '2025-12-31' })).toBe('année 2025');
    expect(describeRange({ from: '2025-03-10', to: '2025-04-02' })).toBe('du 10/03/2025 au 02/04/2025');
  });

  it('keeps a month inside its quarter and its year, each a whole calendar period', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        const ranges = (['month', 'quarter', 'year'] as const).map((kind) =>
          rangeOf(choice({ kind, year, month, quarter: Math.ceil(month / 3) }))!,
        );
        for (const [inner, outer] of [
          [ranges[0], ranges[1]],
          [ranges[1], ranges[2]],
        ]) {
          expect(outer.from <= inner.from && inner.to <= outer.to).toBe(true);
        }
        for (const range of ranges) {
          expect(range.from.endsWith('-01')).toBe(true);
          expect(new Date(Date.parse(`${range.to}T00:00:00Z`) + 86_400_000).getUTCDate()).toBe(1);
        }
      }),
    );
  });
});
