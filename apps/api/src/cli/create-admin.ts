// Creates the first administrator of a territory: `npm run admin:create -- --email ... --territory-code ...`.
// There is no default password: one is generated and printed once, or read from ADMIN_PASSWORD.
import 'reflect-metadata';
import { loadConfigOrExit } from '@app/config';
import { createUserIfAbsent, ensureOrganisation, ensureTerritory } from '@app/identity';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { openCliDataSource } from './cli-data-source';

const USAGE = `Usage: npm run admin:create -- --email <e-mail> --name <display name>
       --territory-code <code> --territory-name <name> [--organisation <name>]
Password: read from the ADMIN_PASSWORD environment variable (12+ characters), else generated and printed once.`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      'territory-code': { type: 'string' },
      'territory-name': { type: 'string' },
      organisation: { type: 'string', default: 'Coordination du territoire' },
    },
  });
  const { email, name } = values;
  const territoryCode = values['territory-code'];
  const territoryName = values['territory-name'];
  if (!email || !name || !territoryCode || !territoryName) {
    process.stderr.write(`${USAGE}\n`);
    process.exit(64);
  }
  // Read from the environment on purpose: a password on the command line ends up in shell history.
  const supplied = process.env.ADMIN_PASSWORD;
  if (supplied !== undefined && supplied.length < 12) {
    process.stderr.write('ADMIN_PASSWORD must be at least 12 characters\n');
    process.exit(64);
  }
  const password = supplied ?? randomBytes(18).toString('base64url');
  const config = loadConfigOrExit();
  const dataSource = await openCliDataSource(config);
  try {
    const user = await dataSource.transaction(async (manager) => {
      const territory = await ensureTerritory(manager, territoryCode, territoryName);
      const organisation = await ensureOrganisation(
        manager,
        territory,
        values.organisation ?? 'Coordination du territoire',
        'coordination',
      );
      return createUserIfAbsent(manager, organisation, { email, displayName: name, roles: ['admin'], password });
    });
    if (!user) {
      process.stderr.write(`A user with e-mail ${email} already exists; nothing changed.\n`);
      process.exitCode = 1;
      return;
    }
    process.stdout.write(`Administrator ${email} created in territory ${territoryCode}.\n`);
    if (supplied === undefined) process.stdout.write(`Generated password (shown once, change it after the first login): ${password}\n`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
