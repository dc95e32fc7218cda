/**
 * The one set of age bands: the household list's filter, its API enum and the indicators' facts
 * (`indicator_fact.age_band`, `statistical_token.age_band`) all use these codes. The boundaries are
 * the statistics' (18, 25, 35, 50, 65): the facts already stored were cut there and keep no age to
 * be cut again.
 */
export const AGE_BANDS = [
  { code: 'under_18', minAge: 0, maxAge: 17 },
  { code: '18_24', minAge: 18, maxAge: 24 },
  { code: '25_34', minAge: 25, maxAge: 34 },
  { code: '35_49', minAge: 35, maxAge: 49 },
  { code: '50_64', minAge: 50, maxAge: 64 },
  { code: '65_plus', minAge: 65, maxAge: null },
] as const satisfies ReadonlyArray<{ code: string; minAge: number; maxAge: number | null }>;

export type AgeBand = (typeof AGE_BANDS)[number]['code'];

/** The bands' codes, youngest first (an API enum). */
export const AGE_BAND_CODES: readonly AgeBand[] = AGE_BANDS.map((band) => band.code);

/** The oldest age the list filter looks for in the last, open band. */
const OLDEST_AGE = 150;

/** The band of an age in years. */
export function ageBand(age: number): AgeBand {
  return (AGE_BANDS.find((band) => band.maxAge !== null && age <= band.maxAge) ?? AGE_BANDS[AGE_BANDS.length - 1]).code;
}

/** The birth years of the people in a band in `year` (a birth year only: the band is judged on it). */
export function birthYearsOf(code: AgeBand, year: number): { fromYear: number; toYear: number } {
  const band = AGE_BANDS.find((b) => b.code === code)!;
  return { fromYear: year - (band.maxAge ?? OLDEST_AGE), toYear: year - band.minAge };
}
