import { MigrationInterface, QueryRunner } from 'typeorm';

const RENAMED: Array<[string, string]> = [
  ['moins_de_18', 'under_18'],
  ['65_et_plus', '65_plus'],
];

/**
 * Issue 19 §5: one set of age bands (`libs/core/src/age-bands.ts`). The facts keep their
 * boundaries (18, 25, 35, 50, 65) and take the English codes of the household list's filter; the
 * bands in between were already named alike.
 */
export class AgeBandCodes1796600000000 implements MigrationInterface {
  name = 'AgeBandCodes1796600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await this.rename(queryRunner, RENAMED);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await this.rename(
      queryRunner,
      RENAMED.map(([before, after]) => [after, before]),
    );
  }

  private async rename(queryRunner: QueryRunner, codes: Array<[string, string]>): Promise<void> {
    for (const table of ['indicator_fact', 'statistical_token']) {
      for (const [from, to] of codes) {
        await queryRunner.query(`UPDATE "${table}" SET "age_band" = $2 WHERE "age_band" = $1`, [from, to]);
      }
    }
  }
}
