// Creates the database if missing and applies pending migrations under the advisory lock.
import 'reflect-metadata';
import { loadConfigOrExit } from '@app/config';
import { migrateDatabase } from '@app/database';

migrateDatabase(loadConfigOrExit(), (m) => process.stdout.write(`${m}\n`))
  .then((ran) => {
    if (ran.length === 0) process.stdout.write('Database schema is up to date.\n');
  })
  .catch((error: unknown) => {
    process.stderr.write(`Migration failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
