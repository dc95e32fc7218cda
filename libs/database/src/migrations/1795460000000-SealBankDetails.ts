import { FieldCipher } from '@app/core';
import { MigrationInterface, QueryRunner } from 'typeorm';

/** The columns that FieldCipher seals, each bound to its row's id. */
const SEALED = [
  { table: 'pecule_bank_details', id: 'enrolment_id', column: 'iban' },
  { table: 'pecule_export', id: 'id', column: 'content' },
];

/**
 * Seals the IBANs and stored treasury files written in clear before FieldCipher. It needs the
 * configured key (DATA_ENCRYPTION_KEY), hence a class built around the cipher.
 */
export function sealBankDetails(cipher: FieldCipher) {
  const convert = async (queryRunner: QueryRunner, change: (value: string, rowId: string) => string | null) => {
    for (const { table, id, column } of SEALED) {
      const rows = await queryRunner.query(`SELECT ${id} AS id, ${column} AS value FROM ${table}`);
      for (const row of rows as Array<{ id: string; value: string }>) {
        const changed = change(row.value, row.id);
        if (changed !== null) await queryRunner.query(`UPDATE ${table} SET ${column} = $2 WHERE ${id} = $1`, [row.id, changed]);
      }
    }
  };
  return class SealBankDetails1795460000000 implements MigrationInterface {
    name = 'SealBankDetails1795460000000';

    async up(queryRunner: QueryRunner): Promise<void> {
      await convert(queryRunner, (value, rowId) => (FieldCipher.isSealed(value) ? null : cipher.seal(value, rowId)));
    }

    async down(queryRunner: QueryRunner): Promise<void> {
      await convert(queryRunner, (value, rowId) => (FieldCipher.isSealed(value) ? cipher.open(value, rowId) : null));
    }
  };
}
