import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The eviction procedure as the law stands (issue 18 §1): the lease's signing date on a file
 * (existing files: unknown, so their termination clause shows both possible delays), the report
 * of the arrears to the CAF/MSA as a stage, the winter truce's exceptions on an eviction, and the
 * acts and decisions recorded beside the stages.
 */
export class ArrearsLaw1796500000000 implements MigrationInterface {
  name = 'ArrearsLaw1796500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "arrears_file" ADD "lease_signed_on" date`);
    await queryRunner.query(`ALTER TYPE "public"."arrears_stage" ADD VALUE IF NOT EXISTS 'caf_msa_report' BEFORE 'formal_notice'`);
    await queryRunner.query(`CREATE TYPE "public"."arrears_truce_exception" AS ENUM('rehousing_ensured', 'entered_by_force')`);
    await queryRunner.query(`ALTER TABLE "arrears_stage_record" ADD "truce_exception" "public"."arrears_truce_exception"`);
    await queryRunner.query(
      `CREATE TYPE "public"."arrears_procedure_fact_kind" AS ENUM('formal_notice_reported_to_ccapex', 'social_financial_diagnosis', 'rent_resumed_before_hearing', 'judgment_served', 'missed_instalment', 'prefect_informed', 'quit_delay_reduced', 'enforcement_delay_granted')`,
    );
    await queryRunner.query(
      `CREATE TABLE "arrears_procedure_fact" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "file_id" uuid NOT NULL, "kind" "public"."arrears_procedure_fact_kind" NOT NULL, "occurred_on" date NOT NULL, "months" smallint, "days" smallint, "note" text, "recorded_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_arrears_procedure_fact_delay" CHECK ((months IS NULL OR months >= 0) AND (days IS NULL OR days >= 0)), CONSTRAINT "PK_arrears_procedure_fact" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_4188d3927e9f6fb8a65ee55127" ON "arrears_procedure_fact" ("file_id", "occurred_on") `);
    await queryRunner.query(
      `ALTER TABLE "arrears_procedure_fact" ADD CONSTRAINT "FK_68074b0271193ea1e62fffaf9ac" FOREIGN KEY ("file_id") REFERENCES "arrears_file"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "arrears_procedure_fact"`);
    await queryRunner.query(`DROP TYPE "public"."arrears_procedure_fact_kind"`);
    await queryRunner.query(`ALTER TABLE "arrears_stage_record" DROP COLUMN "truce_exception"`);
    await queryRunner.query(`DROP TYPE "public"."arrears_truce_exception"`);
    // A value cannot be dropped from an enum: the stages recorded as reports to the CAF/MSA go, the type is rebuilt.
    await queryRunner.query(`DELETE FROM "arrears_stage_record" WHERE "stage" = 'caf_msa_report'`);
    await queryRunner.query(
      `UPDATE "arrears_file" f SET "stage" = (SELECT r."stage" FROM "arrears_stage_record" r WHERE r."file_id" = f."id" ORDER BY r."occurred_on" DESC, r."created_at" DESC LIMIT 1) WHERE f."stage" = 'caf_msa_report'`,
    );
    await queryRunner.query(`ALTER TYPE "public"."arrears_stage" RENAME TO "arrears_stage_old"`);
    await queryRunner.query(
      `CREATE TYPE "public"."arrears_stage" AS ENUM('first_unpaid_rent', 'formal_notice', 'ccapex_referral', 'court_summons', 'hearing', 'judgment', 'notice_to_quit', 'police_assistance_requested', 'eviction_carried_out')`,
    );
    for (const table of ['arrears_file', 'arrears_stage_record'])
      await queryRunner.query(`ALTER TABLE "${table}" ALTER COLUMN "stage" TYPE "public"."arrears_stage" USING "stage"::text::"public"."arrears_stage"`);
    await queryRunner.query(`DROP TYPE "public"."arrears_stage_old"`);
    await queryRunner.query(`ALTER TABLE "arrears_file" DROP COLUMN "lease_signed_on"`);
  }
}
