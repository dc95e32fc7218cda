/** Lower-case, accents removed, punctuation collapsed: "Éloïse  D'Aubigné" → "eloise d aubigne". */
export function normalizeName(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
