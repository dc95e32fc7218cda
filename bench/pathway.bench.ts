// Pathway benchmark: a database of 100,000 households and 1,000,000 events; reading a file with its
// timeline, a filtered list page and appending a step, through the API (auth, scoping and audit
// included) and as the same statements in raw SQL through pg, in the same run.
// Usage: npm run bench:pathway  (BENCH_HOUSEHOLDS, BENCH_SECONDS, BENCH_CONCURRENCY to change the size)
import { hash } from '@node-rs/argon2';
import { randomUUID } from 'node:crypto';
import { Client, Pool } from 'pg';
import { Pool as HttpPool } from 'undici';
import { API, benchEnv, Figures, measure, recreateDatabase, startApp, table, watchRss } from './support';

const HOUSEHOLDS = Number(process.env.BENCH_HOUSEHOLDS ?? 100_000);
const EVENTS_PER_HOUSEHOLD = 10;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 20);
const SERVER = process.env.BENCH_DATABASE_SERVER ?? 'postgres://postgres@127.0.0.1:5432';
const DATABASE = 'parcours_bench';
const URL_ = `${SERVER}/${DATABASE}`;

interface Seeded {
  territoryId: string;
  orgId: string;
  userId: string;
  email: string;
  password: string;
}

const AUDIT = `INSERT INTO audit_entry (user_id, organisation_id, territory_id, action, resource_type, resource_id, request_id, client_address, details)
  VALUES ($1, $2, $3, $4, $5, $6, gen_random_uuid()::text, '127.0.0.1', $7) `;

const FILE = `SELECT h.*, ARRAY(SELECT s.organisation_id FROM household_share s WHERE s.household_id = h.id ORDER BY s.created_at) AS shares FROM household h WHERE h.id = $1`;

async function seed(): Promise<Seeded> {
  await recreateDatabase(SERVER, DATABASE);
  const db = new Client({ connectionString: URL_ });
  await db.connect();
  const territory = randomUUID();
  const orgId = randomUUID();
  const email = 'bench@parcours.test';
  const password = 'bench-password-123';
  await db.query(`INSERT INTO territory (id, code, name) VALUES ($1, 'bench', 'Bench')`, [territory]);
  await db.query(`INSERT INTO organisation (id, territory_id, name, type) VALUES ($1, $2, 'Toit d''abord', 'outreach')`, [
    orgId,
    territory,
  ]);
  await db.query(`INSERT INTO organisation (territory_id, name, type) VALUES ($1, 'SIAO', 'siao')`, [territory]);
  const user = await db.query<{ id: string }>(
    `INSERT INTO app_user (organisation_id, territory_id, email, display_name, password_hash, roles) VALUES ($1, $2, $3, 'Bench', $4, '{outreach_worker}') RETURNING id`,
    [orgId, territory, email, await hash(password)],
  );
  const started = Date.now();
  // Half the files belong to another organisation, so scoping has something to filter out.
  await db.query(
    `INSERT INTO household (id, reference, territory_id, organisation_id, status, entry_channel, living_situation, opened_at, last_step_at, search_text, commune)
     SELECT gen_random_uuid(), 'B-' || g, $1, CASE WHEN g % 2 = 0 THEN $2::uuid ELSE (SELECT id FROM organisation WHERE name = 'SIAO') END,
            (ARRAY['evaluated','followed_in_housing','lease_signed','proposed'])[1 + (g / 2) % 4]::household_status, 'maraude', 'street',
            now() - interval '400 days' + (g % 300) * interval '1 day', now() - interval '30 days', 'prenom' || g || ' nom' || g, 'Chambéry'
       FROM generate_series(1, $3) g`,
    [territory, orgId, HOUSEHOLDS],
  );
  await db.query(
    `INSERT INTO person (household_id, is_reference, first_name, last_name, normalized_name, birth_year, role) SELECT id, true, 'Prénom', 'Nom', 'prenom nom', 1980, 'reference' FROM household`,
  );
  await db.query(
    `INSERT INTO household_event (household_id, type, occurred_at, recorded_by, organisation_id, payload)
     SELECT h.id, 'followup.visited', now() - interval '400 days' + s * interval '30 days', gen_random_uuid(), h.organisation_id, '{}'::jsonb
       FROM household h CROSS JOIN generate_series(1, $1) s`,
    [EVENTS_PER_HOUSEHOLD],
  );
  await db.query('ANALYZE');
  console.log(
    `Seeded ${HOUSEHOLDS} households and ${HOUSEHOLDS * EVENTS_PER_HOUSEHOLD} events in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
  await db.end();
  return { territoryId: territory, orgId, userId: user.rows[0].id, email, password };
}

async function main(): Promise<void> {
  const { territoryId, orgId, userId, email, password } = await seed();
  const pool = new Pool({ connectionString: URL_, max: 10 });
  const ids = (await pool.query<{ id: string }>(`SELECT id FROM household WHERE organisation_id = $1 ORDER BY id`, [orgId])).rows.map(
    (r) => r.id,
  );
  const followed = (
    await pool.query<{ id: string }>(
      `SELECT id FROM household WHERE organisation_id = $1 AND status = 'followed_in_housing' ORDER BY random()`,
      [orgId],
    )
  ).rows.map((r) => r.id);
  const [apiFollowed, rawFollowed] = [followed.slice(0, followed.length / 2), followed.slice(followed.length / 2)];
  const pick = (i: number) => ids[(i * 7919) % ids.length];

  // Raw SQL: the statements the API issues, without HTTP, auth, validation or mapping.
  const raw: Figures[] = [];
  raw.push(
    await measure('read file + timeline (raw SQL)', CONCURRENCY, SECONDS, async (i) => {
      const id = pick(i);
      const h = await pool.query(FILE, [id]);
      const events = await pool.query('SELECT * FROM household_event WHERE household_id = $1 ORDER BY occurred_at, id', [id]);
      await pool.query(AUDIT, [userId, orgId, territoryId, 'read', 'household_timeline', id, { count: events.rowCount }]);
      return h.rowCount === 1;
    }),
  );
  raw.push(
    await measure('filtered list page (raw SQL)', CONCURRENCY, SECONDS, async () => {
      const r = await pool.query(
        `SELECT h.*, ARRAY(SELECT s.organisation_id FROM household_share s WHERE s.household_id = h.id ORDER BY s.created_at) AS shares
           FROM household h WHERE h.territory_id = $1 AND h.status = 'followed_in_housing'
           AND (h.organisation_id = $2 OR EXISTS (SELECT 1 FROM household_share s WHERE s.household_id = h.id AND s.organisation_id = $2))
         ORDER BY h.opened_at DESC, h.id DESC LIMIT 51`,
        [territoryId, orgId],
      );
      const page = r.rows.map((x: { id: string }) => x.id);
      await pool.query('SELECT * FROM person WHERE household_id = ANY($1) ORDER BY is_reference DESC, id', [page]);
      await pool.query(AUDIT, [userId, orgId, territoryId, 'read', 'household', null, { list: true, count: page.length }]);
      return page.length > 0;
    }),
  );
  let rawNext = 0;
  raw.push(
    await measure('append a step (raw SQL)', CONCURRENCY, SECONDS, async () => {
      const id = rawFollowed[rawNext++ % rawFollowed.length];
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const h = await client.query<{ version: number }>(FILE, [id]);
        const version = h.rows[0].version;
        const u = await client.query(
          `UPDATE household SET last_step_at = now(), version = version + 1, updated_at = now() WHERE id = $1 AND version = $2`,
          [id, version],
        );
        const e = await client.query<{ id: string }>(
          `INSERT INTO household_event (household_id, type, occurred_at, recorded_by, organisation_id, payload) VALUES ($1, 'followup.visited', now(), $2, $3, $4) RETURNING id, recorded_at, payload`,
          [id, userId, orgId, { type: 'followup.visited', from: 'followed_in_housing', to: 'followed_in_housing' }],
        );
        await client.query(
          `INSERT INTO outbox_event (type, aggregate_type, aggregate_id, territory_id, occurred_at, payload) VALUES ('followup.visited', 'household', $1, $2, now(), $3) RETURNING id, created_at`,
          [
            id,
            territoryId,
            { householdId: id, eventId: e.rows[0].id, organisationId: orgId, from: 'followed_in_housing', status: 'followed_in_housing' },
          ],
        );
        await client.query(AUDIT, [userId, orgId, territoryId, 'update', 'household', id, { step: 'followup.visited' }]);
        await client.query('SELECT * FROM person WHERE household_id = $1 ORDER BY is_reference DESC, id', [id]);
        if (u.rowCount !== 1) throw new Error('stale version');
        await client.query('COMMIT');
        return true;
      } catch {
        await client.query('ROLLBACK');
        return false;
      } finally {
        client.release();
      }
    }),
  );
  // The raw-SQL appends left outbox rows that nobody will consume: without this, the API's
  // in-process worker would relay and project that backlog while the API is being measured.
  await pool.query('UPDATE outbox_event SET published_at = now(), projected_at = now() WHERE published_at IS NULL');

  const { child, url } = await startApp(benchEnv(URL_, 'parcours-bench', { LOGIN_MAX_ATTEMPTS_PER_ADDRESS: '1000' }));
  const rss = watchRss(child.pid!);
  try {
    // undici's Pool rather than fetch: the load generator shares the 2 cores, so it must stay light.
    const http = new HttpPool(url, { connections: CONCURRENCY, pipelining: 1 });
    const call = async (method: 'GET' | 'POST', path: string, headers: Record<string, string>, body?: unknown) => {
      const response = await http.request({
        method,
        path: API + path,
        headers: { 'content-type': 'application/json', ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.statusCode, body: (await response.body.json()) as Record<string, unknown> };
    };
    const login = await call('POST', '/auth/login', {}, { email, password });
    const auth = { authorization: `Bearer ${String(login.body.accessToken)}` };
    const read = async (i: number) => (await call('GET', `/households/${pick(i)}/timeline`, auth)).status === 200;
    // Warm-up: JIT, pools, prepared plans.
    await measure('warm-up', CONCURRENCY, 2, read);
    const api: Figures[] = [];
    api.push(await measure('read file + timeline (API)', CONCURRENCY, SECONDS, read));
    api.push(
      await measure(
        'filtered list page (API)',
        CONCURRENCY,
        SECONDS,
        async () => (await call('GET', '/households?status=followed_in_housing&limit=50', auth)).status === 200,
      ),
    );
    let next = 0;
    const versions = new Map<string, number>();
    api.push(
      await measure('append a step (API)', CONCURRENCY, SECONDS, async () => {
        const id = apiFollowed[next++ % apiFollowed.length];
        const response = await call('POST', `/households/${id}/visits`, auth, {
          version: versions.get(id) ?? 1,
          occurredAt: new Date().toISOString(),
        });
        versions.set(id, Number(response.body.version));
        return response.status === 200;
      }),
    );
    await http.close();
    const rows = api.flatMap((a, i) => [a, raw[i]]);
    const ratios = api.map(
      (a, i) => `- ${a.name.replace(' (API)', '')}: API at ${Math.round((100 * a.throughput) / raw[i].throughput)}% of raw SQL throughput`,
    );
    const report = [
      `Households: ${HOUSEHOLDS}, events: ${HOUSEHOLDS * EVENTS_PER_HOUSEHOLD}, concurrency ${CONCURRENCY}, ${SECONDS} s per scenario, load generator on the same 2 cores.`,
      '',
      table(rows),
      '',
      ...ratios,
      `- API peak RSS: ${Math.round(rss.stop() / 1024)} MB`,
    ].join('\n');
    console.log(report);
  } finally {
    rss.stop();
    child.kill('SIGTERM');
    await pool.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
