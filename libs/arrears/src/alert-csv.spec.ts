import fc from 'fast-check';
import { CsvFileError } from '@app/core';
import { parseAlertFile, parseEuros, tenantKey } from './alert-csv';

const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));
const latin1 = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));
const HEADER = 'Nom;Prénom;Commune;Loyer;Charges;Bailleur;Type bailleur;Dette;Mois impayés;Date situation';

describe('alert CSV import', () => {
  it('reads French amounts: decimal commas, spaces and points as thousands separators', () => {
    expect(parseEuros('1 234,56')).toBe(123456);
    expect(parseEuros('1\u00a0234,5 €')).toBe(123450);
    expect(parseEuros('1.234,56')).toBe(123456);
    expect(parseEuros('1234.56')).toBe(123456);
    expect(parseEuros('620')).toBe(62000);
    expect(parseEuros('-12')).toBeNull();
    expect(parseEuros('12,345')).toBeNull();
    expect(parseEuros('douze')).toBeNull();
  });

  it('reads any amount written with a decimal comma back to its cents', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000 }), (cents) => {
        const text = `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, '0')}`;
        expect(parseEuros(text)).toBe(cents);
      }),
    );
  });

  it('accepts a Windows-1252 file with semicolons, and says which encoding it read', () => {
    const file = parseAlertFile(
      latin1(`${HEADER}\nLefèvre;Hélène;Chambéry;620,50;40;SCI Les Tilleuls;société;1 860,00;3;15/11/2026\n`),
      '2026-11-23',
      'landlord',
    );
    expect(file).toMatchObject({ encoding: 'windows-1252', delimiter: ';' });
    expect(file.rows).toEqual([
      {
        line: 2,
        row: expect.objectContaining({
          tenantLastName: 'Lefèvre',
          tenantFirstName: 'Hélène',
          commune: '73065', // the name, turned into its INSEE code
          rentCents: 62050,
          chargesCents: 4000,
          landlordName: 'SCI Les Tilleuls',
          landlordKind: 'company',
          debtCents: 186000,
          monthsUnpaid: 3,
          observedOn: '2026-11-15',
          alertSource: 'landlord',
        }),
      },
    ]);
  });

  it('accepts UTF-8 with a BOM and commas, with quoted cells', () => {
    const file = parseAlertFile(
      utf8(
        `\uFEFFnom,commune,loyer,bailleur,dette,date_situation,source\n"Dupont, Jr",Aix-les-Bains,"512,30",M. Roux,900,2026-11-01,caf\n`,
      ),
      '2026-11-23',
      'landlord',
    );
    expect(file).toMatchObject({ encoding: 'utf-8', delimiter: ',' });
    expect(file.rows[0]).toMatchObject({
      row: { tenantLastName: 'Dupont, Jr', rentCents: 51230, alertSource: 'caf', landlordKind: 'individual' },
    });
  });

  it('reports each bad row with every reason, by line and column', () => {
    const file = parseAlertFile(
      utf8(`${HEADER}\n;Léa;Chambéry;-620;;Roux;château;abc;3;31/02/2026\nMartin;;Chambéry;600;;Roux;;500;;01/12/2030\n`),
      '2026-11-23',
      'landlord',
    );
    expect(file.rows).toEqual([
      {
        line: 2,
        problems: expect.arrayContaining([
          { field: 'nom', problems: ['required'] },
          { field: 'loyer', problems: ['"-620" is not an amount in euros'] },
          { field: 'type_bailleur', problems: [expect.stringContaining('one of')] },
          { field: 'dette', problems: ['"abc" is not an amount in euros'] },
          { field: 'date_situation', problems: ['a date such as 31/12/2026'] },
        ]),
      },
      { line: 3, problems: [{ field: 'date_situation', problems: ['must not be in the future'] }] },
    ]);
  });

  it('takes a commune as an INSEE code or a name only one commune bears', () => {
    const file = parseAlertFile(
      utf8(
        `${HEADER}\nA;;73029;600;;Roux;;500;;01/11/2026\nB;;Saint-Martin;600;;Roux;;500;;01/11/2026\nC;;Atlantis;600;;Roux;;500;;01/11/2026\n`,
      ),
      '2026-11-23',
      'landlord',
    );
    expect(file.rows[0]).toMatchObject({ row: { commune: '73029' } });
    for (const row of file.rows.slice(1))
      expect(row).toMatchObject({ problems: [{ field: 'commune', problems: [expect.stringContaining('INSEE code')] }] });
  });

  it('refuses a file whose header lacks a column or has an unknown one', () => {
    const error = (() => {
      try {
        parseAlertFile(utf8('nom;commune;loyer;montant;date\nA;B;1;2;01/01/2026\n'), '2026-11-23', 'landlord');
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(CsvFileError);
    expect((error as CsvFileError).problems).toEqual([
      { field: 'header', problems: ['missing columns: bailleur, dette', expect.stringMatching(/^unknown columns: montant/)] },
    ]);
  });

  it('recognises the same tenant whatever the accents and case', () => {
    expect(tenantKey('LEFÈVRE', 'hélène', 'Chambéry')).toBe(tenantKey('Lefevre', 'Helene', 'CHAMBERY'));
  });
});
