import { AppConfig } from '@app/config';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';
import { explainDatabaseError } from './reachability';
import { grantApplicationRole, writeAuditRetention } from './roles';

// Arbitrary constant shared by every Parcours process: the key of the migration advisory lock.
const MIGRATION_LOCK_KEY = 727_274_001;

function databaseName(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
  if (!/^[a-zA-Z0-9_-]+$/.test(name)) throw new Error(`DATABASE_URL: unsupported database name "${name}"`);
  return name;
}

/** Creates the database named in the URL when it does not exist yet (connecting to `postgres`). */
export async function ensureDatabase(url: string, connectTimeoutMs = 5_000): Promise<void> {
  const name = databaseName(url);
  const adminUrl = new URL(url);
  adminUrl.pathname = '/postgres';
  const client = new Client({ connectionString: adminUrl.toString(), connectionTimeoutMillis: connectTimeoutMs });
  client.on('error', () => undefined);
  await client.connect().catch((error: unknown) => {
    throw explainDatabaseError(url, error);
  });
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) {
      try {
        await client.query(`CREATE DATABASE "${name}"`);
      } catch (error) {
        // Another process created it between our check and our CREATE: that is fine.
        if ((error as { code?: string }).code !== '42P04' && (error as { code?: string }).code !== '23505') throw error;
      }
    }
  } finally {
    await client.end();
  }
}

/**
 * As the owner role (DATABASE_OWNER_URL): creates the database if needed and runs pending
 * migrations while holding a PostgreSQL advisory lock (TypeORM takes none, so two processes
 * starting together would otherwise race), then grants the application role of DATABASE_URL its
 * rights. Returns the names of the migrations that ran.
 */
export async function migrateDatabase(config: AppConfig, log: (message: string) => void): Promise<string[]> {
  const ownerUrl = config.database.ownerUrl;
  if (!ownerUrl) {
    throw new Error(
      'DATABASE_OWNER_URL is required in production to migrate (the role that owns the tables); or set DATABASE_MIGRATE_ON_START=false and migrate apart',
    );
  }
  await ensureDatabase(ownerUrl, config.database.connectTimeoutMs);
  const lock = new Client({ connectionString: ownerUrl, connectionTimeoutMillis: config.database.connectTimeoutMs });
  lock.on('error', () => undefined);
  await lock.connect().catch((error: unknown) => {
    throw explainDatabaseError(config.database.url, error);
  });
  const options = dataSourceOptions(config, () => undefined);
  // No statement timeout for migrations: a backfill or an index on a large table takes what it takes.
  const dataSource = new DataSource({
    ...options,
    url: ownerUrl,
    extra: { ...(options.extra as Record<string, unknown>), statement_timeout: 0 },
    poolSize: 2,
    migrationsTransactionMode: 'each',
  });
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await dataSource.initialize();
    const ran = await dataSource.runMigrations();
    if (ran.length > 0) log(`Applied ${ran.length} migration(s): ${ran.map((m) => m.name).join(', ')}`);
    await writeAuditRetention(lock, config);
    await grantApplicationRole(lock, config, log);
    return ran.map((m) => m.name);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await lock.end();
  }
}
