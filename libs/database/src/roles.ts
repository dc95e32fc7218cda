import { AppConfig } from '@app/config';
import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from 'pg';
import { DataSource } from 'typeorm';

/** Read and appended to by the application, never changed: the audit trail. */
const APPEND_ONLY_TABLES = ['audit_entry'];
/** Settings only the owner writes (the audit retention the purge function reads). */
const READ_ONLY_TABLES = ['audit_retention'];
/** Not the application's business at all: TypeORM's log of applied migrations. */
const OWNER_ONLY_TABLES = ['migrations'];

/**
 * Run by the owner after the migrations (under the migration lock): creates the application role of
 * DATABASE_URL when it is missing and allowed to (development default), then grants it exactly what
 * the application needs: data in and out, sequences, the audit purge function; on the audit trail
 * only SELECT and INSERT; no DDL, no TRUNCATE, no TRIGGER. Grants are per database and re-applied on
 * every run, so tables of new migrations are covered (default privileges cover them meanwhile).
 */
export async function grantApplicationRole(owner: Client, config: AppConfig, log: (message: string) => void): Promise<void> {
  const appUrl = new URL(config.database.url);
  const appRole = decodeURIComponent(appUrl.username);
  const [{ me, db }] = (await owner.query<{ me: string; db: string }>('SELECT current_user AS me, current_database() AS db')).rows;
  if (!appRole || appRole === me) {
    log(
      `Warning: DATABASE_URL connects as the owner role "${appRole || me}": the application could rewrite the audit trail. ` +
        'Give it an application role of its own (README, "Database roles").',
    );
    return;
  }
  const found = await owner.query<{ rolsuper: boolean }>('SELECT rolsuper FROM pg_roles WHERE rolname = $1', [appRole]);
  const role = owner.escapeIdentifier(appRole);
  if (found.rowCount === 0) {
    if (!config.database.createAppRole) {
      throw new Error(
        `the application role "${appRole}" of DATABASE_URL does not exist: create it (README, "Database roles") or set DATABASE_CREATE_APP_ROLE=true`,
      );
    }
    const password = decodeURIComponent(appUrl.password);
    try {
      await owner.query(
        `CREATE ROLE ${role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS` +
          (password ? ` PASSWORD ${owner.escapeLiteral(password)}` : ''),
      );
      log(`Created the application role "${appRole}" (DATABASE_CREATE_APP_ROLE).`);
    } catch (error) {
      // Roles are cluster-wide: another database's start-up may have created it just now.
      const code = (error as { code?: string }).code;
      if (code !== '42710' && code !== '23505') throw error;
    }
  } else if (found.rows[0].rolsuper) {
    log(`Warning: the application role "${appRole}" is a superuser: no grant can restrict it.`);
  }

  const existing = new Set(
    (
      await owner.query<{ name: string }>(
        `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename = ANY($1::text[])`,
        [[...APPEND_ONLY_TABLES, ...READ_ONLY_TABLES, ...OWNER_ONLY_TABLES]],
      )
    ).rows.map((r) => r.name),
  );
  const only = (tables: string[]) => tables.filter((t) => existing.has(t)).map((t) => `public.${owner.escapeIdentifier(t)}`);
  const statements = [
    `GRANT CONNECT ON DATABASE ${owner.escapeIdentifier(db)} TO ${role}`,
    `GRANT USAGE ON SCHEMA public TO ${role}`,
    // PostgreSQL 15 already refuses CREATE in public to PUBLIC; older servers did not.
    `REVOKE CREATE ON SCHEMA public FROM PUBLIC`,
    `REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${role}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role}`,
    ...only(APPEND_ONLY_TABLES).map((t) => `REVOKE UPDATE, DELETE ON ${t} FROM ${role}`),
    ...only(READ_ONLY_TABLES).map((t) => `REVOKE INSERT, UPDATE, DELETE ON ${t} FROM ${role}`),
    ...only(OWNER_ONLY_TABLES).map((t) => `REVOKE ALL ON ${t} FROM ${role}`),
    `REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${role}`,
    `GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO ${role}`,
    `GRANT EXECUTE ON FUNCTION public.parcours_purge_audit() TO ${role}`,
    // Tables and sequences the owner creates later (new migrations) are usable before the next run.
    `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${role}`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE ON SEQUENCES TO ${role}`,
  ];
  await owner.query('BEGIN');
  try {
    for (const statement of statements) await owner.query(statement);
    await owner.query('COMMIT');
  } catch (error) {
    await owner.query('ROLLBACK');
    throw error;
  }
}

/** Run by the owner after the migrations: the retention the purge function honours is the configured one. */
export async function writeAuditRetention(owner: Client, config: AppConfig): Promise<void> {
  await owner.query('UPDATE public.audit_retention SET retention_days = $1 WHERE retention_days IS DISTINCT FROM $1', [
    config.audit.retentionDays,
  ]);
}

/**
 * At start-up, on the application's own connection: a superuser, a member of the owner role or any
 * role that may rewrite the audit trail is refused in production and reported elsewhere.
 */
@Injectable()
export class ApplicationRoleCheck implements OnModuleInit {
  private readonly logger = new Logger('Database');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    const [row] = await this.dataSource.query<Array<{ name: string; superuser: boolean; owner: boolean; rewrite: boolean }>>(
      `SELECT current_user AS name, r.rolsuper AS superuser,
              coalesce(pg_has_role(c.relowner, 'USAGE'), false) AS owner,
              coalesce(has_table_privilege(c.oid, 'UPDATE, DELETE, TRUNCATE, TRIGGER'), false) AS rewrite
         FROM pg_roles r LEFT JOIN pg_class c ON c.oid = to_regclass('public.audit_entry')
        WHERE r.rolname = current_user`,
    );
    const problem = row.superuser
      ? 'is a superuser'
      : row.owner
        ? 'owns the tables'
        : row.rewrite
          ? 'may update, delete or truncate audit entries'
          : undefined;
    if (!problem) return;
    const message = `DATABASE_URL connects as "${row.name}", which ${problem}: the audit trail is not protected. Connect as the application role (README, "Database roles").`;
    if (this.config.isProduction) throw new Error(message);
    this.logger.warn(message);
  }
}
