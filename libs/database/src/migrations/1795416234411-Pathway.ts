import { MigrationInterface, QueryRunner } from "typeorm";

export class Pathway1795416234411 implements MigrationInterface {
    name = 'Pathway1795416234411'

    public async up(queryRunner: QueryRunner): Promise<void> {
        // Fuzzy, typo-tolerant name search (household.search_text holds lower-case unaccented names).
        await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
        await queryRunner.query(`CREATE SEQUENCE household_reference_seq`);
        await queryRunner.query(`CREATE TABLE "outbox_event" ("id" BIGSERIAL NOT NULL, "type" text NOT NULL, "aggregate_type" text NOT NULL, "aggregate_id" uuid NOT NULL, "territory_id" uuid NOT NULL, "payload" jsonb NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "published_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_cc0c9e40998e45ecfc5e313429d" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_outbox_event_unpublished" ON "outbox_event"  ("id") WHERE published_at IS NULL`);
        await queryRunner.query(`CREATE TYPE "public"."household_status" AS ENUM('spotted', 'file_open', 'evaluated', 'proposed', 'retained', 'allocated', 'lease_signed', 'followed_in_housing', 'closed')`);
        await queryRunner.query(`CREATE TYPE "public"."entry_channel" AS ENUM('maraude', 'siao_demand', 'institution_exit', 'youth_desk', 'landlord_alert')`);
        await queryRunner.query(`CREATE TYPE "public"."lease_type" AS ENUM('direct', 'bail_glissant', 'sublet')`);
        await queryRunner.query(`CREATE TABLE "household" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "reference" text NOT NULL, "territory_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "referent_user_id" uuid, "status" "public"."household_status" NOT NULL, "entry_channel" "public"."entry_channel" NOT NULL, "living_situation" text NOT NULL, "resources" text array NOT NULL DEFAULT '{}', "needs" text array NOT NULL DEFAULT '{}', "consent_date" date, "commune" text, "restricted" boolean NOT NULL DEFAULT false, "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_step_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_evaluated_at" TIMESTAMP WITH TIME ZONE, "proposable_from" TIMESTAMP WITH TIME ZONE, "needs_new_evaluation" boolean NOT NULL DEFAULT false, "lease_type" "public"."lease_type", "lease_signed_on" date, "search_text" text NOT NULL DEFAULT '', "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_6c6be9a221c492f37761b5095ea" UNIQUE ("reference"), CONSTRAINT "PK_26e9111eab2b8908fefe3c645f5" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_cf509317ced595eb6ea46a694b" ON "household"  ("territory_id", "status", "last_evaluated_at") `);
        await queryRunner.query(`CREATE INDEX "IDX_193f06b034230dbd6c4e6e8ae4" ON "household"  ("territory_id", "organisation_id", "status") `);
        await queryRunner.query(`CREATE TABLE "commission_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "territory_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "session_at" TIMESTAMP WITH TIME ZONE NOT NULL, "landlord_organisation_ids" uuid array NOT NULL DEFAULT '{}', "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1867f136ca515a23e513c7db29e" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_c5e004160935127ccfdb5c9788" ON "commission_session"  ("territory_id", "session_at") `);
        await queryRunner.query(`CREATE TYPE "public"."typology" AS ENUM('T1', 'T2', 'T3', 'T4', 'T5', 'T6')`);
        await queryRunner.query(`CREATE TYPE "public"."commission_decision" AS ENUM('retained', 'postponed', 'refused')`);
        await queryRunner.query(`CREATE TYPE "public"."cal_outcome" AS ENUM('allocated', 'allocated_in_rank_order', 'allocated_with_suspensive_condition', 'not_allocated', 'rejected_inadmissible')`);
        await queryRunner.query(`CREATE TABLE "commission_proposal" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "household_id" uuid NOT NULL, "offer_landlord_organisation_id" uuid, "offer_commune" text, "offer_typology" "public"."typology", "offer_rent_cents" integer, "offer_available_on" date, "decision" "public"."commission_decision", "refusal_reason" text, "decided_at" TIMESTAMP WITH TIME ZONE, "cal_outcome" "public"."cal_outcome", "cal_rank" smallint, "cal_condition" text, "cal_decided_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_b34b283b7499ebab2f287dc6d2f" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_f98a6c9290693ba693104eae56" ON "commission_proposal"  ("household_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_8bb13139e6831f5348e936fb17" ON "commission_proposal"  ("session_id", "household_id") `);
        await queryRunner.query(`CREATE TABLE "household_event" ("id" BIGSERIAL NOT NULL, "household_id" uuid NOT NULL, "type" text NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "recorded_by" uuid NOT NULL, "organisation_id" uuid NOT NULL, "payload" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "PK_b5b7cd1216e9d36075195c201ec" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_e7f6ce1dce45f812ffdd29c62d" ON "household_event"  ("household_id", "occurred_at", "id") `);
        await queryRunner.query(`CREATE TABLE "household_note" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "household_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "author_user_id" uuid NOT NULL, "health" boolean NOT NULL DEFAULT false, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f1989dc27bf49d6e21ff7c6ba4b" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_5288e816553c076992cff9af58" ON "household_note"  ("household_id", "created_at") `);
        await queryRunner.query(`CREATE TABLE "household_share" ("household_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0fc9c86a57301e36cc09bb820b6" PRIMARY KEY ("household_id", "organisation_id"))`);
        await queryRunner.query(`CREATE TABLE "maraude_encounter" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "territory_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "recorded_by" uuid NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "place" text NOT NULL, "zone" text, "people_met" smallint NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_071c656e0b42a23cc56502e5645" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_5b76e284530e168ab5f107ad28" ON "maraude_encounter"  ("territory_id", "occurred_at") `);
        await queryRunner.query(`CREATE TYPE "public"."sex" AS ENUM('female', 'male', 'other', 'unknown')`);
        await queryRunner.query(`CREATE TYPE "public"."household_role" AS ENUM('reference', 'spouse', 'child', 'other_adult', 'other_child')`);
        await queryRunner.query(`CREATE TABLE "person" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "household_id" uuid NOT NULL, "is_reference" boolean NOT NULL DEFAULT false, "first_name" text, "last_name" text, "alias" text, "normalized_name" text NOT NULL DEFAULT '', "birth_date" date, "birth_year" smallint, "sex" "public"."sex" NOT NULL DEFAULT 'unknown', "role" "public"."household_role" NOT NULL, CONSTRAINT "PK_5fdaf670315c4b7e70cce85daa3" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_16dad48a2655f1b407d5f35a60" ON "person"  ("household_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_ff480b175c2ea47827212c9f1e" ON "person"  ("normalized_name", "birth_date") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_person_reference" ON "person"  ("household_id") WHERE is_reference`);
        await queryRunner.query(`CREATE TYPE "public"."orientation" AS ENUM('ordinary_social_housing', 'private_housing_iml', 'pension_de_famille', 'residence_sociale', 'bail_glissant', 'emergency_shelter')`);
        await queryRunner.query(`CREATE TYPE "public"."accompaniment_intensity" AS ENUM('light', 'medium', 'intensive')`);
        await queryRunner.query(`CREATE TABLE "siao_evaluation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "household_id" uuid NOT NULL, "evaluated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "evaluator_user_id" uuid NOT NULL, "living_situation" text NOT NULL, "resources" text array NOT NULL DEFAULT '{}', "debts_cents" integer NOT NULL DEFAULT '0', "needs" text array NOT NULL DEFAULT '{}', "orientation" "public"."orientation" NOT NULL, "intensity" "public"."accompaniment_intensity" NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_380e41ef53d69d5204a2f4faefa" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_dcb7c4a913734433feef1dcdfb" ON "siao_evaluation"  ("household_id", "evaluated_at") `);
        await queryRunner.query(`CREATE TABLE "maraude_encounter_household" ("encounter_id" uuid NOT NULL, "household_id" uuid NOT NULL, CONSTRAINT "PK_f13c8319b98183e091eb11bbe62" PRIMARY KEY ("encounter_id", "household_id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_9eb7c6e951bf035b6dc2eae60e" ON "maraude_encounter_household"  ("encounter_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_cb4838f6cb9100b0de13c7fddb" ON "maraude_encounter_household"  ("household_id") `);
        await queryRunner.query(`ALTER TABLE "commission_proposal" ADD CONSTRAINT "FK_6fe27139e479a4115973a29f272" FOREIGN KEY ("session_id") REFERENCES "commission_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "commission_proposal" ADD CONSTRAINT "FK_f98a6c9290693ba693104eae56d" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "household_event" ADD CONSTRAINT "FK_7e615fae9d8e047088218808556" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "household_note" ADD CONSTRAINT "FK_d0370505abc194342758f62ee1a" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "household_share" ADD CONSTRAINT "FK_91fd3b5acd9252a364aacf96b3f" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "person" ADD CONSTRAINT "FK_16dad48a2655f1b407d5f35a60b" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "siao_evaluation" ADD CONSTRAINT "FK_ad813acd9eefbc5155f4c4b321c" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "maraude_encounter_household" ADD CONSTRAINT "FK_9eb7c6e951bf035b6dc2eae60ee" FOREIGN KEY ("encounter_id") REFERENCES "maraude_encounter"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
        await queryRunner.query(`ALTER TABLE "maraude_encounter_household" ADD CONSTRAINT "FK_cb4838f6cb9100b0de13c7fddb1" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
        await queryRunner.query(`CREATE INDEX "ix_household_search_trgm" ON "household" USING gin ("search_text" gin_trgm_ops)`);
        // Pathway events are immutable: no code path may rewrite a step.
        await queryRunner.query(`
            CREATE FUNCTION parcours_immutable_row() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION '% rows are immutable: UPDATE refused', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
            END $$`);
        await queryRunner.query(`CREATE TRIGGER household_event_immutable BEFORE UPDATE ON "household_event" FOR EACH ROW EXECUTE FUNCTION parcours_immutable_row()`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER household_event_immutable ON "household_event"`);
        await queryRunner.query(`DROP FUNCTION parcours_immutable_row()`);
        await queryRunner.query(`DROP INDEX "ix_household_search_trgm"`);
        await queryRunner.query(`ALTER TABLE "maraude_encounter_household" DROP CONSTRAINT "FK_cb4838f6cb9100b0de13c7fddb1"`);
        await queryRunner.query(`ALTER TABLE "maraude_encounter_household" DROP CONSTRAINT "FK_9eb7c6e951bf035b6dc2eae60ee"`);
        await queryRunner.query(`ALTER TABLE "siao_evaluation" DROP CONSTRAINT "FK_ad813acd9eefbc5155f4c4b321c"`);
        await queryRunner.query(`ALTER TABLE "person" DROP CONSTRAINT "FK_16dad48a2655f1b407d5f35a60b"`);
        await queryRunner.query(`ALTER TABLE "household_share" DROP CONSTRAINT "FK_91fd3b5acd9252a364aacf96b3f"`);
        await queryRunner.query(`ALTER TABLE "household_note" DROP CONSTRAINT "FK_d0370505abc194342758f62ee1a"`);
        await queryRunner.query(`ALTER TABLE "household_event" DROP CONSTRAINT "FK_7e615fae9d8e047088218808556"`);
        await queryRunner.query(`ALTER TABLE "commission_proposal" DROP CONSTRAINT "FK_f98a6c9290693ba693104eae56d"`);
        await queryRunner.query(`ALTER TABLE "commission_proposal" DROP CONSTRAINT "FK_6fe27139e479a4115973a29f272"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_cb4838f6cb9100b0de13c7fddb"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_9eb7c6e951bf035b6dc2eae60e"`);
        await queryRunner.query(`DROP TABLE "maraude_encounter_household"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_dcb7c4a913734433feef1dcdfb"`);
        await queryRunner.query(`DROP TABLE "siao_evaluation"`);
        await queryRunner.query(`DROP TYPE "public"."accompaniment_intensity"`);
        await queryRunner.query(`DROP TYPE "public"."orientation"`);
        await queryRunner.query(`DROP INDEX "public"."uq_person_reference"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_ff480b175c2ea47827212c9f1e"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_16dad48a2655f1b407d5f35a60"`);
        await queryRunner.query(`DROP TABLE "person"`);
        await queryRunner.query(`DROP TYPE "public"."household_role"`);
        await queryRunner.query(`DROP TYPE "public"."sex"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_5b76e284530e168ab5f107ad28"`);
        await queryRunner.query(`DROP TABLE "maraude_encounter"`);
        await queryRunner.query(`DROP TABLE "household_share"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_5288e816553c076992cff9af58"`);
        await queryRunner.query(`DROP TABLE "household_note"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_e7f6ce1dce45f812ffdd29c62d"`);
        await queryRunner.query(`DROP TABLE "household_event"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_8bb13139e6831f5348e936fb17"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_f98a6c9290693ba693104eae56"`);
        await queryRunner.query(`DROP TABLE "commission_proposal"`);
        await queryRunner.query(`DROP TYPE "public"."cal_outcome"`);
        await queryRunner.query(`DROP TYPE "public"."commission_decision"`);
        await queryRunner.query(`DROP TYPE "public"."typology"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_c5e004160935127ccfdb5c9788"`);
        await queryRunner.query(`DROP TABLE "commission_session"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_193f06b034230dbd6c4e6e8ae4"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_cf509317ced595eb6ea46a694b"`);
        await queryRunner.query(`DROP TABLE "household"`);
        await queryRunner.query(`DROP TYPE "public"."lease_type"`);
        await queryRunner.query(`DROP TYPE "public"."entry_channel"`);
        await queryRunner.query(`DROP TYPE "public"."household_status"`);
        await queryRunner.query(`DROP INDEX "public"."ix_outbox_event_unpublished"`);
        await queryRunner.query(`DROP TABLE "outbox_event"`);
        await queryRunner.query(`DROP SEQUENCE household_reference_seq`);
    }

}
