/** Lengths of the IBANs of SEPA countries a young person's account is likely to be in. */
const LENGTHS: Record<string, number> = {
  FR: 27,
  MC: 27,
  DE: 22,
  BE: 16,
  ES: 24,
  IT: 27,
  PT: 25,
  LU: 20,
  NL: 18,
  CH: 21,
  GB: 22,
  IE: 22,
  AT: 20,
};

/** Upper-case, without spaces: the form stored and exported. */
export function normalizeIban(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

/** The ISO 13616 check: move the first four characters to the end, letters to numbers, mod 97 = 1. */
export function ibanProblem(value: string): string | null {
  const iban = normalizeIban(value);
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return 'must be an IBAN: 2 letters, 2 check digits, then letters and digits';
  const expected = LENGTHS[iban.slice(0, 2)];
  if (expected !== undefined && iban.length !== expected) return `a ${iban.slice(0, 2)} IBAN has ${expected} characters`;
  const digits = (iban.slice(4) + iban.slice(0, 4)).replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let remainder = 0;
  for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  return remainder === 1 ? null : 'the IBAN check digits are wrong (mod 97)';
}
