import type { IndicatorCell } from '../../api/types';
import { cellLabel, formatValue, orderedCells, unitLabel } from './format';

const cell = (key: string, label?: string): IndicatorCell => ({ key, label, value: 12, masked: false });

describe('indicator cells and values', () => {
  it('orders cells as a reader expects: the pathway, ages, debt bands, communes by name, unknown last', () => {
    const keys = (breakdown: Parameters<typeof orderedCells>[0], cells: IndicatorCell[]) =>
      orderedCells(breakdown, cells).map((c) => c.key);
    expect(keys('category', [cell('closed'), cell('spotted'), cell('lease_signed'), cell('inconnu')])).toEqual([
      'spotted',
      'lease_signed',
      'closed',
      'inconnu',
    ]);
    expect(keys('age_band', [cell('18_24'), cell('65_plus'), cell('under_18')])).toEqual(['under_18', '18_24', '65_plus']);
    expect(keys('category', [cell('6000_et_plus'), cell('1500_3000'), cell('500_1500'), cell('0_500')])).toEqual([
      '0_500',
      '500_1500',
      '1500_3000',
      '6000_et_plus',
    ]);
    expect(keys('commune', [cell('73065', 'Chambéry'), cell('73008', 'Aix-les-Bains'), cell('73029', 'Barberaz')])).toEqual([
      '73008',
      '73029',
      '73065',
    ]);
  });

  it('names cells in French, debt bands in euros', () => {
    expect(cellLabel('category', cell('500_1500'))).toMatch(/^500\s€ à 1\s500\s€$/);
    expect(cellLabel('household_type', cell('single_parent'))).toBe('Famille monoparentale');
    expect(cellLabel('sex', cell('inconnu'))).toBe('Non renseigné');
  });

  it('shows cents as euros and nothing as a dash', () => {
    expect(formatValue(74_700, 'centimes')).toMatch(/^747\s€$/);
    expect(formatValue(null, 'ménages')).toBe('—');
    expect(formatValue(85, 'jours')).toBe('85');
    expect([unitLabel('ménages', 1), unitLabel('ménages', 0), unitLabel('ménages', 2), unitLabel('ménages')]).toEqual([
      'ménage',
      'ménage',
      'ménages',
      'ménages',
    ]);
  });
});
