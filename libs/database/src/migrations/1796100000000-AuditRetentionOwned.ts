import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The audit purge no longer trusts a session setting (`parcours.audit_purge`), which any role that
 * may DELETE could set. The retention lives in a table only the owner writes; the guard lets a
 * DELETE through only for rows past it, and the purge is a SECURITY DEFINER function of the owner,
 * so the application role needs no DELETE right on the trail at all.
 */
export class AuditRetentionOwned1796100000000 implements MigrationInterface {
    name = 'AuditRetentionOwned1796100000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "audit_retention" ("id" boolean NOT NULL DEFAULT true, "retention_days" integer NOT NULL, CONSTRAINT "CHK_audit_retention_single_row" CHECK ("id"), CONSTRAINT "CHK_audit_retention_minimum" CHECK ("retention_days" >= 30), CONSTRAINT "PK_audit_retention" PRIMARY KEY ("id"))`);
        // Start-up (migrateDatabase) writes AUDIT_RETENTION_DAYS here, as the owner.
        await queryRunner.query(`INSERT INTO "audit_retention" ("retention_days") VALUES (365)`);
        await queryRunner.query(`
            CREATE OR REPLACE FUNCTION parcours_audit_guard() RETURNS trigger LANGUAGE plpgsql
            SET search_path = pg_catalog, pg_temp AS $$
            BEGIN
                IF TG_OP = 'DELETE' THEN
                    IF OLD.occurred_at < now() - make_interval(days => (SELECT retention_days FROM public.audit_retention)) THEN
                        RETURN OLD;
                    END IF;
                END IF;
                RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
            END $$`);
        await queryRunner.query(`DROP FUNCTION parcours_purge_audit(interval)`);
        await queryRunner.query(`
            CREATE FUNCTION parcours_purge_audit() RETURNS bigint LANGUAGE plpgsql
            SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
            DECLARE purged bigint;
            BEGIN
                DELETE FROM public.audit_entry
                 WHERE occurred_at < now() - make_interval(days => (SELECT retention_days FROM public.audit_retention));
                GET DIAGNOSTICS purged = ROW_COUNT;
                RETURN purged;
            END $$`);
        // Granted to the application role by name at start-up (grantApplicationRole).
        await queryRunner.query(`REVOKE ALL ON FUNCTION parcours_purge_audit() FROM PUBLIC`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP FUNCTION parcours_purge_audit()`);
        await queryRunner.query(`
            CREATE OR REPLACE FUNCTION parcours_audit_guard() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'DELETE' AND current_setting('parcours.audit_purge', true) = 'on' THEN
                    RETURN OLD;
                END IF;
                RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
            END $$`);
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
        await queryRunner.query(`DROP TABLE "audit_retention"`);
    }
}
