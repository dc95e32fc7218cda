/** One line of the treasury file. */
export interface TreasuryLine {
  enrolmentReference: string;
  month: string;
  holderName: string;
  iban: string;
  amountCents: number;
}

/**
 * The treasury export layout (documented in the README): UTF-8, CRLF line ends, `;` separators,
 * a header line, then one line per payment ordered by file reference and month:
 * `reference_paiement;mois;dossier;titulaire;iban;montant_centimes`. The payment reference
 * (`J-000012-2026-03`) is unique, so the treasury can reconcile; the holder name is upper-case
 * ASCII as SEPA requires (the API accepts nothing a spreadsheet could run).
 */
export const TREASURY_HEADER = 'reference_paiement;mois;dossier;titulaire;iban;montant_centimes';

export function sepaName(name: string): string {
  return name
    .replace(/[Œœ]/g, 'OE')
    .replace(/[Ææ]/g, 'AE')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .replace(/[^A-Z .'-]/g, ' ');
}

export function treasuryCsv(lines: readonly TreasuryLine[]): string {
  const body = lines.map((l) =>
    [`${l.enrolmentReference}-${l.month}`, l.month, l.enrolmentReference, sepaName(l.holderName), l.iban, l.amountCents].join(';'),
  );
  return [TREASURY_HEADER, ...body].join('\r\n') + '\r\n';
}
