// Drift check for CI: migrates a scratch database, then asks TypeORM what it would change to
// match the entities. Anything at all means an entity changed without its migration.
import 'reflect-metadata';
import { AppConfig, loadConfigOrExit } from '@app/config';
import { dataSourceOptions, migrateDatabase } from '@app/database';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { ENTITIES } from '../entities';

async function main(): Promise<void> {
  const base = loadConfigOrExit();
  // A scratch database of the owner's: the drift check only reads the catalogue.
  const url = new URL(base.database.ownerUrl ?? base.database.url);
  url.pathname = `/parcours_drift_check_test_${process.pid}`;
  const config = AppConfig.fromEnv({ ...process.env, DATABASE_URL: url.toString(), DATABASE_OWNER_URL: url.toString() });
  const admin = new URL(url);
  admin.pathname = '/postgres';
  try {
    await migrateDatabase(config, () => undefined);
    const dataSource = await new DataSource({ ...dataSourceOptions(config, () => undefined), entities: ENTITIES }).initialize();
    const pending = await dataSource.driver.createSchemaBuilder().log();
    await dataSource.destroy();
    if (pending.upQueries.length > 0) {
      process.stderr.write('Entities and migrations have drifted; a migration is missing for:\n');
      for (const q of pending.upQueries) process.stderr.write(`  ${q.query}\n`);
      process.exitCode = 1;
    } else {
      process.stdout.write('Migrations match the entities.\n');
    }
  } finally {
    const client = new Client({ connectionString: admin.toString() });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${url.pathname.slice(1)}" WITH (FORCE)`);
    await client.end();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
