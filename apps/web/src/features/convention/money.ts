// Amounts travel in cents (integers, never floats); people read and type euros.

const euros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });

/** `1 234,56 €`. */
export function formatCents(cents: number): string {
  return euros.format(cents / 100);
}

/**
 * Cents of an amount typed in euros (`1 234,56`, `-12.5`, `300`), or null when it is not one. Read
 * digit by digit: no floating-point rounding on the way.
 */
export function parseEuros(typed: string): number | null {
  const match = /^(-?)(\d+)(?:[.,](\d{1,2}))?$/.exec(typed.replace(/[\s\u00a0\u202f€]/g, ''));
  if (!match) return null;
  const cents = Number(match[2]) * 100 + Number((match[3] ?? '').padEnd(2, '0'));
  return match[1] ? -cents : cents;
}
