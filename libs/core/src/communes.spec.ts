import { communeByCode, communeCodeByName, communeName, isCommuneCode, searchCommunes } from './communes';

describe('the INSEE reference of communes', () => {
  it('finds a commune by its code, Corsica included, and nothing for a code it does not hold', () => {
    expect(communeByCode('73065')).toEqual({ code: '73065', name: 'Chambéry', departement: '73', postalCodes: ['73000'] });
    expect(communeByCode('2A004')).toMatchObject({ name: 'Ajaccio', departement: '2A' });
    expect(communeName('2B033')).toBe('Bastia');
    expect(isCommuneCode('73065')).toBe(true);
    for (const code of ['20004', '73999', '7306', '730650', 'chambery', '2a004', '', null]) expect(isCommuneCode(code)).toBe(false);
    expect(communeName(null)).toBeNull();
  });

  it('searches by the start of the name, ignoring accents, case and hyphens', () => {
    const found = searchCommunes('chambe', { departement: '73' });
    expect(found.map((c) => c.name)).toEqual(expect.arrayContaining(['Chambéry']));
    expect(found.every((c) => c.departement === '73')).toBe(true);
    expect(searchCommunes('CHAMBÉRY', { departement: '73' })[0]).toMatchObject({ code: '73065' });
    expect(searchCommunes('la motte servolex').map((c) => c.code)).toEqual(['73179']);
    expect(searchCommunes('ajac', { departement: '2a' }).map((c) => c.code)).toEqual(['2A004']);
  });

  it('gives at most 20 answers, and searches codes and postal codes too', () => {
    expect(searchCommunes('saint')).toHaveLength(20);
    expect(searchCommunes('730').every((c) => c.code.startsWith('730') || c.postalCodes.some((p) => p.startsWith('730')))).toBe(true);
    expect(searchCommunes('73000').map((c) => c.name)).toEqual(expect.arrayContaining(['Chambéry', 'Bassens', 'Barberaz']));
    expect(searchCommunes('zzzz')).toEqual([]);
    expect(searchCommunes('  ')).toEqual([]);
  });

  it('maps a name to a code only when one commune bears it', () => {
    expect(communeCodeByName('chambery')).toBe('73065');
    expect(communeCodeByName('JACOB BELLECOMBETTE')).toBe('73137');
    expect(communeCodeByName('Saint-Martin')).toBeNull(); // dozens of them
    expect(communeCodeByName('Atlantis')).toBeNull();
  });
});
