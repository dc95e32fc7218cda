import { MigrationInterface, QueryRunner } from "typeorm";

export class Pecule1795435124072 implements MigrationInterface {
    name = 'Pecule1795435124072'

    public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SEQUENCE pecule_enrolment_reference_seq`);
        await queryRunner.query(`CREATE TABLE "pecule_programme" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "territory_id" uuid NOT NULL, "managing_organisation_id" uuid NOT NULL, "name" text NOT NULL, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "timezone" text NOT NULL DEFAULT 'Europe/Paris', "envelope_cents" integer NOT NULL, "committed_cents" integer NOT NULL DEFAULT '0', "paid_cents" integer NOT NULL DEFAULT '0', "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_pecule_programme_period" CHECK ("starts_on" <= "ends_on"), CONSTRAINT "ck_pecule_programme_paid" CHECK ("paid_cents" >= 0 AND "paid_cents" <= "committed_cents"), CONSTRAINT "ck_pecule_programme_envelope" CHECK ("committed_cents" >= 0 AND "committed_cents" <= "envelope_cents"), CONSTRAINT "PK_269eb59efd64bbeb971e5edc8fc" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_5ab2e452dc0af18755808c0434" ON "pecule_programme"  ("territory_id", "starts_on") `);
        await queryRunner.query(`CREATE TABLE "pecule_rule_set" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "programme_id" uuid NOT NULL, "rules_version" text NOT NULL, "deliberation_date" date NOT NULL, "effective_from" date NOT NULL, "default_monthly_cents" integer NOT NULL, "max_monthly_cents" integer NOT NULL, "max_duration_months" smallint NOT NULL, "age_limit_years" smallint NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_c1da907f0bb7477921aa8751d0d" UNIQUE ("programme_id", "rules_version"), CONSTRAINT "ck_pecule_rule_set_amounts" CHECK ("default_monthly_cents" > 0 AND "default_monthly_cents" <= "max_monthly_cents"), CONSTRAINT "PK_0cb8891910cfdde6512733a74ae" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_ac2d6834b8a856ffff380bdb40" ON "pecule_rule_set"  ("programme_id") `);
        await queryRunner.query(`CREATE TYPE "public"."pecule_enrolment_status" AS ENUM('active', 'ended')`);
        await queryRunner.query(`CREATE TYPE "public"."pecule_end_reason" AS ENUM('job', 'training_allowance', 'youth_guarantee', 'rsa_at_25', 'left_programme', 'moved_away', 'end_date_reached')`);
        await queryRunner.query(`CREATE TABLE "pecule_enrolment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "reference" text NOT NULL, "territory_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "referent_user_id" uuid NOT NULL, "programme_id" uuid NOT NULL, "rule_set_id" uuid NOT NULL, "household_id" uuid NOT NULL, "person_id" uuid NOT NULL, "status" "public"."pecule_enrolment_status" NOT NULL DEFAULT 'active', "starts_on" date NOT NULL, "planned_end_on" date NOT NULL, "age_limit_on" date NOT NULL, "monthly_cents" integer NOT NULL, "ended_on" date, "end_reason" "public"."pecule_end_reason", "situation_at_entry" jsonb NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_92939a18a6c494aadae4d1c856e" UNIQUE ("reference"), CONSTRAINT "PK_36d7e5fa4e610e222415acd3054" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_46b0eb42b5706733c0137c92bf" ON "pecule_enrolment"  ("household_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_5f4144513d414b8df20974f92e" ON "pecule_enrolment"  ("programme_id", "status") `);
        await queryRunner.query(`CREATE INDEX "IDX_cc97ca60dae6fa1ce6b6995fb5" ON "pecule_enrolment"  ("territory_id", "organisation_id", "status") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_pecule_enrolment_active_person" ON "pecule_enrolment"  ("person_id") WHERE status = 'active'`);
        await queryRunner.query(`CREATE TABLE "pecule_bank_details" ("enrolment_id" uuid NOT NULL, "iban" text NOT NULL, "holder_name" text NOT NULL, "updated_by" uuid NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_02d2547771e8fd17e523760e0e0" PRIMARY KEY ("enrolment_id"))`);
        await queryRunner.query(`CREATE TABLE "pecule_review" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "enrolment_id" uuid NOT NULL, "reviewed_on" date NOT NULL, "situation" jsonb NOT NULL, "recorded_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_559b9eea48ad4d60b57904662a1" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_17dd201dd92f2bafcf2a49c5e3" ON "pecule_review"  ("enrolment_id") `);
        await queryRunner.query(`CREATE TABLE "pecule_export" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "programme_id" uuid NOT NULL, "territory_id" uuid NOT NULL, "month" character(7) NOT NULL, "payment_count" integer NOT NULL, "total_cents" integer NOT NULL, "content" text NOT NULL, "sha256" text NOT NULL, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_b88624a1f10efb56524be45250b" UNIQUE ("programme_id", "month"), CONSTRAINT "PK_6daffd87dc54c56d83905b70d5b" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TYPE "public"."pecule_payment_status" AS ENUM('planned', 'validated', 'transmitted', 'paid', 'cancelled')`);
        await queryRunner.query(`CREATE TABLE "pecule_payment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "enrolment_id" uuid NOT NULL, "programme_id" uuid NOT NULL, "territory_id" uuid NOT NULL, "month" character(7) NOT NULL, "period_start" date NOT NULL, "period_end" date NOT NULL, "amount_cents" integer NOT NULL, "status" "public"."pecule_payment_status" NOT NULL DEFAULT 'planned', "validated_at" TIMESTAMP WITH TIME ZONE, "validated_by" uuid, "export_id" uuid, "paid_on" date, "paid_confirmed_by" uuid, "cancelled_at" TIMESTAMP WITH TIME ZONE, "cancelled_by" uuid, "cancel_reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_10e23b9e6da642881a6ed7fe534" UNIQUE ("enrolment_id", "month"), CONSTRAINT "ck_pecule_payment_amount" CHECK ("amount_cents" > 0), CONSTRAINT "PK_6e45bfaf1eb9ce222d2acac3019" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_aa03bafcb43c2b829fa230216f" ON "pecule_payment"  ("export_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_78041cae70861ea7a1ddc14bf8" ON "pecule_payment"  ("programme_id", "status", "month") `);
        await queryRunner.query(`ALTER TABLE "pecule_rule_set" ADD CONSTRAINT "FK_ac2d6834b8a856ffff380bdb40b" FOREIGN KEY ("programme_id") REFERENCES "pecule_programme"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "pecule_enrolment" ADD CONSTRAINT "FK_4c4b34e0448b719d1f655d0f74a" FOREIGN KEY ("programme_id") REFERENCES "pecule_programme"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "pecule_enrolment" ADD CONSTRAINT "FK_c0f190cbf38883cab8cbb60a0c2" FOREIGN KEY ("rule_set_id") REFERENCES "pecule_rule_set"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "pecule_enrolment" ADD CONSTRAINT "FK_46b0eb42b5706733c0137c92bf5" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "pecule_enrolment" ADD CONSTRAINT "FK_c3fc5e29a5a1ef00bdfdc228031" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "pecule_bank_details" ADD CONSTRAINT "FK_02d2547771e8fd17e523760e0e0" FOREIGN KEY ("enrolment_id") REFERENCES "pecule_enrolment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "pecule_review" ADD CONSTRAINT "FK_17dd201dd92f2bafcf2a49c5e3c" FOREIGN KEY ("enrolment_id") REFERENCES "pecule_enrolment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "pecule_export" ADD CONSTRAINT "FK_616588f4b8aa808b8161c6e6e86" FOREIGN KEY ("programme_id") REFERENCES "pecule_programme"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "pecule_payment" ADD CONSTRAINT "FK_29deadb3dd568fd595e419b25f9" FOREIGN KEY ("enrolment_id") REFERENCES "pecule_enrolment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "pecule_payment" ADD CONSTRAINT "FK_2f6e2d3dbbe14d2092cd4064da9" FOREIGN KEY ("programme_id") REFERENCES "pecule_programme"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "pecule_payment" ADD CONSTRAINT "FK_aa03bafcb43c2b829fa230216f8" FOREIGN KEY ("export_id") REFERENCES "pecule_export"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "pecule_payment" DROP CONSTRAINT "FK_aa03bafcb43c2b829fa230216f8"`);
        await queryRunner.query(`ALTER TABLE "pecule_payment" DROP CONSTRAINT "FK_2f6e2d3dbbe14d2092cd4064da9"`);
        await queryRunner.query(`ALTER TABLE "pecule_payment" DROP CONSTRAINT "FK_29deadb3dd568fd595e419b25f9"`);
        await queryRunner.query(`ALTER TABLE "pecule_export" DROP CONSTRAINT "FK_616588f4b8aa808b8161c6e6e86"`);
        await queryRunner.query(`ALTER TABLE "pecule_review" DROP CONSTRAINT "FK_17dd201dd92f2bafcf2a49c5e3c"`);
        await queryRunner.query(`ALTER TABLE "pecule_bank_details" DROP CONSTRAINT "FK_02d2547771e8fd17e523760e0e0"`);
        await queryRunner.query(`ALTER TABLE "pecule_enrolment" DROP CONSTRAINT "FK_c3fc5e29a5a1ef00bdfdc228031"`);
        await queryRunner.query(`ALTER TABLE "pecule_enrolment" DROP CONSTRAINT "FK_46b0eb42b5706733c0137c92bf5"`);
        await queryRunner.query(`ALTER TABLE "pecule_enrolment" DROP CONSTRAINT "FK_c0f190cbf38883cab8cbb60a0c2"`);
        await queryRunner.query(`ALTER TABLE "pecule_enrolment" DROP CONSTRAINT "FK_4c4b34e0448b719d1f655d0f74a"`);
        await queryRunner.query(`ALTER TABLE "pecule_rule_set" DROP CONSTRAINT "FK_ac2d6834b8a856ffff380bdb40b"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_78041cae70861ea7a1ddc14bf8"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_aa03bafcb43c2b829fa230216f"`);
        await queryRunner.query(`DROP TABLE "pecule_payment"`);
        await queryRunner.query(`DROP TYPE "public"."pecule_payment_status"`);
        await queryRunner.query(`DROP TABLE "pecule_export"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_17dd201dd92f2bafcf2a49c5e3"`);
        await queryRunner.query(`DROP TABLE "pecule_review"`);
        await queryRunner.query(`DROP TABLE "pecule_bank_details"`);
        await queryRunner.query(`DROP INDEX "public"."uq_pecule_enrolment_active_person"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_cc97ca60dae6fa1ce6b6995fb5"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_5f4144513d414b8df20974f92e"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_46b0eb42b5706733c0137c92bf"`);
        await queryRunner.query(`DROP TABLE "pecule_enrolment"`);
        await queryRunner.query(`DROP TYPE "public"."pecule_end_reason"`);
        await queryRunner.query(`DROP TYPE "public"."pecule_enrolment_status"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_ac2d6834b8a856ffff380bdb40"`);
        await queryRunner.query(`DROP TABLE "pecule_rule_set"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_5ab2e452dc0af18755808c0434"`);
        await queryRunner.query(`DROP TABLE "pecule_programme"`);
    await queryRunner.query(`DROP SEQUENCE pecule_enrolment_reference_seq`);
    }

}
