import { CsvFileError } from '@app/core';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseSiaoFile } from './siao-import';
import { parseSiaoImportMapping, SiaoImportMapping } from './siao-import-mapping';

const root = resolve(__dirname, '../../..');
const DEFAULT_MAPPING = parseSiaoImportMapping(JSON.parse(readFileSync(resolve(root, 'config/siao-import.json'), 'utf8')));
const TODAY = '2026-11-30';
const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

/** Another SIAO's extraction: English-like headers, other words for the values. */
const OTHER_MAPPING: SiaoImportMapping = parseSiaoImportMapping({
  columns: {
    siaoDemandNumber: ['Ref dossier'],
    demandDate: ['Cree le'],
    lastName: ['Nom de famille'],
    firstName: ['Prenom usuel'],
    birthDate: ['DDN'],
    sex: ['Civilite'],
    livingSituation: ['Hebergement actuel'],
  },
  values: { sex: { Mme: 'female', 'M.': 'male' }, livingSituation: { SDF: 'street', CHU: 'emergency_shelter' } },
});

describe('SI-SIAO import file', () => {
  it('reads the shipped sample with the default mapping, ignoring the columns it does not name', () => {
    const file = parseSiaoFile(readFileSync(resolve(root, 'docs/samples/si-siao-demandes.csv')), TODAY, DEFAULT_MAPPING);
    expect(file).toMatchObject({ encoding: 'utf-8', delimiter: ';', ignoredColumns: ['Composition', 'Orientation préconisée'] });
    expect(file.rows).toHaveLength(3);
    expect(file.rows[0]).toEqual({
      line: 2,
      row: {
        line: 2,
        siaoDemandNumber: 'SIAO73-2026-000101',
        demandDate: '2026-11-03',
        lastName: 'Lefèvre',
        firstName: 'Hélène',
        birthDate: '1979-02-14',
        sex: 'female',
        livingSituation: 'third_party',
        commune: '73065',
        socialHousingDemandNumber: '073112500001234567',
        socialHousingDemandRenewalOn: '2027-03-02',
      },
    });
    expect(file.rows[2]).toMatchObject({ row: { sex: 'female', livingSituation: 'hotel', commune: '73008' } });
  });

  it('reads another SIAO’s extraction through its own mapping, in Windows-1252 with commas', () => {
    const text =
      'Ref dossier,Cree le,Nom de famille,Prenom usuel,DDN,Civilite,Hebergement actuel\n' + 'd-77 12,1/10/2026,Éluard,Paul,,M.,CHU\n';
    const file = parseSiaoFile(new Uint8Array(Buffer.from(text, 'latin1')), TODAY, OTHER_MAPPING);
    expect(file).toMatchObject({ encoding: 'windows-1252', delimiter: ',', ignoredColumns: [] });
    expect(file.rows[0]).toMatchObject({
      row: { siaoDemandNumber: 'D-7712', demandDate: '2026-10-01', lastName: 'Éluard', sex: 'male', livingSituation: 'emergency_shelter' },
    });
    // The default mapping does not know these headers: the file is refused as a whole, saying which are missing.
    expect(() => parseSiaoFile(new Uint8Array(Buffer.from(text, 'latin1')), TODAY, DEFAULT_MAPPING)).toThrow(CsvFileError);
  });

  it('reports every problem of a row, and imports nothing of it', () => {
    const file = parseSiaoFile(
      utf8(
        'N° demande;Date de la demande;Nom;Date de naissance;Sexe;Situation actuelle;Commune;NUR\n' +
          '#!;31/02/2026;;01/01/2030;X;Lune;Atlantis;12\n',
      ),
      TODAY,
      DEFAULT_MAPPING,
    );
    expect(file.rows[0]).toMatchObject({ line: 2 });
    const problems = 'problems' in file.rows[0] ? file.rows[0].problems : [];
    expect(problems.map((p) => p.field).sort()).toEqual(
      ['birthDate', 'commune', 'demandDate', 'lastName', 'livingSituation', 'sex', 'siaoDemandNumber', 'socialHousingDemandNumber'].sort(),
    );
  });

  it('refuses a header without the required fields, or with two columns for one field', () => {
    const problemsOf = (header: string) => {
      try {
        parseSiaoFile(utf8(`${header}\n`), TODAY, DEFAULT_MAPPING);
      } catch (error) {
        return (error as CsvFileError).problems[0].problems;
      }
      return [];
    };
    expect(problemsOf('Nom;Prénom')).toEqual([
      expect.stringMatching(/^missing a column for siaoDemandNumber/),
      expect.stringMatching(/^missing a column for demandDate/),
    ]);
    expect(problemsOf('N° demande;Numéro de demande;Date demande;Nom')).toEqual(['several columns for: siaoDemandNumber']);
  });

  it('refuses a mapping that gives one header to two fields, or leaves a required field without headers', () => {
    expect(() =>
      parseSiaoImportMapping({ columns: { siaoDemandNumber: ['Nom'], demandDate: ['Date'], lastName: ['NOM'] }, values: {} }),
    ).toThrow(/already names siaoDemandNumber/);
    expect(() => parseSiaoImportMapping({ columns: { siaoDemandNumber: ['N'], lastName: ['Nom'] }, values: {} })).toThrow(/demandDate/);
  });

  it('keeps any name and demand number of a row, whatever the separator, quotes or encoding', () => {
    const name = fc.stringMatching(/^[A-Za-zÀ-ÿ' -]{1,30}$/).filter((n) => n.trim().length > 0);
    const number = fc.stringMatching(/^[A-Z0-9][A-Z0-9-]{0,20}$/);
    fc.assert(
      fc.property(
        name,
        number,
        fc.constantFrom(';', ','),
        fc.constantFrom('utf8', 'latin1') as fc.Arbitrary<BufferEncoding>,
        (last, id, sep, encoding) => {
          const quote = (v: string) => `"${v.replace(/"/g, '""')}"`;
          const text = ['N° demande', 'Date demande', 'Nom'].join(sep) + '\r\n' + [quote(id), '01/11/2026', quote(last)].join(sep) + '\r\n';
          const file = parseSiaoFile(new Uint8Array(Buffer.from(text, encoding)), TODAY, DEFAULT_MAPPING);
          expect(file.rows[0]).toMatchObject({ row: { siaoDemandNumber: id, lastName: last.trim() } });
        },
      ),
    );
  });
});
