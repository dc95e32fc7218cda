import { Client } from 'pg';
import { startTestApp, TestApp } from '../support/app';
import { databaseUrl } from '../support/databases';
import { eventually } from '../support/eventually';
import { Factory, TestUser } from '../support/factory';
import { openHousehold } from './support';

/**
 * SIGTERM on the API while clients write (a deployment, a scale-down): the requests in flight
 * complete and are kept, new ones are refused, and the process exits cleanly.
 */
describe('API stopped with SIGTERM under load', () => {
  let app: TestApp;
  let worker: TestUser;

  beforeAll(async () => {
    app = await startTestApp('api-sigterm');
    const factory = new Factory(app);
    worker = await factory.user(await factory.organisation(await factory.territory(), 'siao'), ['siao_worker']);
  }, 60_000);
  afterAll(async () => {
    await app?.stop();
  });

  it('completes the requests in flight, refuses new ones, and exits with 0', async () => {
    const acknowledged: string[] = [];
    const answers = new Map<string, number>();
    const count = (answer: string) => answers.set(answer, (answers.get(answer) ?? 0) + 1);
    let writing = true;
    // Writers pause while the three held requests are placed, so that the three lock waiters counted below are surely those.
    let resume: () => void = () => undefined;
    let gate: Promise<void> = Promise.resolve();
    let busy = 0;
    const client = async () => {
      while (writing) {
        await gate;
        busy += 1;
        try {
          const result = await openHousehold(app, worker);
          if ('id' in result) acknowledged.push(result.id);
          count('id' in result ? '201' : String(result.status));
        } catch (error) {
          count((error as { code?: string }).code ?? 'error'); // no connection: ECONNREFUSED once the API is gone
          await new Promise((resolve) => setTimeout(resolve, 20));
        } finally {
          busy -= 1;
        }
      }
    };
    const clients = Array.from({ length: 4 }, client);
    await eventually(() => Promise.resolve(acknowledged.length >= 20 ? true : undefined));
    gate = new Promise((resolve) => (resume = resolve));
    await new Promise((resolve) => setImmediate(resolve)); // a writer just past the old gate counts itself busy
    await eventually(() => Promise.resolve(busy === 0 ? true : undefined));

    // Hold the household table so that requests are surely in flight when the signal comes.
    const blocker = new Client({ connectionString: databaseUrl(app.databaseName) });
    await blocker.connect();
    let exitCode: Promise<number | null>;
    let inFlight: Array<Awaited<ReturnType<typeof openHousehold>>>;
    let afterSignal: Array<number | string>;
    try {
      await blocker.query('BEGIN');
      await blocker.query('LOCK TABLE household IN SHARE ROW EXCLUSIVE MODE');
      const held = Promise.all(Array.from({ length: 3 }, () => openHousehold(app, worker)));
      await eventually(async () => {
        const { rows } = await blocker.query<{ n: string }>(
          `SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'parcours' AND wait_event_type = 'Lock'`,
        );
        return Number(rows[0].n) >= 3 ? true : undefined;
      });
      resume(); // the writers go on through the signal: they are acknowledged, or refused once the API closes
      exitCode = app.signal('SIGTERM');
      await new Promise((resolve) => setTimeout(resolve, 500));
      // New requests while the API drains: refused (503 on a kept-alive connection, or no connection at all).
      afterSignal = await Promise.all(
        Array.from({ length: 3 }, () =>
          app.http.get('/health/live').then(
            (r) => r.status,
            (error: { code?: string }) => error.code ?? 'error',
          ),
        ),
      );
      expect(app.exitStatus()).toBe('running'); // still draining
      await blocker.query('COMMIT');
      inFlight = await held;
      expect(await exitCode).toBe(0);
    } finally {
      writing = false;
      resume();
      await blocker.end();
    }
    await Promise.all(clients);

    expect(inFlight.every((r) => 'id' in r)).toBe(true);
    // Refused: 503 on a kept-alive connection, no listener any more, or a connection the closing
    // listener had not yet accepted (reset by the kernel: the request never reached the API).
    const refused = [503, 'ECONNREFUSED', 'ECONNRESET'];
    expect(afterSignal.filter((a) => !refused.includes(a))).toEqual([]);
    // Nothing failed server-side: only acknowledgements, and refusals once the API was closing.
    expect([...answers.keys()].filter((a) => a !== '201' && !refused.includes(a === '503' ? 503 : a))).toEqual([]);
    const ids = [...acknowledged, ...inFlight.map((r) => ('id' in r ? r.id : ''))];
    const found = await app.db.query(`SELECT id FROM household WHERE id = ANY($1::uuid[])`, [ids]);
    expect(found.rowCount).toBe(ids.length);
    // And a refused or reset request wrote nothing: every household stored was acknowledged.
    const stored = await app.db.query<{ n: string }>(`SELECT count(*) AS n FROM household`);
    expect(Number(stored.rows[0].n)).toBe(ids.length);
    console.log(
      `API SIGTERM: ${inFlight.length} requests in flight completed; new requests answered ${JSON.stringify(afterSignal)}; ` +
        `clients' answers ${JSON.stringify(Object.fromEntries(answers))}; ${ids.length} writes acknowledged, ${found.rowCount} found, ${stored.rows[0].n} stored`,
    );
  }, 60_000);
});
