import { Client } from 'pg';
import { startTestApp, TestApp } from '../support/app';
import { databaseUrl } from '../support/databases';
import { eventually } from '../support/eventually';
import { Factory, TestUser } from '../support/factory';
import { openHousehold } from './support';

/**
 * PostgreSQL cuts the app's connections (`pg_terminate_backend`, as a failover or an admin would)
 * while clients write: requests in flight fail cleanly with 503, the pool recovers without a
 * restart, and every write that answered 2xx is there afterwards, whole.
 */
describe('PostgreSQL connections cut', () => {
  let app: TestApp;
  let worker: TestUser;
  let admin: Client;

  beforeAll(async () => {
    app = await startTestApp('postgres-cut', { env: { OUTBOX_POLL_MS: '100' } });
    const factory = new Factory(app);
    worker = await factory.user(await factory.organisation(await factory.territory(), 'siao'), ['siao_worker']);
    admin = new Client({ connectionString: databaseUrl(app.databaseName) });
    await admin.connect();
  }, 60_000);
  afterAll(async () => {
    await admin?.end();
    await app?.stop();
  });

  /** Terminates every backend the app holds (API and in-process worker: application_name 'parcours'). */
  async function cutConnections(): Promise<number> {
    const { rowCount } = await admin.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'parcours'`,
    );
    return rowCount ?? 0;
  }

  it('fails the requests in flight with 503, not 500, and commits nothing half-way', async () => {
    await openHousehold(app, worker); // the pool holds connections
    // Hold the household table so that the writes below wait inside their transactions.
    const blocker = new Client({ connectionString: databaseUrl(app.databaseName) });
    await blocker.connect();
    try {
      await blocker.query('BEGIN');
      await blocker.query('LOCK TABLE household IN SHARE ROW EXCLUSIVE MODE');
      const inFlight = Array.from({ length: 3 }, () => openHousehold(app, worker));
      await eventually(async () => {
        const { rows } = await admin.query<{ n: string }>(
          `SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'parcours' AND wait_event_type = 'Lock'`,
        );
        return rows[0].n === '3' ? true : undefined;
      });
      expect(await cutConnections()).toBeGreaterThanOrEqual(3);
      await blocker.query('COMMIT');
      expect(await Promise.all(inFlight)).toEqual(Array.from({ length: 3 }, () => ({ status: 503, code: 'SERVICE_UNAVAILABLE' })));
    } finally {
      await blocker.end();
    }
    // Nothing of the three: no household, person or event beyond the first one.
    const { rows } = await admin.query<{ households: string; persons: string; events: string }>(
      `SELECT (SELECT count(*) FROM household) AS households, (SELECT count(*) FROM person) AS persons,
              (SELECT count(*) FROM outbox_event WHERE type = 'household.opened') AS events`,
    );
    expect(rows[0]).toEqual({ households: '1', persons: '1', events: '1' });
  });

  it('recovers its pool without a restart and keeps every acknowledged write, under repeated cuts', async () => {
    const acknowledged: string[] = [];
    const statuses = new Map<number, number>();
    let writing = true;
    const client = async () => {
      while (writing) {
        const result = await openHousehold(app, worker);
        const status = 'id' in result ? 201 : result.status;
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        if ('id' in result) acknowledged.push(result.id);
      }
    };
    const clients = Array.from({ length: 4 }, client);
    let cuts = 0;
    let backendsCut = 0;
    for (; cuts < 10; cuts++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      backendsCut += await cutConnections();
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    writing = false;
    await Promise.all(clients);

    // Only acknowledgements and clean refusals: never a 500.
    expect([...statuses.keys()].sort()).toEqual(expect.arrayContaining([201]));
    expect([...statuses.keys()].filter((s) => s !== 201 && s !== 503)).toEqual([]);
    // The pool recovered: the API is ready and writes go through, without a restart.
    expect(app.exitStatus()).toBe('running');
    await eventually(async () => ((await app.http.get('/health/ready')).status === 200 ? true : undefined));
    expect('id' in (await openHousehold(app, worker))).toBe(true);
    // Every acknowledged write is there, whole (its person and its event), and the worker relayed every event.
    const found = await admin.query<{ id: string }>(
      `SELECT h.id FROM household h
        WHERE h.id = ANY($1::uuid[])
          AND EXISTS (SELECT 1 FROM person p WHERE p.household_id = h.id)
          AND EXISTS (SELECT 1 FROM outbox_event e WHERE e.type = 'household.opened' AND e.aggregate_id = h.id)`,
      [acknowledged],
    );
    expect(found.rowCount).toBe(acknowledged.length);
    const halfWritten = await admin.query(
      `SELECT h.id FROM household h WHERE NOT EXISTS (SELECT 1 FROM person p WHERE p.household_id = h.id)
          OR NOT EXISTS (SELECT 1 FROM outbox_event e WHERE e.type = 'household.opened' AND e.aggregate_id = h.id)`,
    );
    expect(halfWritten.rows).toEqual([]);
    await eventually(async () => {
      const { rows } = await admin.query<{ n: string }>(`SELECT count(*) AS n FROM outbox_event WHERE published_at IS NULL`);
      return rows[0].n === '0' ? true : undefined;
    }, 30_000);
    console.log(
      `PostgreSQL cuts: ${cuts} cuts (${backendsCut} backends terminated); answers ${JSON.stringify(Object.fromEntries(statuses))}; ` +
        `${acknowledged.length} writes acknowledged, ${found.rowCount} found whole`,
    );
  }, 60_000);
});
