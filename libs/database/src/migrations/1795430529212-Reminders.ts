import { MigrationInterface, QueryRunner } from "typeorm";

export class Reminders1795430529212 implements MigrationInterface {
    name = 'Reminders1795430529212'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TYPE "public"."reminder_status" AS ENUM('scheduled', 'delivered', 'acknowledged', 'snoozed', 'done', 'cancelled')`);
        await queryRunner.query(`CREATE TYPE "public"."reminder_email_status" AS ENUM('none', 'pending', 'sending', 'sent', 'failed')`);
        await queryRunner.query(`CREATE TABLE "reminder" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "territory_id" uuid NOT NULL, "rule_code" text NOT NULL, "subject_type" text NOT NULL, "subject_id" uuid NOT NULL, "subject_reference" text NOT NULL, "label" text NOT NULL, "message" text NOT NULL, "by_email" boolean NOT NULL, "anchor_key" text, "anchor_at" TIMESTAMP WITH TIME ZONE NOT NULL, "recipient_user_id" uuid, "recipient_organisation_id" uuid NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "status" "public"."reminder_status" NOT NULL DEFAULT 'scheduled', "snoozed_until" TIMESTAMP WITH TIME ZONE, "delivered_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "closed_by" uuid, "email_status" "public"."reminder_email_status" NOT NULL DEFAULT 'none', "email_attempts" integer NOT NULL DEFAULT '0', "emailed_at" TIMESTAMP WITH TIME ZONE, "source_event_id" bigint NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_2c8a2e64294e35d09b5ff125606" UNIQUE ("rule_code", "source_event_id"), CONSTRAINT "PK_9ec029d17cb8dece186b9221ede" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_3a45317efc8f9730d56ace8943" ON "reminder"  ("status", "due_at") `);
        await queryRunner.query(`CREATE INDEX "IDX_6d2e892f122096e28c6a49577c" ON "reminder"  ("subject_id", "status") `);
        await queryRunner.query(`CREATE INDEX "IDX_e6b11b0ac9ea8c66972b7f66cb" ON "reminder"  ("recipient_organisation_id", "status", "due_at") `);
        await queryRunner.query(`CREATE INDEX "IDX_13c11a6e28842e033a48005962" ON "reminder"  ("recipient_user_id", "status", "due_at") `);
        await queryRunner.query(`CREATE TABLE "reminder_suspension" ("subject_id" uuid NOT NULL, "until" TIMESTAMP WITH TIME ZONE NOT NULL, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_510f1b2617c8f0dbb018707e0bb" PRIMARY KEY ("subject_id"))`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE "reminder_suspension"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_13c11a6e28842e033a48005962"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_e6b11b0ac9ea8c66972b7f66cb"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_6d2e892f122096e28c6a49577c"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_3a45317efc8f9730d56ace8943"`);
        await queryRunner.query(`DROP TABLE "reminder"`);
        await queryRunner.query(`DROP TYPE "public"."reminder_email_status"`);
        await queryRunner.query(`DROP TYPE "public"."reminder_status"`);
    }

}
