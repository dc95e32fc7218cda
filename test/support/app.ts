import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import Redis from 'ioredis';
import { Pool } from 'pg';
import request from 'supertest';
import { appDatabaseUrl, createTestDatabase, databaseUrl, dropTestDatabase } from './databases';

const MAIN = {
  api: join(__dirname, '..', '..', 'dist/apps/api/src/main.js'),
  worker: join(__dirname, '..', '..', 'dist/apps/worker/src/main.js'),
};
/** Where the JSON API lives on the origin (apps/api/src/http/prefix.ts). */
export const API_PREFIX = '/api';
export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** A real Parcours process (API + worker) on its own database and BullMQ prefix. */
export interface TestApp {
  /** The origin (http://127.0.0.1:<port>), without the API prefix. */
  url: string;
  /** Requests under the API prefix: `app.http.get('/households')` asks for /api/households. */
  http: ReturnType<typeof request>;
  /** Direct access to the test database as the superuser, for set-up and for checking what was written (the app itself connects as the application role). */
  db: Pool;
  databaseName: string;
  queuePrefix: string;
  /** The environment the process was started with (to start a worker of its own beside it). */
  env: Record<string, string>;
  output: () => string;
  /** How the process ended, if it did ('running' otherwise). */
  exitStatus: () => string;
  /** Sends a signal to the process; resolves to its exit code once it exits. */
  signal: (signal: NodeJS.Signals) => Promise<number | null>;
  /** SIGTERM, wait for exit, drop the database and Redis keys; resolves to the exit code. */
  stop: () => Promise<number | null>;
}

export interface StartOptions {
  env?: Record<string, string>;
  /** Reuse a database (to restart the process on the same data); the caller drops it. */
  databaseName?: string;
}

/** Spawns the API (ready once listening: resolves to its URL) or the worker (ready once started: resolves to ''). */
export function spawnParcours(
  env: Record<string, string>,
  app: keyof typeof MAIN = 'api',
): { child: ChildProcess; output: () => string; ready: Promise<string> } {
  let buffer = '';
  const child = spawn(process.execPath, [MAIN[app]], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const ready = new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      buffer += chunk.toString();
      const match = /listening on (http:\/\/[^\s"]+)|Parcours worker started/.exec(buffer);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]?.replace('[::1]', '127.0.0.1') ?? '');
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`Parcours ${app} exited with code ${code} before it was ready:\n${buffer}`)));
    // Only while starting: once listening, the process lives as long as its test file needs it.
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`Parcours ${app} was not ready within 20 s:\n${buffer}`));
    }, 20_000).unref();
  });
  return { child, output: () => buffer, ready };
}

export function stopProcess(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM', timeoutMs = 10_000): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
    child.kill(signal);
  });
}

export async function startTestApp(label: string, options: StartOptions = {}): Promise<TestApp> {
  const databaseName = options.databaseName ?? (await createTestDatabase(label));
  const queuePrefix = `parcours-test-${label}-${process.pid}`;
  const env = {
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    // Least privilege as in production: the app connects as the application role, the owner only migrates.
    DATABASE_URL: appDatabaseUrl(databaseName),
    DATABASE_OWNER_URL: databaseUrl(databaseName),
    DATABASE_MIGRATE_ON_START: 'false',
    REDIS_URL,
    QUEUE_PREFIX: queuePrefix,
    JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256',
    // Set, so no test start writes development secrets into the working directory.
    DATA_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString('base64'),
    LOGIN_MAX_ATTEMPTS_PER_ADDRESS: '10000',
    LOG_LEVEL: 'info',
    ...options.env,
  };
  const { child, output, ready } = spawnParcours(env);
  let url: string;
  try {
    url = await ready;
  } catch (error) {
    if (!options.databaseName) await dropTestDatabase(databaseName);
    throw error;
  }
  const db = new Pool({ connectionString: databaseUrl(databaseName), max: 3 });
  let exitStatus = 'running';
  child.once('exit', (code, signal) => (exitStatus = `exited with code ${code}, signal ${signal}`));
  return {
    exitStatus: () => exitStatus,
    signal: (signal) => stopProcess(child, signal),
    url,
    http: request(url + API_PREFIX),
    db,
    databaseName,
    queuePrefix,
    env,
    output,
    stop: async () => {
      const code = await stopProcess(child);
      if (process.env.SHOW_APP_OUTPUT) process.stdout.write(output());
      await db.end();
      await clearRedisPrefix(queuePrefix);
      if (!options.databaseName) await dropTestDatabase(databaseName);
      return code;
    },
  };
}

export async function clearRedisPrefix(prefix: string): Promise<void> {
  const redis = new Redis(REDIS_URL);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
