import fc from 'fast-check';
import { creditLine, yearTotals } from './credits';
import { centsFrom, formatEuros, percentOf, sumCents } from './money';
import { MAX_CENTS, STATE_RATES } from './convention.types';

const amount = fc.integer({ min: -MAX_CENTS, max: MAX_CENTS });
const rate = fc.constantFrom(...STATE_RATES);

describe('money in cents', () => {
  it('reads bigint columns exactly, and refuses what is not a safe whole number of cents', () => {
    fc.assert(fc.property(fc.maxSafeInteger(), (n) => centsFrom(String(n)) === n && centsFrom(BigInt(n)) === n));
    expect(() => centsFrom('9007199254740993')).toThrow(RangeError);
    expect(() => centsFrom(0.5)).toThrow(RangeError);
    expect(() => centsFrom('12.5')).toThrow();
  });

  it('sums exactly, whatever the order', () => {
    fc.assert(
      fc.property(fc.array(amount, { maxLength: 200 }), (amounts) => {
        const total = sumCents(amounts);
        return total === sumCents([...amounts].reverse()) && BigInt(total) === amounts.reduce((s, a) => s + BigInt(a), 0n);
      }),
    );
  });

  it('takes a percentage to the nearest cent, half away from zero, and the two shares add back up', () => {
    fc.assert(
      fc.property(amount, rate, (cents, r) => {
        const share = percentOf(cents, r);
        const exact = (cents * r) / 100; // exact enough here: |cents × r| < 2^53
        return Math.abs(share - exact) <= 0.5 && percentOf(-cents, r) === -share && percentOf(cents, 100) === cents;
      }),
    );
    expect(percentOf(13_680_700, 50)).toBe(6_840_350); // Annexe 2, line 1: 50 % of 136 807 €
    expect(percentOf(1, 50)).toBe(1);
    expect(percentOf(-1, 50)).toBe(-1);
  });

  it('writes euros the French way', () => {
    expect(formatEuros(13_538_770)).toBe('135\u00a0387,70\u00a0€');
    expect(formatEuros(-5)).toBe('-0,05\u00a0€');
    fc.assert(
      fc.property(
        amount,
        (cents) =>
          Math.round(
            Number(
              formatEuros(cents)
                .replace(/[^\d,-]/g, '')
                .replace(',', '.'),
            ) * 100,
          ) === cents,
      ),
    );
  });
});

describe('credits', () => {
  it('a line: the remainder and the share add up to the agreed amount; the committed share follows the rate', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_CENTS }), rate, fc.array(amount, { maxLength: 20 }), (agreed, r, expenses) => {
        const line = creditLine({ agreedCents: agreed, stateRatePercent: r, stateShareCents: null, expenseCents: expenses });
        return (
          line.stateShareCents + line.remainderCents === agreed &&
          line.committedCents === sumCents(expenses) &&
          line.committedStateShareCents === percentOf(line.committedCents, r)
        );
      }),
    );
    expect(creditLine({ agreedCents: 6_460_000, stateRatePercent: 100, stateShareCents: 5_920_000, expenseCents: [] }).remainderCents).toBe(
      540_000,
    );
  });

  it('carries the unspent State credits of each year into the next, in year order', () => {
    const line = (committed: number, r = 100) =>
      creditLine({ agreedCents: 0, stateRatePercent: r, stateShareCents: null, expenseCents: [committed] });
    const totals = yearTotals([
      { year: 2025, stateFundingCents: 42_502_200, lines: [] },
      { year: 2024, stateFundingCents: 49_958_200, lines: [line(36_000_000), line(524_287, 80)] },
    ]);
    expect(totals.get(2024)).toEqual(
      expect.objectContaining({ carriedInCents: 0, committedStateShareCents: 36_419_430, carriedOutCents: 13_538_770 }),
    );
    expect(totals.get(2025)).toEqual(expect.objectContaining({ carriedInCents: 13_538_770, carriedOutCents: 13_538_770 + 42_502_200 }));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: MAX_CENTS }), fc.integer({ min: 0, max: MAX_CENTS })), { minLength: 1, maxLength: 6 }),
        (years) => {
          const input = years.map(([funding, committed], i) => ({ year: 2020 + i, stateFundingCents: funding, lines: [line(committed)] }));
          const result = yearTotals(input);
          const last = result.get(2020 + years.length - 1)!;
          return last.carriedOutCents === sumCents(years.map(([f, c]) => f - c));
        },
      ),
    );
  });
});
