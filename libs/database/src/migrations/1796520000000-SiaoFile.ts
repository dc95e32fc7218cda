import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The SIAO's file: its identifiers (SI-SIAO demand, social-housing demand and its renewal date),
 * priority labels and support measures, the orientations practised, and SI-SIAO imports.
 * Existing files keep no identifier and empty lists.
 */
export class SiaoFile1796520000000 implements MigrationInterface {
  name = 'SiaoFile1796520000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "household" ADD "siao_demand_number" text`);
    await queryRunner.query(`ALTER TABLE "household" ADD "social_housing_demand_number" text`);
    await queryRunner.query(`ALTER TABLE "household" ADD "social_housing_demand_renewal_on" date`);
    await queryRunner.query(`ALTER TABLE "household" ADD "priority_labels" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(`ALTER TABLE "household" ADD "support_measures" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_household_siao_demand" ON "household" ("territory_id", "siao_demand_number") WHERE siao_demand_number IS NOT NULL`,
    );
    for (const value of ['chrs', 'residence_accueil', 'lhss', 'act', 'fjt', 'un_chez_soi_dabord'])
      await queryRunner.query(`ALTER TYPE "public"."orientation" ADD VALUE IF NOT EXISTS '${value}'`);
    await queryRunner.query(
      `CREATE TABLE "household_import" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "territory_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "sha256" text NOT NULL, "imported_by" uuid NOT NULL, "report" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_household_import" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_household_import_file" ON "household_import" ("organisation_id", "sha256")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "household_import"`);
    // An enum value cannot be dropped: the type is rebuilt, and evaluations of the new orientations become "other" housing offers.
    await queryRunner.query(
      `CREATE TYPE "public"."orientation_old" AS ENUM('ordinary_social_housing', 'private_housing_iml', 'pension_de_famille', 'residence_sociale', 'bail_glissant', 'emergency_shelter')`,
    );
    await queryRunner.query(
      `ALTER TABLE "siao_evaluation" ALTER COLUMN "orientation" TYPE "public"."orientation_old" USING (CASE WHEN "orientation"::text IN ('chrs', 'lhss', 'act') THEN 'emergency_shelter' WHEN "orientation"::text IN ('residence_accueil', 'un_chez_soi_dabord') THEN 'pension_de_famille' WHEN "orientation"::text = 'fjt' THEN 'residence_sociale' ELSE "orientation"::text END)::"public"."orientation_old"`,
    );
    await queryRunner.query(`DROP TYPE "public"."orientation"`);
    await queryRunner.query(`ALTER TYPE "public"."orientation_old" RENAME TO "orientation"`);
    await queryRunner.query(`DROP INDEX "public"."uq_household_siao_demand"`);
    await queryRunner.query(`ALTER TABLE "household" DROP COLUMN "support_measures"`);
    await queryRunner.query(`ALTER TABLE "household" DROP COLUMN "priority_labels"`);
    await queryRunner.query(`ALTER TABLE "household" DROP COLUMN "social_housing_demand_renewal_on"`);
    await queryRunner.query(`ALTER TABLE "household" DROP COLUMN "social_housing_demand_number"`);
    await queryRunner.query(`ALTER TABLE "household" DROP COLUMN "siao_demand_number"`);
  }
}
