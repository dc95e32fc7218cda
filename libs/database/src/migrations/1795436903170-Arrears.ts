import { MigrationInterface, QueryRunner } from "typeorm";

export class Arrears1795436903170 implements MigrationInterface {
    name = 'Arrears1795436903170'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE SEQUENCE arrears_file_reference_seq`);
        await queryRunner.query(`CREATE TABLE "arrears_import" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "territory_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "sha256" text NOT NULL, "imported_by" uuid NOT NULL, "report" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ae21a61b032e85c611fc2c03bab" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_arrears_import_file" ON "arrears_import"  ("organisation_id", "sha256") `);
        await queryRunner.query(`CREATE TYPE "public"."arrears_landlord_kind" AS ENUM('individual', 'family_sci', 'company')`);
        await queryRunner.query(`CREATE TABLE "arrears_landlord" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "territory_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "kind" "public"."arrears_landlord_kind" NOT NULL, "name" text NOT NULL, "match_key" text NOT NULL, "phone" text, "email" text, "commune" text, "letting_agent" text, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9ab7e4b56a3059a5432f449cc08" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_arrears_landlord_match" ON "arrears_landlord"  ("organisation_id", "match_key") `);
        await queryRunner.query(`CREATE TYPE "public"."arrears_benefit_payer" AS ENUM('caf', 'msa', 'none')`);
        await queryRunner.query(`CREATE TYPE "public"."arrears_benefit_status" AS ENUM('maintained', 'suspended', 'none')`);
        await queryRunner.query(`CREATE TYPE "public"."arrears_alert_source" AS ENUM('landlord', 'caf', 'social_services', 'tenant', 'court', 'other')`);
        await queryRunner.query(`CREATE TYPE "public"."arrears_file_status" AS ENUM('open', 'closed')`);
        await queryRunner.query(`CREATE TYPE "public"."arrears_stage" AS ENUM('first_unpaid_rent', 'formal_notice', 'ccapex_referral', 'court_summons', 'hearing', 'judgment', 'notice_to_quit', 'police_assistance_requested', 'eviction_carried_out')`);
        await queryRunner.query(`CREATE TYPE "public"."arrears_closing_outcome" AS ENUM('debt_cleared', 'repayment_plan_under_way', 'rehoused', 'tenant_left', 'evicted', 'lost_contact', 'other')`);
        await queryRunner.query(`CREATE TABLE "arrears_file" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "reference" text NOT NULL, "territory_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "advisor_user_id" uuid NOT NULL, "landlord_id" uuid NOT NULL, "tenant_last_name" text NOT NULL, "tenant_first_name" text, "tenant_phone" text, "tenant_email" text, "tenant_key" text NOT NULL, "household_size" smallint, "commune" text NOT NULL, "rent_cents" integer NOT NULL, "charges_cents" integer NOT NULL DEFAULT '0', "housing_benefit_payer" "public"."arrears_benefit_payer" NOT NULL DEFAULT 'none', "housing_benefit_cents" integer NOT NULL DEFAULT '0', "housing_benefit_status" "public"."arrears_benefit_status" NOT NULL DEFAULT 'none', "alert_source" "public"."arrears_alert_source" NOT NULL, "opened_on" date NOT NULL, "status" "public"."arrears_file_status" NOT NULL DEFAULT 'open', "stage" "public"."arrears_stage", "current_debt_cents" integer, "last_contact_on" date, "next_contact_due_on" date NOT NULL, "outcome" "public"."arrears_closing_outcome", "closed_on" date, "household_id" uuid, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_68434d5a8e9a3e0629ddeb30090" UNIQUE ("reference"), CONSTRAINT "ck_arrears_file_amounts" CHECK (rent_cents > 0 AND charges_cents >= 0 AND housing_benefit_cents >= 0), CONSTRAINT "PK_8d5bc0b2eb09623ad6aef66171b" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_db33dca77120865ec9fc3a32e6" ON "arrears_file"  ("landlord_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_8db4d2a809cbf4e0e846245723" ON "arrears_file"  ("organisation_id", "tenant_key") `);
        await queryRunner.query(`CREATE INDEX "IDX_57071bd5d85b90a4d42d50ba10" ON "arrears_file"  ("territory_id", "organisation_id", "status") `);
        await queryRunner.query(`CREATE TYPE "public"."arrears_contact_party" AS ENUM('tenant', 'landlord', 'letting_agent')`);
        await queryRunner.query(`CREATE TYPE "public"."arrears_contact_channel" AS ENUM('phone', 'letter', 'email', 'home_visit', 'office_appointment')`);
        await queryRunner.query(`CREATE TABLE "arrears_contact" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "file_id" uuid NOT NULL, "contacted_on" date NOT NULL, "party" "public"."arrears_contact_party" NOT NULL, "channel" "public"."arrears_contact_channel" NOT NULL, "reached" boolean NOT NULL, "outcome" text, "recorded_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2e3c91355f093d7e7270b278193" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_26ee9791bf4c489b886907fefa" ON "arrears_contact"  ("file_id", "contacted_on") `);
        await queryRunner.query(`CREATE TABLE "arrears_debt" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "file_id" uuid NOT NULL, "observed_on" date NOT NULL, "amount_cents" integer NOT NULL, "months_unpaid" smallint, "monthly_rent_cents" integer NOT NULL, "recorded_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_arrears_debt_amounts" CHECK (amount_cents >= 0 AND monthly_rent_cents > 0), CONSTRAINT "PK_6762fd5e8c432732ba4d4e3af5d" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_1a4acf9fa853e06317ba79773c" ON "arrears_debt"  ("file_id", "observed_on") `);
        await queryRunner.query(`CREATE TYPE "public"."arrears_solution_kind" AS ENUM('repayment_plan', 'fsl', 'housing_benefit_maintained', 'mediation', 'social_services_referral', 'rehousing_request')`);
        await queryRunner.query(`CREATE TABLE "arrears_solution" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "file_id" uuid NOT NULL, "kind" "public"."arrears_solution_kind" NOT NULL, "status" text NOT NULL, "started_on" date NOT NULL, "monthly_cents" integer, "duration_months" smallint, "first_due_on" date, "amount_cents" integer, "note" text, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_arrears_solution_amounts" CHECK ((amount_cents IS NULL OR amount_cents >= 0) AND (monthly_cents IS NULL OR monthly_cents > 0)), CONSTRAINT "PK_5216f731e6992c0c9cfb7dae425" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_5239c77ce21e7d79716164a1e1" ON "arrears_solution"  ("file_id") `);
        await queryRunner.query(`CREATE TABLE "arrears_stage_record" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "file_id" uuid NOT NULL, "stage" "public"."arrears_stage" NOT NULL, "occurred_on" date NOT NULL, "hearing_on" date, "lease_terminated" boolean, "payment_delay_months" smallint, "payment_delays_end_on" date, "irregularities" text array NOT NULL DEFAULT '{}', "note" text, "recorded_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3a7a52215913b94adfb6e017bd0" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_abb8d45dcc00b1ff25f91908ed" ON "arrears_stage_record"  ("file_id", "occurred_on") `);
        await queryRunner.query(`ALTER TYPE "public"."entry_channel" ADD VALUE 'eviction_prevention'`);
        await queryRunner.query(`ALTER TABLE "arrears_file" ADD CONSTRAINT "FK_db33dca77120865ec9fc3a32e6e" FOREIGN KEY ("landlord_id") REFERENCES "arrears_landlord"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "arrears_file" ADD CONSTRAINT "FK_4fb487b4c36c67832dad4d2eefa" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "arrears_contact" ADD CONSTRAINT "FK_c08fa7218255e57f693618aed82" FOREIGN KEY ("file_id") REFERENCES "arrears_file"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "arrears_debt" ADD CONSTRAINT "FK_fb3826da07d71080c516ed16039" FOREIGN KEY ("file_id") REFERENCES "arrears_file"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "arrears_solution" ADD CONSTRAINT "FK_5239c77ce21e7d79716164a1e1f" FOREIGN KEY ("file_id") REFERENCES "arrears_file"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "arrears_stage_record" ADD CONSTRAINT "FK_e1477cfe2d4548a0b599809b758" FOREIGN KEY ("file_id") REFERENCES "arrears_file"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "arrears_stage_record" DROP CONSTRAINT "FK_e1477cfe2d4548a0b599809b758"`);
        await queryRunner.query(`ALTER TABLE "arrears_solution" DROP CONSTRAINT "FK_5239c77ce21e7d79716164a1e1f"`);
        await queryRunner.query(`ALTER TABLE "arrears_debt" DROP CONSTRAINT "FK_fb3826da07d71080c516ed16039"`);
        await queryRunner.query(`ALTER TABLE "arrears_contact" DROP CONSTRAINT "FK_c08fa7218255e57f693618aed82"`);
        await queryRunner.query(`ALTER TABLE "arrears_file" DROP CONSTRAINT "FK_4fb487b4c36c67832dad4d2eefa"`);
        await queryRunner.query(`ALTER TABLE "arrears_file" DROP CONSTRAINT "FK_db33dca77120865ec9fc3a32e6e"`);
        await queryRunner.query(`CREATE TYPE "public"."entry_channel_old" AS ENUM('maraude', 'siao_demand', 'institution_exit', 'youth_desk', 'landlord_alert')`);
        await queryRunner.query(`ALTER TABLE "household" ALTER COLUMN "entry_channel" TYPE "public"."entry_channel_old" USING "entry_channel"::"text"::"public"."entry_channel_old"`);
        await queryRunner.query(`DROP TYPE "public"."entry_channel"`);
        await queryRunner.query(`ALTER TYPE "public"."entry_channel_old" RENAME TO "entry_channel"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_abb8d45dcc00b1ff25f91908ed"`);
        await queryRunner.query(`DROP TABLE "arrears_stage_record"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_5239c77ce21e7d79716164a1e1"`);
        await queryRunner.query(`DROP TABLE "arrears_solution"`);
        await queryRunner.query(`DROP TYPE "public"."arrears_solution_kind"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_1a4acf9fa853e06317ba79773c"`);
        await queryRunner.query(`DROP TABLE "arrears_debt"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_26ee9791bf4c489b886907fefa"`);
        await queryRunner.query(`DROP TABLE "arrears_contact"`);
        await queryRunner.query(`DROP TYPE "public"."arrears_contact_channel"`);
        await queryRunner.query(`DROP TYPE "public"."arrears_contact_party"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_57071bd5d85b90a4d42d50ba10"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_8db4d2a809cbf4e0e846245723"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_db33dca77120865ec9fc3a32e6"`);
        await queryRunner.query(`DROP TABLE "arrears_file"`);
        await queryRunner.query(`DROP TYPE "public"."arrears_closing_outcome"`);
        await queryRunner.query(`DROP TYPE "public"."arrears_stage"`);
        await queryRunner.query(`DROP TYPE "public"."arrears_file_status"`);
        await queryRunner.query(`DROP TYPE "public"."arrears_alert_source"`);
        await queryRunner.query(`DROP TYPE "public"."arrears_benefit_status"`);
        await queryRunner.query(`DROP TYPE "public"."arrears_benefit_payer"`);
        await queryRunner.query(`DROP INDEX "public"."uq_arrears_landlord_match"`);
        await queryRunner.query(`DROP TABLE "arrears_landlord"`);
        await queryRunner.query(`DROP TYPE "public"."arrears_landlord_kind"`);
        await queryRunner.query(`DROP SEQUENCE arrears_file_reference_seq`);
        await queryRunner.query(`DROP INDEX "public"."uq_arrears_import_file"`);
        await queryRunner.query(`DROP TABLE "arrears_import"`);
    }

}
