// Indicators benchmark on a national-scale synthetic data set: 46 territories, 1,000,000 households
// with their pathway events and about 10,000,000 facts. The full catalogue for one territory and one
// year, and for all territories, through the API (auth, audit, masking included) beside the naive SQL
// over the operational tables (bench/naive-counts.ts) in the same run; and the
// indicator load of a convention's yearly execution report for one territory (every indicator, the
// year and the year before, for the territory and for each of its organisations).
// Usage: npm run bench:indicators  (BENCH_HOUSEHOLDS, BENCH_TERRITORIES, BENCH_RUNS to change the size; BENCH_REUSE=1 to skip seeding)
import { hash } from '@node-rs/argon2';
import { Client, Pool } from 'pg';
import { Pool as HttpPool } from 'undici';
import { OPERATIONAL_COUNTS } from './naive-counts';
import { API, benchEnv, percentile, recreateDatabase, startApp, watchRss } from './support';

const HOUSEHOLDS = Number(process.env.BENCH_HOUSEHOLDS ?? 1_000_000);
const TERRITORIES = Number(process.env.BENCH_TERRITORIES ?? 46);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SERVER = process.env.BENCH_DATABASE_SERVER ?? 'postgres://postgres@127.0.0.1:5432';
const DATABASE = 'parcours_bench_indicators';
const URL_ = `${SERVER}/${DATABASE}`;
const FROM = '2025-01-01';
const TO = '2025-12-31';

/** Synthetic pathways over 2024-2026: every household opened and evaluated; 60% proposed, 40% housed, 20% closed. */
async function seed(db: Client): Promise<void> {
  const started = Date.now();
  await db.query(`INSERT INTO territory (code, name) SELECT 't' || g, 'Territoire ' || g FROM generate_series(1, $1) g`, [TERRITORIES]);
  await db.query(`INSERT INTO organisation (territory_id, name, type) SELECT id, 'SIAO', 'siao' FROM territory`);
  await db.query(`INSERT INTO organisation (territory_id, name, type) SELECT id, 'Maraude', 'outreach' FROM territory`);
  // The SIAO holds the households, the outreach team meets people in the street.
  await db.query(
    `CREATE TEMP TABLE t AS SELECT row_number() OVER (ORDER BY t.id) AS n, t.id, o.id AS org, m.id AS outreach
       FROM territory t JOIN organisation o ON o.territory_id = t.id AND o.type = 'siao' JOIN organisation m ON m.territory_id = t.id AND m.type = 'outreach'`,
  );
  await db.query(
    `INSERT INTO household (id, reference, territory_id, organisation_id, status, entry_channel, living_situation, opened_at, last_step_at, commune)
     SELECT gen_random_uuid(), 'B-' || g, t.id, t.org, 'evaluated', 'siao_demand', 'street',
            timestamptz '2024-01-01 10:00+01' + (g % 1000) * interval '1 day', now(), 'Commune ' || (g % 20)
       FROM generate_series(1, $1) g JOIN t ON t.n = 1 + g % $2`,
    [HOUSEHOLDS, TERRITORIES],
  );
  // Events: the household's number g decides its path, reproducibly.
  await db.query(
    `CREATE TEMP TABLE h AS SELECT id, territory_id, organisation_id, opened_at, ('x' || substr(md5(id::text), 1, 8))::bit(32)::int & 1023 AS r FROM household`,
  );
  await db.query(
    `INSERT INTO household_event (household_id, type, occurred_at, recorded_by, organisation_id, payload)
     SELECT h.id, e.type, h.opened_at + e.days * interval '1 day', gen_random_uuid(), h.organisation_id, e.payload
       FROM h CROSS JOIN LATERAL (VALUES
         ('household.opened', 0, jsonb_build_object('status', 'file_open'), true),
         ('evaluation.completed', 20, jsonb_build_object('to', 'evaluated'), true),
         ('commission.proposed', 40, jsonb_build_object('to', 'proposed'), h.r < 614),
         ('lease.signed', 90, jsonb_build_object('to', 'lease_signed', 'leaseType', CASE WHEN h.r % 10 < 7 THEN 'direct' WHEN h.r % 10 < 9 THEN 'bail_glissant' ELSE 'sublet' END), h.r < 410),
         ('followup.visited', 120, jsonb_build_object('to', 'lease_signed'), h.r < 410),
         ('followup.visited', 270, jsonb_build_object('to', 'lease_signed'), h.r < 410),
         ('household.closed', 400, jsonb_build_object('to', 'closed'), h.r >= 820)
       ) AS e(type, days, payload, kept)
      WHERE e.kept`,
  );
  await db.query(
    `INSERT INTO maraude_encounter (territory_id, organisation_id, recorded_by, occurred_at, place, zone, people_met)
     SELECT t.id, t.outreach, gen_random_uuid(), timestamptz '2024-01-01 21:00+01' + (g % 1000) * interval '1 day', 'Gare', 'Centre', 1 + g % 5
       FROM generate_series(1, $1) g JOIN t ON t.n = 1 + g % $2`,
    [HOUSEHOLDS / 5, TERRITORIES],
  );
  // A bulk load: the facts' secondary indexes are built once at the end rather than kept up to date row by row
  // (with the organisation in the covering indexes, the first_in UPDATE below went from minutes to over 18).
  const { rows: indexes } = await db.query<{ indexname: string; indexdef: string }>(
    `SELECT indexname, indexdef FROM pg_indexes
      WHERE tablename = 'indicator_fact' AND indexname NOT IN (SELECT conname FROM pg_constraint)`,
  );
  for (const index of indexes) await db.query(`DROP INDEX "${index.indexname}"`);
  // The facts the projector would have written for these events (its logic is tested apart; here, the volume).
  await db.query(`CREATE TEMP TABLE tok AS SELECT id, gen_random_uuid() AS token FROM household`);
  const day = `(e.occurred_at AT TIME ZONE 'Europe/Paris')::date`;
  const facts = (code: string, where: string, value = 'NULL::bigint', category = 'NULL', scheme = 'NULL') =>
    db.query(
      `INSERT INTO indicator_fact (indicator_code, territory_id, occurred_on, subject_token, value, commune, category, scheme, organisation_id, source_event_id)
       SELECT '${code}', h.territory_id, ${day}, tok.token, ${value}, h.commune, ${category}, ${scheme}, h.organisation_id, e.id
         FROM household_event e JOIN household h ON h.id = e.household_id JOIN tok ON tok.id = h.id WHERE ${where}`,
    );
  await facts('households_accompanied', 'true');
  await facts('households_by_status', 'true', 'NULL::bigint', `coalesce(e.payload->>'to', e.payload->>'status')`);
  await facts('households_proposed', `e.type = 'commission.proposed'`);
  await facts('leases_signed', `e.type = 'lease.signed'`, 'NULL::bigint', 'NULL', `e.payload->>'leaseType'`);
  await facts('households_ordinary_housing', `e.type = 'lease.signed' AND e.payload->>'leaseType' = 'direct'`);
  await facts('leases_bail_glissant', `e.type = 'lease.signed' AND e.payload->>'leaseType' = 'bail_glissant'`);
  await facts('days_opening_to_lease', `e.type = 'lease.signed'`, `(${day} - (h.opened_at AT TIME ZONE 'Europe/Paris')::date)::bigint`);
  // State facts are valid until the subject's next one (the projector keeps this up to date).
  await db.query(
    `UPDATE indicator_fact f SET valid_to = n.next
       FROM (SELECT id, lead(occurred_on) OVER (PARTITION BY subject_token ORDER BY occurred_on, source_event_id) AS next
               FROM indicator_fact WHERE indicator_code = 'households_by_status') n
      WHERE f.id = n.id AND n.next IS NOT NULL`,
  );
  // Each subject's first fact per calendar month, quarter and year (the projector keeps this up to date).
  const first = (unit: string, bit: number) =>
    `CASE WHEN row_number() OVER (PARTITION BY indicator_code, territory_id, subject_token, date_trunc('${unit}', occurred_on) ORDER BY occurred_on, id) = 1 THEN ${bit} ELSE 0 END`;
  await db.query(
    `UPDATE indicator_fact f SET first_in = n.first_in
       FROM (SELECT id, ${first('month', 1)} + ${first('quarter', 2)} + ${first('year', 4)} AS first_in
               FROM indicator_fact WHERE subject_token IS NOT NULL) n
      WHERE f.id = n.id AND n.first_in <> 0`,
  );
  // Every person met stays anonymous here: persons spotted and contacts are the same sums.
  for (const code of ['persons_spotted', 'maraude_contacts'])
    await db.query(
      `INSERT INTO indicator_fact (indicator_code, territory_id, occurred_on, value, organisation_id, source_event_id)
       SELECT $1, m.territory_id, (m.occurred_at AT TIME ZONE 'Europe/Paris')::date, m.people_met, m.organisation_id, row_number() OVER ()
         FROM maraude_encounter m`,
      [code],
    );
  for (const index of indexes) await db.query(index.indexdef);
  await db.query('VACUUM ANALYZE');
  const [{ events }] = (await db.query<{ events: string }>(`SELECT count(*) AS events FROM household_event`)).rows;
  const [{ count }] = (await db.query<{ count: string }>(`SELECT count(*) FROM indicator_fact`)).rows;
  console.log(
    `Seeded ${TERRITORIES} territories, ${HOUSEHOLDS} households, ${events} events, ${count} facts in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
}

interface Timing {
  name: string;
  runs: number[];
}

async function time(name: string, task: () => Promise<void>): Promise<Timing> {
  await task(); // warm-up: caches, plans
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await task();
    runs.push(performance.now() - t0);
  }
  return { name, runs: runs.sort((a, b) => a - b) };
}

async function main(): Promise<void> {
  // BENCH_REUSE=1 measures again on the data set of a previous run (seeding takes about ten minutes).
  if (process.env.BENCH_REUSE !== '1') await recreateDatabase(SERVER, DATABASE);
  const db = new Client({ connectionString: URL_ });
  await db.connect();
  if (process.env.BENCH_REUSE !== '1') await seed(db);
  await db.query(`DELETE FROM app_user WHERE email = 'state@bench.test'`);
  const territories = (await db.query<{ id: string }>(`SELECT id FROM territory ORDER BY code`)).rows.map((r) => r.id);
  const [org] = (await db.query<{ id: string }>(`SELECT id FROM organisation WHERE territory_id = $1`, [territories[0]])).rows;
  await db.query(
    `INSERT INTO app_user (organisation_id, territory_id, email, display_name, password_hash, roles) VALUES ($1, $2, 'state@bench.test', 'State', $3, '{state_officer}')`,
    [org.id, territories[0], await hash('bench-password-123')],
  );
  await db.end();

  const pool = new Pool({ connectionString: URL_, max: 10 });
  // The naive way: each indicator straight from the operational tables, one statement after another.
  const naive = async (ids: string[], from = FROM, to = TO) => {
    for (const sql of Object.values(OPERATIONAL_COUNTS)) await pool.query(sql, [ids, from, to]);
  };
  const organisations = (await pool.query<{ id: string }>(`SELECT id FROM organisation WHERE territory_id = $1`, [territories[0]])).rows;
  const { child, url } = await startApp(benchEnv(URL_, 'parcours-bench-indicators', { RUN_WORKER_IN_API: 'false' }));
  const rss = watchRss(child.pid!);
  try {
    const http = new HttpPool(url, { connections: 4 });
    const login = await http.request({
      method: 'POST',
      path: `${API}/auth/login`,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'state@bench.test', password: 'bench-password-123' }),
    });
    const auth = { authorization: `Bearer ${String(((await login.body.json()) as { accessToken: string }).accessToken)}` };
    const api = async (ids: string[], query = `from=${FROM}&to=${TO}`) => {
      const response = await http.request({
        method: 'GET',
        path: `${API}/indicators?${query}&territoryIds=${ids.join(',')}`,
        headers: auth,
      });
      const body = (await response.body.json()) as { indicators?: unknown[] };
      if (response.statusCode !== 200 || !body.indicators) throw new Error(`API answered ${response.statusCode}: ${JSON.stringify(body)}`);
    };
    const one = [territories[0]];
    // The yearly report's indicators: the year and the year before in one request, then the same for each organisation.
    const years = `from=2024-01-01&to=${TO}&granularity=year`;
    const report = async () => {
      await api(one, years);
      for (const organisation of organisations) await api(one, `${years}&organisationIds=${organisation.id}`);
    };
    // The naive SQL has no organisation of the event: the territory's two years only (fewer figures than the report).
    const naiveReport = async () => {
      await naive(one, '2024-01-01', '2024-12-31');
      await naive(one);
    };
    const results = [
      await time('one territory, one year: API (fact store)', () => api(one)),
      await time('one territory, one year: naive SQL (operational tables)', () => naive(one)),
      await time('all territories, one year: API (fact store)', () => api(territories)),
      await time('all territories, one year: naive SQL (operational tables)', () => naive(territories)),
      await time(`yearly report, one territory, two years, + each of its ${organisations.length} organisations: API`, report),
      await time('yearly report, one territory, two years: naive SQL (no organisations)', naiveReport),
    ];
    console.log(
      `\n${RUNS} runs each after a warm-up, whole catalogue (${Object.keys(OPERATIONAL_COUNTS).length} indicators), ${FROM} to ${TO}:\n`,
    );
    console.log('| scenario | median ms | p95 ms | min ms |\n|---|---|---|---|');
    for (const r of results)
      console.log(`| ${r.name} | ${percentile(r.runs, 50).toFixed(0)} | ${percentile(r.runs, 95).toFixed(0)} | ${r.runs[0].toFixed(0)} |`);
    const ratio = (a: Timing, b: Timing) => (percentile(b.runs, 50) / percentile(a.runs, 50)).toFixed(1);
    console.log(`\n- one territory: fact store ${ratio(results[0], results[1])}× faster than the naive SQL`);
    console.log(`- all territories: fact store ${ratio(results[2], results[3])}× faster than the naive SQL`);
    console.log(`- yearly report, one territory: fact store ${ratio(results[4], results[5])}× faster than the naive SQL`);
    console.log(`- API peak RSS: ${Math.round(rss.stop() / 1024)} MB`);
    await http.close();
  } finally {
    child.kill('SIGTERM');
    await pool.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
