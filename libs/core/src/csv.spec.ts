import fc from 'fast-check';
import { CsvFileError, decodeText, headerKey, parseFrenchDate, readCsvTable } from './csv';

describe('CSV files from partners', () => {
  it('reads French and ISO dates, and refuses impossible ones', () => {
    expect(parseFrenchDate('05/11/2026')).toBe('2026-11-05');
    expect(parseFrenchDate('5/1/2026')).toBe('2026-01-05');
    expect(parseFrenchDate('2026-11-05')).toBe('2026-11-05');
    expect(parseFrenchDate('31/02/2026')).toBeNull();
    expect(parseFrenchDate('2026-13-01')).toBeNull();
  });

  it('reads any real date written the French way back to the same day', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }),
        (date) => {
          const iso = date.toISOString().slice(0, 10);
          const [year, month, day] = iso.split('-');
          expect(parseFrenchDate(`${day}/${month}/${year}`)).toBe(iso);
          expect(parseFrenchDate(`${Number(day)}/${Number(month)}/${year}`)).toBe(iso);
        },
      ),
    );
  });

  it('turns headers into keys whatever their accents, case and spaces', () => {
    expect(headerKey('  Date de Naissance ')).toBe('date_de_naissance');
    expect(headerKey('N° demande SI-SIAO')).toBe('n_demande_si_siao');
  });

  it('reads UTF-8 with a BOM and Windows-1252 alike', () => {
    expect(decodeText(new Uint8Array(Buffer.from('\uFEFFNom;Prénom', 'utf8')))).toEqual({ text: 'Nom;Prénom', encoding: 'utf-8' });
    expect(decodeText(new Uint8Array(Buffer.from('Nom;Prénom', 'latin1')))).toEqual({ text: 'Nom;Prénom', encoding: 'windows-1252' });
  });

  it('finds the separator and the line of each row, quoted line breaks included', () => {
    const table = readCsvTable(new Uint8Array(Buffer.from('\uFEFFa,b\r\n1,"x\ny"\r\n\r\n2,z\r\n', 'utf8')), 10);
    expect(table).toEqual({
      encoding: 'utf-8',
      delimiter: ',',
      header: ['a', 'b'],
      rows: [
        { line: 3, cells: ['1', 'x\ny'] },
        { line: 5, cells: ['2', 'z'] },
      ],
    });
  });

  it('refuses an empty file, a binary one and one with too many rows', () => {
    const problemsOf = (text: string, max = 10) => {
      try {
        readCsvTable(new Uint8Array(Buffer.from(text, 'utf8')), max);
      } catch (error) {
        return (error as CsvFileError).problems;
      }
      return null;
    };
    expect(problemsOf('\n')).toEqual([{ field: 'header', problems: ['the file is empty'] }]);
    expect(problemsOf('a;b\n1;\u0000')).toEqual([{ field: 'file', problems: [expect.stringContaining('line 2 holds a NUL')] }]);
    expect(problemsOf('a\n1\n2\n3\n', 2)).toEqual([{ field: 'file', problems: ['at most 2 rows per file'] }]);
  });
});
