import { MigrationInterface, QueryRunner } from 'typeorm';

/** The convention with the State as data (issue 17): conventions, their years, actions, yearly lines and expense entries. */
export class Convention1796530000000 implements MigrationInterface {
  name = 'Convention1796530000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "convention" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "territory_id" uuid NOT NULL,
      "organisation_id" uuid NOT NULL,
      "key" text NOT NULL,
      "title" text NOT NULL,
      "starts_on" date NOT NULL,
      "ends_on" date NOT NULL,
      "signed_on" date,
      "version" integer NOT NULL DEFAULT 1,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "uq_convention_territory_key" UNIQUE ("territory_id", "key"),
      CONSTRAINT "ck_convention_period" CHECK ("starts_on" <= "ends_on"),
      CONSTRAINT "PK_convention" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "convention_year" (
      "convention_id" uuid NOT NULL,
      "year" integer NOT NULL,
      "label" text NOT NULL,
      "annex" text NOT NULL,
      "state_funding_cents" bigint NOT NULL,
      "amendment" text,
      "amendment_signed_on" date,
      CONSTRAINT "PK_convention_year" PRIMARY KEY ("convention_id", "year"))`);
    await queryRunner.query(`CREATE TABLE "convention_action" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "convention_id" uuid NOT NULL,
      "key" text NOT NULL,
      "position" integer NOT NULL,
      "title" text NOT NULL,
      "category" text NOT NULL,
      "carrier_label" text NOT NULL,
      "carrier_organisation_id" uuid,
      "indicators" jsonb NOT NULL DEFAULT '[]',
      "version" integer NOT NULL DEFAULT 1,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "uq_convention_action_key" UNIQUE ("convention_id", "key"),
      CONSTRAINT "PK_convention_action" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_convention_action_position" ON "convention_action" ("convention_id", "position")`);
    await queryRunner.query(`CREATE TABLE "convention_action_year" (
      "action_id" uuid NOT NULL,
      "year" integer NOT NULL,
      "convention_id" uuid NOT NULL,
      "number" text NOT NULL,
      "title" text,
      "status" text NOT NULL,
      "status_note" text,
      "agreed_cents" bigint NOT NULL,
      "state_rate_percent" smallint NOT NULL,
      "state_share_cents" bigint,
      "deliverables" text,
      CONSTRAINT "ck_convention_action_year_rate" CHECK ("state_rate_percent" IN (100, 80, 50)),
      CONSTRAINT "ck_convention_action_year_amounts" CHECK ("agreed_cents" >= 0 AND ("state_share_cents" IS NULL OR "state_share_cents" BETWEEN 0 AND "agreed_cents")),
      CONSTRAINT "PK_convention_action_year" PRIMARY KEY ("action_id", "year"))`);
    await queryRunner.query(`CREATE TABLE "convention_expense" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "convention_id" uuid NOT NULL,
      "action_id" uuid NOT NULL,
      "year" integer NOT NULL,
      "position" integer NOT NULL,
      "spent_on" date NOT NULL,
      "label" text NOT NULL,
      "amount_cents" bigint NOT NULL,
      "recorded_by" uuid,
      "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "uq_convention_expense_position" UNIQUE ("action_id", "year", "position"),
      CONSTRAINT "ck_convention_expense_amount" CHECK ("amount_cents" <> 0),
      CONSTRAINT "PK_convention_expense" PRIMARY KEY ("id"))`);
    await queryRunner.query(
      `ALTER TABLE "convention_year" ADD CONSTRAINT "fk_convention_year_convention" FOREIGN KEY ("convention_id") REFERENCES "convention"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "convention_action" ADD CONSTRAINT "fk_convention_action_convention" FOREIGN KEY ("convention_id") REFERENCES "convention"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "convention_action_year" ADD CONSTRAINT "fk_convention_action_year_action" FOREIGN KEY ("action_id") REFERENCES "convention_action"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "convention_expense" ADD CONSTRAINT "fk_convention_expense_action" FOREIGN KEY ("action_id") REFERENCES "convention_action"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "convention_expense"`);
    await queryRunner.query(`DROP TABLE "convention_action_year"`);
    await queryRunner.query(`DROP TABLE "convention_action"`);
    await queryRunner.query(`DROP TABLE "convention_year"`);
    await queryRunner.query(`DROP TABLE "convention"`);
  }
}
