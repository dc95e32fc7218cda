import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Queue } from 'bullmq';
import { Pool } from 'pg';
import { spawnParcours, startTestApp, TestApp } from '../support/app';
import { adminQuery, databaseUrl, dropTestDatabase, TEST_APP_ROLE } from '../support/databases';
import { eventually } from '../support/eventually';
import { Factory } from '../support/factory';

const MIGRATE = join(__dirname, '..', '..', 'dist/apps/api/src/cli/migrate.js');

/**
 * The outside test erased 106 audit rows through a role with DELETE rights and
 * `SET LOCAL parcours.audit_purge = 'on'`, and the app connected as a superuser. The app now
 * connects as an application role that owns nothing; these attempts run on that very connection.
 */
describe('database roles: the application connection and the audit trail', () => {
  let app: TestApp;
  /** A connection with the app's own DATABASE_URL (the application role). */
  let appDb: Pool;
  /** Every audit row as the superuser sees it: what must not change. */
  const snapshot = async () =>
    (await app.db.query<{ rows: string }>(`SELECT md5(string_agg(a::text, ',' ORDER BY id)) AS rows FROM audit_entry a`)).rows[0].rows;

  beforeAll(async () => {
    app = await startTestApp('roles');
    appDb = new Pool({ connectionString: app.env.DATABASE_URL, max: 2 });
    const factory = new Factory(app);
    // Real entries written by the app (logins), and one of its failures.
    await factory.user(await factory.organisation(await factory.territory()), ['admin']);
    await app.http.post('/auth/login').send({ email: 'nobody@example.test', password: 'wrong-password-123' }).expect(401);
  });

  afterAll(async () => {
    await appDb.end();
    await app.stop();
  });

  it('the app connects as the application role: no superuser, owns nothing', async () => {
    const [me] = (
      await appDb.query<{ name: string; superuser: boolean; owner: boolean }>(
        `SELECT current_user AS name, rolsuper AS superuser, pg_has_role((SELECT relowner FROM pg_class WHERE oid = 'audit_entry'::regclass), 'USAGE') AS owner
           FROM pg_roles WHERE rolname = current_user`,
      )
    ).rows;
    expect(me).toEqual({ name: TEST_APP_ROLE, superuser: false, owner: false });
    // The running process's own connections, not just its URL.
    const users = await app.db.query<{ usename: string }>(
      `SELECT DISTINCT usename FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'parcours'`,
    );
    expect(users.rows.map((r) => r.usename)).toEqual([TEST_APP_ROLE]);
  });

  it('can neither change nor delete an audit row by any means, nor alter the table', async () => {
    const before = await snapshot();
    expect(Number((await app.db.query('SELECT count(*) AS n FROM audit_entry')).rows[0].n)).toBeGreaterThan(1);
    const attempts = [
      `UPDATE audit_entry SET action = 'read'`,
      `DELETE FROM audit_entry`,
      `TRUNCATE audit_entry`,
      `DROP TABLE audit_entry`,
      `ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_update`,
      `ALTER TABLE audit_entry DISABLE TRIGGER ALL`,
      `ALTER TABLE audit_entry ADD COLUMN note text`,
      `ALTER TABLE audit_entry RENAME TO audit_entry_old`,
      `ALTER TABLE audit_entry ALTER COLUMN action DROP NOT NULL`,
      `ALTER TABLE audit_entry OWNER TO ${TEST_APP_ROLE}`,
      `DROP TRIGGER audit_entry_no_update ON audit_entry`,
      `CREATE TRIGGER sneak BEFORE UPDATE ON audit_entry FOR EACH ROW EXECUTE FUNCTION parcours_immutable_row()`,
      `CREATE OR REPLACE FUNCTION parcours_audit_guard() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN OLD; END $$`,
      `DROP FUNCTION parcours_audit_guard() CASCADE`,
      `ALTER FUNCTION parcours_purge_audit() SECURITY INVOKER`,
      `SET session_replication_role = replica`,
      // The purge honours the owner's retention only: neither a shorter one nor a date of the caller's.
      `UPDATE audit_retention SET retention_days = 30`,
      `INSERT INTO audit_retention (id, retention_days) VALUES (false, 30)`,
      `SELECT parcours_purge_audit(interval '1 day')`,
      `SELECT parcours_purge_audit(now())`,
      // Nothing to build a path around the table with.
      `CREATE TABLE audit_entry_copy (id bigint)`,
      `CREATE FUNCTION public.now() RETURNS timestamptz LANGUAGE sql AS $$ SELECT timestamptz '2999-01-01' $$`,
    ];
    // Each one refused for want of privilege (42501); the purge takes no argument at all (42883).
    const notRefused: string[] = [];
    for (const statement of attempts) {
      const code = await appDb.query(statement).then(
        () => 'ran',
        (error: { code?: string }) => error.code,
      );
      const expected = /^SELECT parcours_purge_audit\(./.test(statement) ? '42883' : '42501';
      if (code !== expected) notRefused.push(`${code}: ${statement}`);
    }
    expect(notRefused).toEqual([]);
    // A GRANT by a non-owner only warns: what counts is that nothing was granted.
    await appDb.query(`GRANT UPDATE, DELETE, TRUNCATE ON audit_entry TO ${TEST_APP_ROLE}`);
    const rights = await appDb.query(`SELECT has_table_privilege('audit_entry', 'UPDATE, DELETE, TRUNCATE, TRIGGER') AS any`);
    expect(rights.rows[0].any).toBe(false);

    // The session setting that used to open the trail to any role with DELETE rights.
    const client = await appDb.connect();
    try {
      await client.query('BEGIN');
      await client.query(`SET LOCAL parcours.audit_purge = 'on'`);
      await expect(client.query('DELETE FROM audit_entry')).rejects.toThrow(/permission denied/);
      await client.query('ROLLBACK');
    } finally {
      client.release();
    }
    expect(await snapshot()).toBe(before);
    // And the superuser's DELETE still meets the guard: no session setting opens it any more.
    const superuser = await app.db.connect();
    try {
      await superuser.query('BEGIN');
      await superuser.query(`SET LOCAL parcours.audit_purge = 'on'`);
      await expect(superuser.query('DELETE FROM audit_entry')).rejects.toThrow(/append-only/);
      await superuser.query('ROLLBACK');
    } finally {
      superuser.release();
    }
    expect(await snapshot()).toBe(before);
  });

  it('the daily purge job, on the application connection, deletes only what is past the retention, and leaves a trace', async () => {
    await app.db.query(
      `INSERT INTO audit_entry (occurred_at, action, resource_type) VALUES (now() - interval '366 days', 'read', 'user'), (now() - interval '364 days', 'read', 'user')`,
    );
    const kept = await app.db.query<{ id: string }>(
      `SELECT id FROM audit_entry WHERE occurred_at > now() - interval '365 days' ORDER BY id`,
    );
    const queue = new Queue('maintenance', { connection: { host: '127.0.0.1', port: 6379 }, prefix: app.queuePrefix });
    let outcome: unknown;
    try {
      const job = await queue.add('audit.purge', {}, { jobId: `roles-purge-${randomUUID()}` });
      await eventually(async () => ((await job.getState()) === 'completed' ? true : undefined));
      outcome = (await queue.getJob(job.id!))!.returnvalue;
    } finally {
      await queue.close();
    }
    expect(outcome).toMatchObject({ purged: 1 });
    const after = await app.db.query<{ id: string; action: string; details: unknown }>(
      'SELECT id, action, details FROM audit_entry ORDER BY id',
    );
    expect(after.rows.slice(0, -1).map((r) => r.id)).toEqual(kept.rows.map((r) => r.id));
    expect(after.rows.at(-1)).toMatchObject({ action: 'purge', details: { purged: 1, retentionDays: 365 } });
  });

  it('the API refuses to start in production on a connection that could rewrite the trail (here the superuser)', async () => {
    const { ready, child } = spawnParcours({
      ...app.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl(app.databaseName),
      DATA_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
      PORT: '0',
    });
    await expect(ready).rejects.toThrow(/DATABASE_URL connects as "postgres", which is a superuser/);
    expect(child.exitCode).not.toBe(0);
  });

  it('in production, migrating at start-up needs the owner named (DATABASE_OWNER_URL): no guessing', async () => {
    const env = { ...app.env };
    delete env.DATABASE_OWNER_URL;
    const { ready } = spawnParcours({
      ...env,
      NODE_ENV: 'production',
      DATABASE_MIGRATE_ON_START: 'true',
      DATA_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
    });
    await expect(ready).rejects.toThrow(/DATABASE_OWNER_URL is required in production to migrate/);
  });
});

describe('database roles: start-up provisioning', () => {
  const role = `parcours_test_role_${process.pid}`;
  const database = `parcours_test_roles_provision_${process.pid}`;
  const url = (user: string) => {
    const u = new URL(databaseUrl(database));
    u.username = user;
    u.password = '';
    return u.toString();
  };
  const migrate = (env: Record<string, string>) =>
    promisify(execFile)(process.execPath, [MIGRATE], {
      env: { PATH: process.env.PATH ?? '', NODE_ENV: 'test', DATABASE_OWNER_URL: databaseUrl(database), ...env },
      timeout: 60_000,
    });

  afterAll(async () => {
    await dropTestDatabase(database);
    await adminQuery(`DROP ROLE IF EXISTS "${role}"`);
  });

  it('refuses a missing application role when told not to create it, then creates it with exactly its rights', async () => {
    await expect(migrate({ DATABASE_URL: url(role), DATABASE_CREATE_APP_ROLE: 'false' })).rejects.toThrow(
      new RegExp(`the application role "${role}" of DATABASE_URL does not exist`),
    );
    const { stdout } = await migrate({ DATABASE_URL: url(role) });
    expect(stdout).toContain(`Created the application role "${role}"`);
    const check = new Pool({ connectionString: databaseUrl(database), max: 1 });
    try {
      const rights = async (table: string) =>
        (
          await check.query<{ p: string }>(
            `SELECT string_agg(p, ',' ORDER BY p) AS p FROM unnest(ARRAY['SELECT','INSERT','UPDATE','DELETE','TRUNCATE','REFERENCES','TRIGGER']) p
              WHERE has_table_privilege($1, $2, p)`,
            [role, table],
          )
        ).rows[0].p;
      expect(await rights('audit_entry')).toBe('INSERT,SELECT');
      expect(await rights('audit_retention')).toBe('SELECT');
      expect(await rights('household')).toBe('DELETE,INSERT,SELECT,UPDATE');
      expect(await rights('migrations')).toBeNull();
      const [r] = (
        await check.query(
          `SELECT rolsuper, rolcreatedb, rolcreaterole, rolbypassrls, has_schema_privilege($1, 'public', 'CREATE') AS create_in_public,
                  has_sequence_privilege($1, 'household_reference_seq', 'USAGE') AS sequence,
                  has_function_privilege($1, 'parcours_purge_audit()', 'EXECUTE') AS purge
             FROM pg_roles WHERE rolname = $1`,
          [role],
        )
      ).rows;
      expect(r).toEqual({
        rolsuper: false,
        rolcreatedb: false,
        rolcreaterole: false,
        rolbypassrls: false,
        create_in_public: false,
        sequence: true,
        purge: true,
      });
      // A table of a later migration is usable at once (default privileges of the owner).
      await check.query('CREATE TABLE later_table (id int)');
      expect(await rights('later_table')).toBe('DELETE,INSERT,SELECT,UPDATE');
      // Grants are re-applied on every run, and the retention follows AUDIT_RETENTION_DAYS.
      await migrate({ DATABASE_URL: url(role), AUDIT_RETENTION_DAYS: '400' });
      expect((await check.query('SELECT retention_days FROM audit_retention')).rows).toEqual([{ retention_days: 400 }]);
    } finally {
      await check.end();
    }
  });
});
