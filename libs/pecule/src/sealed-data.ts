import { FieldCipher } from '@app/core';
import { DataSource } from 'typeorm';

/**
 * The pécule columns sealed with FieldCipher, each bound to its row's id. A column added here also
 * needs a migration that seals its clear values (as SealBankDetails1795460000000 did for these two).
 */
const SEALED_COLUMNS = [
  { table: 'pecule_bank_details', id: 'enrolment_id', column: 'iban' },
  { table: 'pecule_export', id: 'id', column: 'content' },
] as const;

const BATCH = 500;

/**
 * After a key rotation, re-seals under the current key every value sealed under a previous one,
 * in batches; a row changed meanwhile (sealed anew by the API) is left as it is. Returns how many
 * values were re-sealed: once it says 0, the previous keys can be dropped from the configuration.
 */
export async function resealUnderCurrentKey(dataSource: DataSource, cipher: FieldCipher): Promise<number> {
  let resealed = 0;
  for (const { table, id, column } of SEALED_COLUMNS) {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = await dataSource.query<Array<{ id: string; value: string }>>(
        `SELECT ${id} AS id, ${column} AS value FROM ${table}
          WHERE ${id} > $1 AND NOT starts_with(${column}, $2) ORDER BY ${id} LIMIT ${BATCH}`,
        [after, cipher.currentPrefix],
      );
      if (rows.length === 0) break;
      for (const row of rows) {
        const [, changed] = await dataSource.query<[unknown[], number]>(
          `UPDATE ${table} SET ${column} = $3 WHERE ${id} = $1 AND ${column} = $2`,
          [row.id, row.value, cipher.seal(cipher.open(row.value, row.id), row.id)],
        );
        resealed += changed;
      }
      after = rows[rows.length - 1].id;
    }
  }
  return resealed;
}
