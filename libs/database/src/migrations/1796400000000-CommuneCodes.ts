import { communeCodeByName, communeName, isCommuneCode, normalizeName } from '@app/core';
import { MigrationInterface, QueryRunner } from 'typeorm';

/** Every column where a commune was typed as free text; the facts and tokens copied it from events. */
const COLUMNS = [
  { table: 'household', column: 'commune' },
  { table: 'commission_proposal', column: 'offer_commune' },
  { table: 'arrears_file', column: 'commune' },
  { table: 'arrears_landlord', column: 'commune' },
  { table: 'statistical_token', column: 'commune' },
  { table: 'indicator_fact', column: 'commune' },
];

/**
 * Communes become INSEE codes (issue 20 §6). A free-text value becomes the code of the one commune
 * bearing that name (accents and case ignored); a name no commune bears, or several do (there are
 * many Saint-Martin), becomes null: nothing tells which one was meant. Only counts are printed,
 * never a value. The import's duplicate keys hold the commune: they follow.
 */
export class CommuneCodes1796400000000 implements MigrationInterface {
  name = 'CommuneCodes1796400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "arrears_file" ALTER COLUMN "commune" DROP NOT NULL`);
    let mapped = 0;
    let unresolved = 0;
    for (const { table, column } of COLUMNS) {
      const values: Array<{ value: string }> = await queryRunner.query(
        `SELECT DISTINCT "${column}" AS value FROM "${table}" WHERE "${column}" IS NOT NULL`,
      );
      for (const { value } of values) {
        if (isCommuneCode(value)) continue;
        const code = communeCodeByName(value);
        const [, count]: [unknown, number] = await queryRunner.query(`UPDATE "${table}" SET "${column}" = $2 WHERE "${column}" = $1`, [
          value,
          code,
        ]);
        if (code) mapped += count;
        else unresolved += count;
      }
    }
    await this.rekey(queryRunner, (commune) => commune.toLowerCase());
    console.log(`Communes: ${mapped} values mapped to their INSEE code, ${unresolved} left empty (no single commune of that name)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const { table, column } of COLUMNS) {
      const values: Array<{ value: string }> = await queryRunner.query(
        `SELECT DISTINCT "${column}" AS value FROM "${table}" WHERE "${column}" IS NOT NULL`,
      );
      for (const { value } of values) {
        const name = communeName(value);
        if (name) await queryRunner.query(`UPDATE "${table}" SET "${column}" = $2 WHERE "${column}" = $1`, [value, name]);
      }
    }
    await this.rekey(queryRunner, normalizeName);
    await queryRunner.query(`UPDATE "arrears_file" SET "commune" = '' WHERE "commune" IS NULL`);
    await queryRunner.query(`ALTER TABLE "arrears_file" ALTER COLUMN "commune" SET NOT NULL`);
  }

  /** The keys end with the normalised commune (`name|first|commune`, `name|commune`): rewrite that last part. */
  private async rekey(queryRunner: QueryRunner, normalise: (commune: string) => string): Promise<void> {
    for (const { table, key } of [
      { table: 'arrears_file', key: 'tenant_key' },
      { table: 'arrears_landlord', key: 'match_key' },
    ]) {
      const rows: Array<{ id: string; key: string; commune: string }> = await queryRunner.query(
        `SELECT id, "${key}" AS key, commune FROM "${table}" WHERE commune IS NOT NULL`,
      );
      for (const row of rows) {
        const rekeyed = row.key.replace(/[^|]*$/, normalise(row.commune));
        if (rekeyed !== row.key) await queryRunner.query(`UPDATE "${table}" SET "${key}" = $2 WHERE id = $1`, [row.id, rekeyed]);
      }
    }
  }
}
