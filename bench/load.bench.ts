// Load: a territory's working day as a mixed workload through the API: lists, opening files,
// appending steps, the inbox, and an indicator export now and then. Run twice: API and worker in one
// process (as `npm start` runs them), then apart (`start:api` + `start:worker`, as a production
// deployment would). Reports throughput, p50/p95/p99 latency, error rate and each process's peak memory.
// Targets on the 2-core machine with 20 clients: zero errors, p99 under 50 ms, RSS under 300 MB.
// Usage: npm run bench:load  (BENCH_HOUSEHOLDS, BENCH_SECONDS, BENCH_CONCURRENCY)
import { hash } from '@node-rs/argon2';
import { Client } from 'pg';
import { Pool as HttpPool } from 'undici';
import { API, benchEnv, measure, recreateDatabase, startApp, startProcess, table, watchRss } from './support';

const HOUSEHOLDS = Number(process.env.BENCH_HOUSEHOLDS ?? 20_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 20);
const SERVER = process.env.BENCH_DATABASE_SERVER ?? 'postgres://postgres@127.0.0.1:5432';
const DATABASE = 'parcours_bench_load';
const PASSWORD = 'bench-password-123';

async function seed(): Promise<{ households: string[] }> {
  await recreateDatabase(SERVER, DATABASE);
  const db = new Client({ connectionString: `${SERVER}/${DATABASE}` });
  await db.connect();
  const passwordHash = await hash(PASSWORD);
  const [{ id: territory }] = (await db.query<{ id: string }>(`INSERT INTO territory (code, name) VALUES ('load', 'Load') RETURNING id`))
    .rows;
  const [{ id: siao }] = (
    await db.query<{ id: string }>(`INSERT INTO organisation (territory_id, name, type) VALUES ($1, 'SIAO', 'siao') RETURNING id`, [
      territory,
    ])
  ).rows;
  const [{ id: coordination }] = (
    await db.query<{ id: string }>(
      `INSERT INTO organisation (territory_id, name, type) VALUES ($1, 'Coordination', 'coordination') RETURNING id`,
      [territory],
    )
  ).rows;
  await db.query(
    `INSERT INTO app_user (organisation_id, territory_id, email, display_name, password_hash, roles)
     VALUES ($1, $2, 'siao@load.test', 'SIAO', $4, '{siao_worker}'), ($3, $2, 'coordinator@load.test', 'Coordination', $4, '{coordinator}')`,
    [siao, territory, coordination, passwordHash],
  );
  await db.query(
    `INSERT INTO household (reference, territory_id, organisation_id, status, entry_channel, living_situation, opened_at, last_step_at, search_text, commune)
     SELECT 'L-' || g, $1, $2, 'followed_in_housing', 'siao_demand', 'street', now() - (g % 700) * interval '1 day', now() - interval '10 days',
            'prenom' || g || ' nom' || g, 'Chambéry'
       FROM generate_series(1, $3) g`,
    [territory, siao, HOUSEHOLDS],
  );
  await db.query(
    `INSERT INTO person (household_id, is_reference, first_name, last_name, normalized_name, birth_year, role)
     SELECT id, true, 'Prénom', 'Nom', 'prenom nom', 1980, 'reference' FROM household`,
  );
  await db.query('ANALYZE');
  const households = (await db.query<{ id: string }>(`SELECT id FROM household ORDER BY id`)).rows.map((r) => r.id);
  await db.end();
  return { households };
}

type Layout = 'one process' | 'API and worker apart';

/** One run of the working day against a freshly started app; the peak RSS of each process. */
async function run(layout: Layout, households: string[], versions: Map<string, number>): Promise<void> {
  const env = benchEnv(`${SERVER}/${DATABASE}`, 'parcours-bench-load', {
    LOGIN_MAX_ATTEMPTS_PER_ADDRESS: '1000',
    EXPENSIVE_REQUESTS_PER_MINUTE: '1000',
    RUN_WORKER_IN_API: String(layout === 'one process'),
  });
  const { child, url } = await startApp(env);
  const worker =
    layout === 'one process' ? undefined : (await startProcess('apps/worker/src/main.js', env, /Parcours worker started/)).child;
  const apiRss = watchRss(child.pid!);
  const workerRss = worker ? watchRss(worker.pid!) : undefined;
  try {
    const http = new HttpPool(url, { connections: CONCURRENCY });
    const call = async (method: 'GET' | 'POST', path: string, token: string, body?: unknown) => {
      const response = await http.request({
        method,
        path: API + path,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.body.text();
      return { status: response.statusCode, body: text };
    };
    const login = async (email: string) => {
      const response = await http.request({
        method: 'POST',
        path: `${API}/auth/login`,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: PASSWORD }),
      });
      return ((await response.body.json()) as { accessToken: string }).accessToken;
    };
    const siaoWorker = await login('siao@load.test');
    const coordinator = await login('coordinator@load.test');
    let exports = 0;
    const start = Date.now();
    const task = async (i: number): Promise<boolean> => {
      const roll = i % 20;
      const id = households[(i * 7919) % households.length];
      // One indicator export for every ten seconds of load (an hour of a working day, compressed).
      if (Date.now() - start > (exports + 1) * 10_000) {
        exports++;
        return (await call('GET', '/indicators/export?from=2026-01-01&to=2026-12-31&granularity=month', coordinator)).status === 200;
      }
      if (roll < 8) return (await call('GET', '/households?status=followed_in_housing&limit=20', siaoWorker)).status === 200;
      if (roll < 14) return (await call('GET', `/households/${id}`, siaoWorker)).status === 200;
      if (roll < 17) return (await call('GET', '/reminders?scope=mine', siaoWorker)).status === 200;
      // Each client appends to its own files, so that versions never collide (a real conflict is a 409, not load).
      const own = households[(i % CONCURRENCY) + CONCURRENCY * (Math.floor(i / 20) % 50)];
      const response = await call('POST', `/households/${own}/visits`, siaoWorker, {
        version: versions.get(own) ?? 1,
        occurredAt: new Date().toISOString(),
      });
      if (response.status === 200) versions.set(own, (JSON.parse(response.body) as { version: number }).version);
      return response.status === 200;
    };
    await measure('warm-up', CONCURRENCY, 3, (i) => task(i + 1_000_000));
    const figures = await measure(`working day, ${CONCURRENCY} clients, ${layout}`, CONCURRENCY, SECONDS, task);
    console.log(table([figures]));
    console.log(`- error rate: ${((figures.errors / figures.requests) * 100).toFixed(2)}% (${figures.errors} of ${figures.requests})`);
    console.log(`- indicator exports: ${exports}`);
    console.log(`- API peak RSS: ${Math.round(apiRss.stop() / 1024)} MB`);
    if (workerRss) console.log(`- worker peak RSS: ${Math.round(workerRss.stop() / 1024)} MB`);
    await http.close();
  } finally {
    const exits = [child, worker].flatMap((p) => (p && p.exitCode === null ? [new Promise((resolve) => p.once('exit', resolve))] : []));
    child.kill('SIGTERM');
    worker?.kill('SIGTERM');
    await Promise.all(exits);
  }
}

async function main(): Promise<void> {
  const { households } = await seed();
  const versions = new Map<string, number>();
  const layouts: Layout[] = ['one process', 'API and worker apart'];
  for (const layout of layouts) await run(layout, households, versions);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
