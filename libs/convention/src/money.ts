/**
 * Money in integer cents. Columns are `bigint` (node-postgres reads them as strings); amounts are
 * read back through `centsFrom`, which refuses anything that is not an exact safe integer, and
 * summed as integers. A percentage of an amount is rounded half away from zero to the cent.
 */

/** A bigint column's value (string from the driver, or a number) as a safe integer of cents. */
export function centsFrom(value: string | number | bigint): number {
  const cents = typeof value === 'number' ? value : Number(BigInt(value));
  if (!Number.isSafeInteger(cents)) throw new RangeError(`${String(value)} is not a whole number of cents`);
  return cents;
}

/** Sum of amounts in cents, exact (every partial sum checked against the safe range). */
export function sumCents(amounts: Iterable<number>): number {
  let total = 0n;
  for (const amount of amounts) total += BigInt(amount);
  return centsFrom(total);
}

/** `rate` percent of `cents`, rounded half away from zero to the cent (Annexe 2: 50 % of 136 807 € is 68 403,50 €). */
export function percentOf(cents: number, rate: number): number {
  const product = BigInt(cents) * BigInt(rate);
  const magnitude = product < 0n ? -product : product;
  const rounded = (magnitude + 50n) / 100n;
  return centsFrom(product < 0n ? -rounded : rounded);
}

/** Euros with French separators, for the PDF: 135 387,70 €. */
export function formatEuros(cents: number): string {
  const magnitude = BigInt(Math.abs(cents));
  const euros = new Intl.NumberFormat('fr-FR').format(magnitude / 100n).replace(/\u202f/g, '\u00a0');
  return `${cents < 0 ? '-' : ''}${euros},${String(magnitude % 100n).padStart(2, '0')}\u00a0€`;
}
