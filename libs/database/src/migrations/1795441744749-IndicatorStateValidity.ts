import { MigrationInterface, QueryRunner } from "typeorm";

export class IndicatorStateValidity1795441744749 implements MigrationInterface {
    name = 'IndicatorStateValidity1795441744749'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "indicator_fact" ADD "valid_to" date NOT NULL DEFAULT 'infinity'`);
        await queryRunner.query(`CREATE INDEX "ix_indicator_fact_subject" ON "indicator_fact"  ("subject_token") `);
        // Facts projected before: each one is valid until the subject's next fact of the same indicator.
        await queryRunner.query(`UPDATE indicator_fact f SET valid_to = n.next
                                   FROM (SELECT id, lead(occurred_on) OVER (PARTITION BY indicator_code, subject_token ORDER BY occurred_on, source_event_id) AS next
                                           FROM indicator_fact WHERE subject_token IS NOT NULL) n
                                  WHERE f.id = n.id AND n.next IS NOT NULL`);
        await queryRunner.query(`CREATE INDEX "ix_indicator_fact_validity" ON "indicator_fact"  ("indicator_code", "valid_to", "occurred_on") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."ix_indicator_fact_validity"`);
        await queryRunner.query(`DROP INDEX "public"."ix_indicator_fact_subject"`);
        await queryRunner.query(`ALTER TABLE "indicator_fact" DROP COLUMN "valid_to"`);
    }

}
