import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A stipend may end for the Contrat d'engagement jeune, which replaced the Garantie jeunes on
 * 1 March 2022 (décret 2022-199); older enrolments keep `youth_guarantee`.
 */
export class PeculeEndReasonCej1796590000000 implements MigrationInterface {
  name = 'PeculeEndReasonCej1796590000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."pecule_end_reason" ADD VALUE IF NOT EXISTS 'youth_commitment_contract' AFTER 'youth_guarantee'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // An enum value cannot be dropped: the type is rebuilt, CEJ ends read back as the scheme it replaced.
    await queryRunner.query(`ALTER TYPE "public"."pecule_end_reason" RENAME TO "pecule_end_reason_old"`);
    await queryRunner.query(
      `CREATE TYPE "public"."pecule_end_reason" AS ENUM('job', 'training_allowance', 'youth_guarantee', 'rsa_at_25', 'left_programme', 'moved_away', 'end_date_reached')`,
    );
    await queryRunner.query(
      `ALTER TABLE "pecule_enrolment" ALTER COLUMN "end_reason" TYPE "public"."pecule_end_reason"
         USING (CASE WHEN "end_reason"::text = 'youth_commitment_contract' THEN 'youth_guarantee' ELSE "end_reason"::text END)::"public"."pecule_end_reason"`,
    );
    await queryRunner.query(`DROP TYPE "public"."pecule_end_reason_old"`);
  }
}
