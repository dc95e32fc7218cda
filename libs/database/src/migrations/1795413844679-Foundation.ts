import { MigrationInterface, QueryRunner } from "typeorm";

export class Foundation1795413844679 implements MigrationInterface {
    name = 'Foundation1795413844679'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "audit_entry" ("id" BIGSERIAL NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "user_id" uuid, "organisation_id" uuid, "territory_id" uuid, "action" text NOT NULL, "resource_type" text NOT NULL, "resource_id" text, "request_id" text, "client_address" text, "details" jsonb, CONSTRAINT "PK_58a130a4b9da189f46ba2a01801" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_4a6f5aad207b3c6175f06f9471" ON "audit_entry"  ("resource_type", "resource_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_9b2cc30be28592eaca591762c1" ON "audit_entry"  ("territory_id", "occurred_at") `);
        await queryRunner.query(`CREATE TABLE "territory" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "name" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_151811f88f14e4127190445bf56" UNIQUE ("code"), CONSTRAINT "PK_2250448f958bc52a8d040b48f82" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TYPE "public"."organisation_type" AS ENUM('siao', 'outreach', 'adil', 'youth_team', 'coordination', 'social_landlord', 'state_service')`);
        await queryRunner.query(`CREATE TABLE "organisation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "territory_id" uuid NOT NULL, "name" text NOT NULL, "type" "public"."organisation_type" NOT NULL, "active" boolean NOT NULL DEFAULT true, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c725ae234ef1b74cce43d2d00c1" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_bbb56df837b767984b51f4d2ed" ON "organisation"  ("territory_id", "name") `);
        await queryRunner.query(`CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "territory_id" uuid NOT NULL, "email" text NOT NULL, "display_name" text NOT NULL, "password_hash" text NOT NULL, "roles" text array NOT NULL, "active" boolean NOT NULL DEFAULT true, "password_changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_6fa42e978fa7d7adc32736e26f" ON "app_user"  ("organisation_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_a3fb088f9627bf906a505283fd" ON "app_user"  ("territory_id") `);
        await queryRunner.query(`CREATE TABLE "refresh_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "family_id" uuid NOT NULL, "token_hash" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_f0812282fad2e352cdaf83ef0a9" UNIQUE ("token_hash"), CONSTRAINT "PK_b575dd3c21fb0831013c909e7fe" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_6bbe63d2fe75e7f0ba1710351d" ON "refresh_token"  ("user_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_eb31f2a7917404a46e17f539f1" ON "refresh_token"  ("family_id") `);
        await queryRunner.query(`ALTER TABLE "organisation" ADD CONSTRAINT "FK_a413faa68fd935769db4b068851" FOREIGN KEY ("territory_id") REFERENCES "territory"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "app_user" ADD CONSTRAINT "FK_6fa42e978fa7d7adc32736e26fd" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "app_user" ADD CONSTRAINT "FK_a3fb088f9627bf906a505283fd0" FOREIGN KEY ("territory_id") REFERENCES "territory"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "refresh_token" ADD CONSTRAINT "FK_6bbe63d2fe75e7f0ba1710351d4" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);

        // Case-insensitive unique e-mail (TypeORM cannot express a functional index).
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_app_user_email" ON "app_user" (lower("email"))`);
        // The audit trail is append-only at the database level: no code path can rewrite it.
        // Only parcours_purge_audit(), run by the retention job, may delete old rows.
        await queryRunner.query(`
            CREATE FUNCTION parcours_audit_guard() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'DELETE' AND current_setting('parcours.audit_purge', true) = 'on' THEN
                    RETURN OLD;
                END IF;
                RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
            END $$`);
        await queryRunner.query(`CREATE TRIGGER audit_entry_no_update BEFORE UPDATE OR DELETE ON "audit_entry" FOR EACH ROW EXECUTE FUNCTION parcours_audit_guard()`);
        await queryRunner.query(`CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON "audit_entry" FOR EACH STATEMENT EXECUTE FUNCTION parcours_audit_guard()`);
        await queryRunner.query(`
            CREATE FUNCTION parcours_purge_audit(retention interval) RETURNS bigint LANGUAGE plpgsql AS $$
            DECLARE purged bigint;
            BEGIN
                IF retention < interval '30 days' THEN
                    RAISE EXCEPTION 'audit retention must be at least 30 days';
                END IF;
                PERFORM set_config('parcours.audit_purge', 'on', true);
                DELETE FROM audit_entry WHERE occurred_at < now() - retention;
                GET DIAGNOSTICS purged = ROW_COUNT;
                PERFORM set_config('parcours.audit_purge', 'off', true);
                RETURN purged;
            END $$`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP FUNCTION parcours_purge_audit(interval)`);
        await queryRunner.query(`DROP TRIGGER audit_entry_no_truncate ON "audit_entry"`);
        await queryRunner.query(`DROP TRIGGER audit_entry_no_update ON "audit_entry"`);
        await queryRunner.query(`DROP FUNCTION parcours_audit_guard()`);
        await queryRunner.query(`DROP INDEX "uq_app_user_email"`);
        await queryRunner.query(`ALTER TABLE "refresh_token" DROP CONSTRAINT "FK_6bbe63d2fe75e7f0ba1710351d4"`);
        await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "FK_a3fb088f9627bf906a505283fd0"`);
        await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "FK_6fa42e978fa7d7adc32736e26fd"`);
        await queryRunner.query(`ALTER TABLE "organisation" DROP CONSTRAINT "FK_a413faa68fd935769db4b068851"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_eb31f2a7917404a46e17f539f1"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_6bbe63d2fe75e7f0ba1710351d"`);
        await queryRunner.query(`DROP TABLE "refresh_token"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_a3fb088f9627bf906a505283fd"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_6fa42e978fa7d7adc32736e26f"`);
        await queryRunner.query(`DROP TABLE "app_user"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_bbb56df837b767984b51f4d2ed"`);
        await queryRunner.query(`DROP TABLE "organisation"`);
        await queryRunner.query(`DROP TYPE "public"."organisation_type"`);
        await queryRunner.query(`DROP TABLE "territory"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_9b2cc30be28592eaca591762c1"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_4a6f5aad207b3c6175f06f9471"`);
        await queryRunner.query(`DROP TABLE "audit_entry"`);
    }

}
