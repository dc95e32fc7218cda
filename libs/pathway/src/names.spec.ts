import { normalizeName } from '@app/core';
import { householdTypeOf, searchTextOf } from './names';

describe('names', () => {
  it('normalises accents, case and punctuation', () => {
    expect(normalizeName("  Éloïse  D'Aubigné ")).toBe('eloise d aubigne');
    expect(normalizeName('ÇA-VA')).toBe('ca va');
  });

  it('builds the search text from first names, last names and aliases', () => {
    expect(searchTextOf([{ firstName: 'Amina', lastName: 'Bénali' }, { alias: 'Le Grand' }])).toBe('amina benali le grand');
  });

  it('derives a coarse household type', () => {
    expect(householdTypeOf(['reference'])).toBe('single');
    expect(householdTypeOf(['reference', 'child'])).toBe('single_parent');
    expect(householdTypeOf(['reference', 'spouse'])).toBe('couple');
    expect(householdTypeOf(['reference', 'spouse', 'child', 'child'])).toBe('couple_with_children');
    expect(householdTypeOf(['reference', 'other_adult'])).toBe('other');
  });
});
