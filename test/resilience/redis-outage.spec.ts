import { Queue } from 'bullmq';
import { ChildProcess, spawn } from 'node:child_process';
import { connect, createServer } from 'node:net';
import { startTestApp, TestApp } from '../support/app';
import { eventually } from '../support/eventually';
import { Factory, TestUser } from '../support/factory';

/** A free TCP port on 127.0.0.1. */
function freePort(): Promise<number> {
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
async function startRedis(port: number): Promise<ChildProcess> {
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

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/**
 * Redis stopped and started again, empty, while a client writes pathway steps: the API keeps
 * accepting writes (the outbox holds them), readiness says 503 meanwhile, and once Redis is back
 * every reminder due is delivered and every event projected, once.
 */
describe('Redis outage', () => {
  let app: TestApp;
  let redis: ChildProcess;
  let port: number;
  let worker: TestUser;

  beforeAll(async () => {
    port = await freePort();
    redis = await startRedis(port);
    app = await startTestApp('redis-outage', { env: { REDIS_URL: `redis://127.0.0.1:${port}`, OUTBOX_POLL_MS: '100' } });
    const factory = new Factory(app);
    worker = await factory.user(await factory.organisation(await factory.territory(), 'siao'), ['siao_worker']);
  }, 60_000);
  afterAll(async () => {
    await app?.stop();
    if (redis?.exitCode === null) await stop(redis);
  });

  const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
  /** A household housed 8 days ago: its 7-day follow-up reminder is already due. Returns whether every call was acknowledged. */
  async function housedHousehold(): Promise<string | null> {
    const as = { authorization: `Bearer ${worker.token}` };
    const created = await app.http
      .post('/households')
      .set(as)
      .send({
        entryChannel: 'siao_demand',
        livingSituation: 'street',
        consentDate: daysAgo(20).slice(0, 10),
        openedAt: daysAgo(20),
        persons: [{ lastName: 'Test', birthYear: 1980, role: 'reference' }],
      });
    if (created.status !== 201) return null;
    const id = created.body.household.id as string;
    const evaluated = await app.http
      .post(`/households/${id}/evaluations`)
      .set(as)
      .send({
        version: created.body.household.version,
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
      .post(`/households/${id}/lease`)
      .set(as)
      .send({ version: evaluated.body.version, occurredAt: daysAgo(8), landlord: 'OPAC', commune: 'Chambéry', leaseType: 'direct' });
    return leased.status === 200 ? id : null;
  }

  it('keeps accepting writes while Redis is down, and delivers every due reminder and projection once it is back', async () => {
    const acknowledged: string[] = [];
    for (let i = 0; i < 5; i++) {
      const id = await housedHousehold();
      expect(id).not.toBeNull();
      acknowledged.push(id!);
    }

    await stop(redis);
    await eventually(async () => ((await app.http.get('/health/ready')).status === 503 ? true : undefined));
    let refusedWhileDown = 0;
    for (let i = 0; i < 5; i++) {
      const id = await housedHousehold();
      if (id) acknowledged.push(id);
      else refusedWhileDown++;
    }
    expect(refusedWhileDown).toBe(0);

    redis = await startRedis(port); // empty: no persistence
    await eventually(async () => ((await app.http.get('/health/ready')).status === 200 ? true : undefined));

    // Writes acknowledged = writes found.
    const found = await app.db.query(`SELECT id FROM household WHERE id = ANY($1::uuid[]) AND status = 'lease_signed'`, [acknowledged]);
    expect(found.rowCount).toBe(acknowledged.length);
    // Reminders due = reminders delivered, each once (one row per rule and event, delivered_at set once).
    const due = await eventually(async () => {
      const rows = (
        await app.db.query<{ status: string; delivered_at: Date | null }>(
          `SELECT status, delivered_at FROM reminder WHERE subject_id = ANY($1::uuid[]) AND rule_code = 'lease_followup_7_days'`,
          [acknowledged],
        )
      ).rows;
      return rows.length === acknowledged.length && rows.every((r) => r.status === 'delivered') ? rows : undefined;
    }, 30_000);
    expect(due.every((r) => r.delivered_at !== null)).toBe(true);
    // Every event projected into facts, once: three steps per household in the accompaniment indicator.
    await eventually(async () => {
      const { rows } = await app.db.query<{ pending: string; facts: string }>(
        `SELECT (SELECT count(*) FROM outbox_event WHERE projected_at IS NULL) AS pending,
                (SELECT count(*) FROM indicator_fact WHERE indicator_code = 'households_accompanied') AS facts`,
      );
      return rows[0].pending === '0' && Number(rows[0].facts) === acknowledged.length * 3 ? true : undefined;
    }, 30_000);
    // The periodic jobs were lost with Redis's data: the worker upserted them again.
    const maintenance = new Queue('maintenance', { connection: { host: '127.0.0.1', port }, prefix: app.queuePrefix });
    try {
      const schedulers = await eventually(async () => {
        const ids = (await maintenance.getJobSchedulers()).map((j) => j.key);
        return ids.includes('retention-purge-daily') ? ids : undefined;
      });
      expect(schedulers).toEqual(expect.arrayContaining(['audit-purge-daily', 'reminders-reconcile']));
    } finally {
      await maintenance.close();
    }
    console.log(
      `Redis outage: ${acknowledged.length} households written (${5} while Redis was down), ${due.length} reminders due and delivered once`,
    );
  }, 120_000);
});
