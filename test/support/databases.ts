import { Client } from 'pg';

/** Base URL of the test PostgreSQL server (the same as development unless TEST_DATABASE_URL says). */
export const TEST_SERVER_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
/** Each checkout running the suite at the same time on one server names its own (TEST_TEMPLATE_DATABASE). */
export const TEMPLATE_DATABASE = process.env.TEST_TEMPLATE_DATABASE ?? 'parcours_test_template';

/**
 * The application role the app under test connects as (created by the template's migration when
 * missing; roles are cluster-wide, so every test database shares it). Set-up and assertions use
 * the superuser of TEST_SERVER_URL instead.
 */
export const TEST_APP_ROLE = process.env.TEST_APP_ROLE ?? 'parcours_app';

/** The superuser's (owner's) URL of a database: set-up, assertions, migrations. */
export function databaseUrl(name: string): string {
  const url = new URL(TEST_SERVER_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/** The application role's URL of a database: what the app under test connects with. */
export function appDatabaseUrl(name: string): string {
  const url = new URL(databaseUrl(name));
  url.username = TEST_APP_ROLE;
  url.password = process.env.TEST_APP_PASSWORD ?? '';
  return url.toString();
}

/** Runs statements on the server's maintenance database. */
export async function adminQuery(sql: string): Promise<void> {
  const client = new Client({ connectionString: databaseUrl('postgres') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function assertTestName(name: string): void {
  // A guard against ever pointing the suite at a real database.
  if (!/^[a-z0-9_]+$/.test(name) || !name.includes('test')) throw new Error(`refusing database name "${name}": it must contain "test"`);
}

/** Clones the migrated template into a fresh database for one test file. */
export async function createTestDatabase(label: string): Promise<string> {
  const name = `parcours_test_${label.replace(/[^a-z0-9]+/gi, '_').toLowerCase()}_${process.pid}_${Date.now() % 1e6}`.slice(0, 63);
  assertTestName(name);
  await adminQuery(`CREATE DATABASE "${name}" TEMPLATE "${TEMPLATE_DATABASE}"`);
  return name;
}

export async function dropTestDatabase(name: string): Promise<void> {
  assertTestName(name);
  await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}
