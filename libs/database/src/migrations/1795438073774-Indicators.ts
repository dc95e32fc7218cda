import { MigrationInterface, QueryRunner } from "typeorm";

export class Indicators1795438073774 implements MigrationInterface {
    name = 'Indicators1795438073774'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "indicator_fact" ("id" BIGSERIAL NOT NULL, "indicator_code" text NOT NULL, "territory_id" uuid NOT NULL, "occurred_on" date NOT NULL, "subject_token" uuid, "value" bigint, "age_band" text, "household_type" text, "sex" text, "commune" text, "scheme" text, "category" text, "source_event_id" bigint NOT NULL, CONSTRAINT "PK_c72805841530d219a8c2b859c79" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_indicator_fact_query" ON "indicator_fact"  ("indicator_code", "territory_id", "occurred_on") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_indicator_fact_source" ON "indicator_fact"  ("source_event_id", "indicator_code") `);
        await queryRunner.query(`CREATE TABLE "statistical_token" ("subject_id" uuid NOT NULL, "subject_kind" text NOT NULL, "token" uuid NOT NULL, "opened_on" date, "age_band" text, "household_type" text, "sex" text, "commune" text, CONSTRAINT "UQ_02eb5306b5c7d31dd521f846a65" UNIQUE ("token"), CONSTRAINT "PK_d19e097e3648fdfc2b272ba31ae" PRIMARY KEY ("subject_id"))`);
        await queryRunner.query(`ALTER TABLE "outbox_event" ADD "projected_at" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`CREATE INDEX "IDX_d5ba85840a19b284e16f549369" ON "outbox_event"  ("aggregate_id") `);
        await queryRunner.query(`CREATE INDEX "ix_outbox_event_unprojected" ON "outbox_event"  ("id") WHERE projected_at IS NULL`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."ix_outbox_event_unprojected"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_d5ba85840a19b284e16f549369"`);
        await queryRunner.query(`ALTER TABLE "outbox_event" DROP COLUMN "projected_at"`);
        await queryRunner.query(`DROP TABLE "statistical_token"`);
        await queryRunner.query(`DROP INDEX "public"."uq_indicator_fact_source"`);
        await queryRunner.query(`DROP INDEX "public"."ix_indicator_fact_query"`);
        await queryRunner.query(`DROP TABLE "indicator_fact"`);
    }

}
