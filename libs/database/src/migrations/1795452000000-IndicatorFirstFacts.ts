import { MigrationInterface, QueryRunner } from 'typeorm';

/** Flags each subject's first fact per calendar month, quarter and year (see IndicatorFact.firstIn). */
export class IndicatorFirstFacts1795452000000 implements MigrationInterface {
  name = 'IndicatorFirstFacts1795452000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "indicator_fact" ADD "first_in" smallint NOT NULL DEFAULT 0`);
    await queryRunner.query(
      `UPDATE indicator_fact f SET first_in = n.first_in
         FROM (SELECT id,
                      (CASE WHEN row_number() OVER (PARTITION BY indicator_code, territory_id, subject_token, date_trunc('month', occurred_on) ORDER BY occurred_on, id) = 1 THEN 1 ELSE 0 END
                     + CASE WHEN row_number() OVER (PARTITION BY indicator_code, territory_id, subject_token, date_trunc('quarter', occurred_on) ORDER BY occurred_on, id) = 1 THEN 2 ELSE 0 END
                     + CASE WHEN row_number() OVER (PARTITION BY indicator_code, territory_id, subject_token, date_trunc('year', occurred_on) ORDER BY occurred_on, id) = 1 THEN 4 ELSE 0 END) AS first_in
                 FROM indicator_fact WHERE subject_token IS NOT NULL) n
        WHERE f.id = n.id AND n.first_in <> 0`,
    );
    for (const [unit, bit] of [['month', 1], ['quarter', 2], ['year', 4]] as const) {
      await queryRunner.query(
        `CREATE INDEX "ix_indicator_fact_first_in_${unit}" ON "indicator_fact" ("indicator_code", "territory_id", "occurred_on") WHERE first_in & ${bit} <> 0`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const unit of ['month', 'quarter', 'year']) await queryRunner.query(`DROP INDEX "public"."ix_indicator_fact_first_in_${unit}"`);
    await queryRunner.query(`ALTER TABLE "indicator_fact" DROP COLUMN "first_in"`);
  }
}
