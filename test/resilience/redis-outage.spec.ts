import { Queue } from 'bullmq';
import { ChildProcess } from 'node:child_process';
import { startTestApp, stopProcess, TestApp } from '../support/app';
import { eventually } from '../support/eventually';
import { Factory, TestUser } from '../support/factory';
import { freePort, housedHousehold, startRedis } from './support';

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
    if (redis?.exitCode === null) await stopProcess(redis);
  });

  it('keeps accepting writes while Redis is down, and delivers every due reminder and projection once it is back', async () => {
    const acknowledged: string[] = [];
    for (let i = 0; i < 5; i++) {
      const id = await housedHousehold(app, worker);
      expect(id).not.toBeNull();
      acknowledged.push(id!);
    }

    await stopProcess(redis);
    await eventually(async () => ((await app.http.get('/health/ready')).status === 503 ? true : undefined));
    let refusedWhileDown = 0;
    for (let i = 0; i < 5; i++) {
      const id = await housedHousehold(app, worker);
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
