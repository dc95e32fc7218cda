import { AGE_BAND_CODES, ageBand, birthYearsOf } from './age-bands';

describe('age bands', () => {
  it('places an age in the one set of bands, the last one open', () => {
    expect([0, 17, 18, 24, 25, 34, 35, 49, 50, 64, 65, 200].map(ageBand)).toEqual([
      'under_18',
      'under_18',
      '18_24',
      '18_24',
      '25_34',
      '25_34',
      '35_49',
      '35_49',
      '50_64',
      '50_64',
      '65_plus',
      '65_plus',
    ]);
    expect(AGE_BAND_CODES).toEqual(['under_18', '18_24', '25_34', '35_49', '50_64', '65_plus']);
  });

  it("turns a band into the birth years of this year's people", () => {
    expect(birthYearsOf('25_34', 2026)).toEqual({ fromYear: 1992, toYear: 2001 });
    expect(birthYearsOf('under_18', 2026)).toEqual({ fromYear: 2009, toYear: 2026 });
    expect(birthYearsOf('65_plus', 2026)).toEqual({ fromYear: 1876, toYear: 1961 });
  });
});
