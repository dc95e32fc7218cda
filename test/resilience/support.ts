import { ChildProcess, spawn } from 'node:child_process';
import { connect, createServer } from 'node:net';
import type { TestApp } from '../support/app';
import { eventually } from '../support/eventually';
import type { TestUser } from '../support/factory';

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** A redis-server of the test's own (never the machine's shared one), keeping nothing on disk. */
export async function startRedis(port: number): Promise<ChildProcess> {
  const redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  });
  await eventually(
    () =>
      new Promise<true | undefined>((resolve) => {
        const socket = connect(port, '127.0.0.1');
        socket.on('connect', () => (socket.destroy(), resolve(true)));
        socket.on('error', () => resolve(undefined));
      }),
  );
  return redis;
}

export const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

/** Opens a household file; its id if the API answered 201, else the status it answered. */
export async function openHousehold(
  app: TestApp,
  worker: TestUser,
  openedDaysAgo = 20,
): Promise<{ id: string; version: number } | { status: number; code?: string }> {
  const response = await app.http
    .post('/households')
    .set({ authorization: `Bearer ${worker.token}` })
    .send({
      entryChannel: 'siao_demand',
      livingSituation: 'street',
      consentDate: daysAgo(openedDaysAgo).slice(0, 10),
      openedAt: daysAgo(openedDaysAgo),
      persons: [{ lastName: 'Test', birthYear: 1980, role: 'reference' }],
    });
  if (response.status !== 201) return { status: response.status, code: (response.body as { code?: string }).code };
  return { id: response.body.household.id as string, version: response.body.household.version as number };
}

/**
 * A household evaluated, then housed 8 days ago: its 7-day follow-up reminder is already due.
 * Returns its id if every call was acknowledged, else null.
 */
export async function housedHousehold(app: TestApp, worker: TestUser): Promise<string | null> {
  const as = { authorization: `Bearer ${worker.token}` };
  const opened = await openHousehold(app, worker);
  if (!('id' in opened)) return null;
  const evaluated = await app.http
    .post(`/households/${opened.id}/evaluations`)
    .set(as)
    .send({
      version: opened.version,
      occurredAt: daysAgo(15),
      livingSituation: 'street',
      resources: ['none'],
      debtsCents: 0,
      needs: [],
      orientation: 'ordinary_social_housing',
      intensity: 'light',
    });
  if (evaluated.status !== 200) return null;
  const leased = await app.http
    .post(`/households/${opened.id}/lease`)
    .set(as)
    .send({ version: evaluated.body.version, occurredAt: daysAgo(8), landlord: 'OPAC', commune: '73065', leaseType: 'direct' });
  return leased.status === 200 ? opened.id : null;
}
