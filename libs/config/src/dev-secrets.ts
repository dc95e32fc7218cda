import { randomBytes } from 'node:crypto';
import { chmodSync, linkSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Where development secrets live unless DEV_SECRETS_FILE says otherwise (git-ignored). */
export const DEFAULT_DEV_SECRETS_FILE = '.parcours-dev-secrets.json';

export interface DevSecrets {
  jwtSecret: string;
  dataKey: string;
}

export interface DevSecretsFile {
  path: string;
  created: boolean;
  secrets: DevSecrets;
}

const isDevSecrets = (value: unknown): value is DevSecrets =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as DevSecrets).jwtSecret === 'string' &&
  (value as DevSecrets).jwtSecret.length >= 32 &&
  typeof (value as DevSecrets).dataKey === 'string' &&
  /^[A-Za-z0-9+/]{43}=$/.test((value as DevSecrets).dataKey);

/**
 * The random secrets of a development or test machine: no secret is written in the source, so the
 * first start draws them and keeps them in a local file (mode 0600) that later starts, the worker
 * and the CLI reuse. Production never comes here: it must set JWT_SECRET and DATA_ENCRYPTION_KEY.
 */
export function readOrCreateDevSecrets(file: string): DevSecretsFile {
  const path = resolve(file);
  const existing = readExisting(path);
  if (existing) return { path, created: false, secrets: existing };
  const secrets: DevSecrets = { jwtSecret: randomBytes(48).toString('base64url'), dataKey: randomBytes(32).toString('base64') };
  // Written aside then linked into place: link() fails if another process (the worker, a parallel
  // test) created the file meanwhile, and then everyone uses that one.
  const temporary = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(temporary, 0o600);
  try {
    linkSync(temporary, path);
    return { path, created: true, secrets };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const winner = readExisting(path);
    if (!winner) throw new Error(`${path}: unreadable development secrets; delete the file to draw new ones`, { cause: error });
    return { path, created: false, secrets: winner };
  } finally {
    unlinkSync(temporary);
  }
}

function readExisting(path: string): DevSecrets | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  if (!isDevSecrets(parsed)) throw new Error(`${path}: malformed development secrets; delete the file to draw new ones`);
  return parsed;
}
