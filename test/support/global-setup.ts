import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { adminQuery, appDatabaseUrl, databaseUrl, TEMPLATE_DATABASE } from './databases';

/**
 * Builds the migrated template database once per run, through the real migration command.
 * Each test file then clones it (CREATE DATABASE ... TEMPLATE), which takes milliseconds, and
 * with it the application role's grants, which the migration applies.
 */
export default async function globalSetup(): Promise<void> {
  const root = join(__dirname, '..', '..');
  if (!existsSync(join(root, 'dist/apps/api/src/main.js'))) throw new Error('Build first: npm run build (npm test does it)');
  await adminQuery(`DROP DATABASE IF EXISTS "${TEMPLATE_DATABASE}" WITH (FORCE)`);
  execFileSync(process.execPath, [join(root, 'dist/apps/api/src/cli/migrate.js')], {
    env: {
      ...process.env,
      DATABASE_URL: appDatabaseUrl(TEMPLATE_DATABASE),
      DATABASE_OWNER_URL: databaseUrl(TEMPLATE_DATABASE),
      NODE_ENV: 'test',
    },
    stdio: 'pipe',
  });
}
