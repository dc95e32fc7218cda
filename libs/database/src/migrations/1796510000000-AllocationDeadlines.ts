import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Allocation and lease as the law stands (issue 18 §2): the offer's answer deadline and the
 * suspensive condition's (proposal and file), the landlord's written reason, the bail glissant's
 * review period; events Parcours records itself (a deadline passed) have no user. Existing bail
 * glissant files get the default period of 6 months and the end of the period running today,
 * counted from their lease; allocations already recorded keep no deadline (none was set).
 */
export class AllocationDeadlines1796510000000 implements MigrationInterface {
  name = 'AllocationDeadlines1796510000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "household" ADD "offer_answer_due_on" date`);
    await queryRunner.query(`ALTER TABLE "household" ADD "allocation_condition_due_on" date`);
    await queryRunner.query(`ALTER TABLE "household" ADD "bail_glissant_review_months" smallint`);
    await queryRunner.query(`ALTER TABLE "household" ADD "next_bail_glissant_review_on" date`);
    await queryRunner.query(`ALTER TABLE "commission_proposal" ADD "cal_reason" text`);
    await queryRunner.query(`ALTER TABLE "commission_proposal" ADD "answer_due_on" date`);
    await queryRunner.query(`ALTER TABLE "commission_proposal" ADD "condition_due_on" date`);
    await queryRunner.query(`ALTER TABLE "household_event" ALTER COLUMN "recorded_by" DROP NOT NULL`);
    // The first 6-month period end after today: whole months elapsed since the lease, rounded up to the next period.
    await queryRunner.query(
      `UPDATE "household" SET "bail_glissant_review_months" = 6,
              "next_bail_glissant_review_on" = "lease_signed_on" + make_interval(months => 6 * (floor(
                (extract(year FROM age(current_date, "lease_signed_on")) * 12 + extract(month FROM age(current_date, "lease_signed_on"))) / 6)::int + 1))
        WHERE "lease_type" = 'bail_glissant' AND "lease_signed_on" IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "household_event" WHERE "recorded_by" IS NULL`);
    await queryRunner.query(`ALTER TABLE "household_event" ALTER COLUMN "recorded_by" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "commission_proposal" DROP COLUMN "condition_due_on"`);
    await queryRunner.query(`ALTER TABLE "commission_proposal" DROP COLUMN "answer_due_on"`);
    await queryRunner.query(`ALTER TABLE "commission_proposal" DROP COLUMN "cal_reason"`);
    await queryRunner.query(`ALTER TABLE "household" DROP COLUMN "next_bail_glissant_review_on"`);
    await queryRunner.query(`ALTER TABLE "household" DROP COLUMN "bail_glissant_review_months"`);
    await queryRunner.query(`ALTER TABLE "household" DROP COLUMN "allocation_condition_due_on"`);
    await queryRunner.query(`ALTER TABLE "household" DROP COLUMN "offer_answer_due_on"`);
  }
}
