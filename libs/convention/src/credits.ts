import { centsFrom, percentOf, sumCents } from './money';

/** What a credit line is computed from: the agreed figures of an action's year and its expense entries. */
export interface CreditInput {
  agreedCents: number;
  stateRatePercent: number;
  /** Set apart from the rate by the annex; the rate's share when null. */
  stateShareCents: number | null;
  expenseCents: number[];
}

export interface CreditLine {
  agreedCents: number;
  stateRatePercent: number;
  stateShareCents: number;
  remainderCents: number;
  committedCents: number;
  committedStateShareCents: number;
}

export interface CreditTotals {
  agreedCents: number;
  stateShareCents: number;
  remainderCents: number;
  committedCents: number;
  committedStateShareCents: number;
  carriedInCents: number;
  stateFundingCents: number;
  carriedOutCents: number;
}

/** Annexe 2's columns for one action and year: the State share of what is committed follows the rate. */
export function creditLine(input: CreditInput): CreditLine {
  const stateShareCents = input.stateShareCents ?? percentOf(input.agreedCents, input.stateRatePercent);
  const committedCents = sumCents(input.expenseCents);
  return {
    agreedCents: input.agreedCents,
    stateRatePercent: input.stateRatePercent,
    stateShareCents,
    remainderCents: centsFrom(input.agreedCents - stateShareCents),
    committedCents,
    committedStateShareCents: percentOf(committedCents, input.stateRatePercent),
  };
}

/**
 * Each year's totals, in year order: the State credits left unspent (carried in, plus what the State
 * paid for the year, minus its share of what was committed) carry over to the next year (article 5).
 */
export function yearTotals(years: Array<{ year: number; stateFundingCents: number; lines: CreditLine[] }>): Map<number, CreditTotals> {
  const totals = new Map<number, CreditTotals>();
  let carriedInCents = 0;
  for (const { year, stateFundingCents, lines } of [...years].sort((a, b) => a.year - b.year)) {
    const sum = (field: keyof CreditLine) => sumCents(lines.map((line) => line[field]));
    const committedStateShareCents = sum('committedStateShareCents');
    const carriedOutCents = sumCents([carriedInCents, stateFundingCents, -committedStateShareCents]);
    totals.set(year, {
      agreedCents: sum('agreedCents'),
      stateShareCents: sum('stateShareCents'),
      remainderCents: sum('remainderCents'),
      committedCents: sum('committedCents'),
      committedStateShareCents,
      carriedInCents,
      stateFundingCents,
      carriedOutCents,
    });
    carriedInCents = carriedOutCents;
  }
  return totals;
}
