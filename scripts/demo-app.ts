// The demo territory served by the real app, for the screenshots and the web benchmark: a fresh
// database migrated and seeded by the built CLIs (npm run seed:demo), the API with its worker.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { benchEnv, recreateDatabase, startApp } from '../bench/support';

export const DEMO_PASSWORD = 'parcours-demo-2026';
const SERVER = process.env.DEMO_DATABASE_SERVER ?? 'postgres://postgres@127.0.0.1:5432';

export async function startDemoApp(name: string): Promise<{ url: string; child: ChildProcess; stop: () => void }> {
  const database = `parcours_${name}`;
  await recreateDatabase(SERVER, database);
  const env = benchEnv(`${SERVER}/${database}`, `parcours-${name}`, {
    NODE_ENV: 'development',
    LOG_LEVEL: 'warn',
    // One client address logs in as each demo user, run after run.
    LOGIN_MAX_ATTEMPTS_PER_ADDRESS: '10000',
  });
  execFileSync(process.execPath, [resolve('dist/apps/api/src/cli/seed-demo.js')], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: 'inherit',
  });
  const { child, url } = await startApp({ ...env, LOG_LEVEL: 'info' });
  return { url: url.replace('[::1]', '127.0.0.1'), child, stop: () => void child.kill('SIGTERM') };
}

/** Waits for the worker to project the seeded events into reminders (the inboxes are then full). */
export async function settle(ms = 4000): Promise<void> {
  await new Promise((r) => setTimeout(r, ms));
}
