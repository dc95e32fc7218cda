// Reminders benchmark: schedules 100,000 reminders through the outbox relay (25,000 `lease.signed`
// events, four follow-ups each) and delivers 10,000 due ones through the worker (inbox and e-mail to
// a local SMTP sink), beside raw BullMQ (add, then process, empty jobs) in the same run.
// Usage: npm run bench:reminders  (BENCH_REMINDERS, BENCH_DUE, BENCH_DUE_SPREAD_SECONDS to change the size)
import { randomUUID } from 'node:crypto';
import { ChildProcess } from 'node:child_process';
import { Queue, Worker } from 'bullmq';
import IORedis from 'ioredis';
import { Client } from 'pg';
import { SMTPServer } from 'smtp-server';
import { percentile, recreateDatabase, startProcess, watchRss } from './support';

const REMINDERS = Number(process.env.BENCH_REMINDERS ?? 100_000);
const DUE = Number(process.env.BENCH_DUE ?? 10_000);
/** Due times of the lateness scenario are spread over this window (an arrival rate, not a burst). */
const SPREAD_SECONDS = Number(process.env.BENCH_DUE_SPREAD_SECONDS ?? 20);
const SERVER = process.env.BENCH_DATABASE_SERVER ?? 'postgres://postgres@127.0.0.1:5432';
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const DATABASE = 'parcours_bench_reminders';
const PREFIX = 'parcours-bench-reminders';
const RELAY_BATCH = 200; // the relay's batch: the raw baseline adds jobs in batches of the same size
const SMTP_PORT = 2526;

interface Row {
  scenario: string;
  count: number;
  seconds: number;
  rate: number;
  p50?: number;
  p99?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 600_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await sleep(50);
  }
}

/** Raw BullMQ: add `count` delayed empty jobs in batches. */
async function rawScheduling(connection: IORedis, count: number): Promise<Row> {
  const queue = new Queue('raw-schedule', { connection, prefix: `${PREFIX}-raw` });
  await queue.obliterate({ force: true });
  const started = performance.now();
  for (let i = 0; i < count; i += RELAY_BATCH) {
    await queue.addBulk(
      Array.from({ length: Math.min(RELAY_BATCH, count - i) }, (_, j) => ({
        name: 'job',
        data: { id: randomUUID(), dueAt: new Date().toISOString() },
        opts: { jobId: `raw-${i + j}`, delay: 30 * 86_400_000 },
      })),
    );
  }
  const seconds = (performance.now() - started) / 1000;
  await queue.obliterate({ force: true });
  await queue.close();
  return { scenario: 'schedule (raw BullMQ addBulk)', count, seconds, rate: count / seconds };
}

/** Raw BullMQ: `count` empty jobs due over `spread` seconds (0: all at once), lateness from due time. */
async function rawDelivery(connection: IORedis, count: number, spreadSeconds: number): Promise<Row> {
  const name = `raw-deliver-${spreadSeconds}`;
  const queue = new Queue(name, { connection, prefix: `${PREFIX}-raw` });
  await queue.obliterate({ force: true });
  const lateness: number[] = [];
  const start = Date.now() + 2000;
  for (let i = 0; i < count; i += 1000) {
    await queue.addBulk(
      Array.from({ length: Math.min(1000, count - i) }, (_, j) => {
        const due = start + Math.floor(((i + j) / count) * spreadSeconds * 1000);
        return { name: 'job', data: { due }, opts: { delay: due - Date.now(), removeOnComplete: true } };
      }),
    );
  }
  let first = 0;
  let last = 0;
  const worker = new Worker(
    name,
    (job) => {
      const now = Date.now();
      first ||= now;
      last = now;
      lateness.push(now - (job.data as { due: number }).due);
      return Promise.resolve();
    },
    { connection, prefix: `${PREFIX}-raw`, concurrency: 10 },
  );
  await waitFor('raw deliveries', () => lateness.length >= count);
  await worker.close();
  await queue.obliterate({ force: true });
  await queue.close();
  return row(`deliver ${spreadSeconds ? `spread over ${spreadSeconds} s` : 'burst'} (raw BullMQ)`, count, first, last, lateness);
}

function row(scenario: string, count: number, first: number, last: number, lateness: number[]): Row {
  const seconds = Math.max(0.001, (last - first) / 1000);
  lateness.sort((a, b) => a - b);
  return { scenario, count, seconds, rate: count / seconds, p50: percentile(lateness, 50), p99: percentile(lateness, 99) };
}

async function seed(db: Client, households: number): Promise<{ territoryId: string; orgId: string; userId: string }> {
  const territoryId = randomUUID();
  const orgId = randomUUID();
  await db.query(`INSERT INTO territory (id, code, name) VALUES ($1, 'bench', 'Bench')`, [territoryId]);
  await db.query(`INSERT INTO organisation (id, territory_id, name, type) VALUES ($1, $2, 'Toit d''abord', 'outreach')`, [
    orgId,
    territoryId,
  ]);
  const user = await db.query<{ id: string }>(
    `INSERT INTO app_user (organisation_id, territory_id, email, display_name, password_hash, roles)
     VALUES ($1, $2, 'referent@bench.test', 'Référente', 'x', '{outreach_worker}') RETURNING id`,
    [orgId, territoryId],
  );
  const userId = user.rows[0].id;
  await db.query(
    `INSERT INTO household (id, reference, territory_id, organisation_id, referent_user_id, status, entry_channel, living_situation, opened_at, last_step_at, search_text)
     SELECT gen_random_uuid(), 'B-' || g, $1, $2, $3, 'lease_signed', 'maraude', 'street', now(), now(), 'b' || g FROM generate_series(1, $4) g`,
    [territoryId, orgId, userId, households],
  );
  return { territoryId, orgId, userId };
}

async function main(): Promise<void> {
  const connection = new IORedis(REDIS_URL, { maxRetriesPerRequest: null });
  await recreateDatabase(SERVER, DATABASE);
  const db = new Client({ connectionString: `${SERVER}/${DATABASE}` });
  await db.connect();
  const households = Math.ceil(REMINDERS / 4);
  const { territoryId, orgId, userId } = await seed(db, households);
  let mails = 0;
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      stream.resume();
      stream.on('end', () => {
        mails++;
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(SMTP_PORT, '127.0.0.1', resolve));
  const workerEnv = {
    DATABASE_URL: `${SERVER}/${DATABASE}`,
    REDIS_URL,
    QUEUE_PREFIX: PREFIX,
    LOG_LEVEL: 'info',
    DATABASE_MIGRATE_ON_START: 'false',
    OUTBOX_POLL_MS: '100',
    SMTP_PORT: String(SMTP_PORT),
  };
  const reminders = new Queue('reminders', { connection, prefix: PREFIX });
  const startWorker = async () => (await startProcess('apps/worker/src/main.js', workerEnv, /Parcours worker started/)).child;
  const stopWorker = (child: ChildProcess) =>
    new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  const results: Row[] = [];
  let peakRss = 0;
  try {
    await reminders.obliterate({ force: true });
    results.push(await rawScheduling(connection, REMINDERS));

    // Scheduling: the relay projects the events into reminder rows and adds their delayed jobs.
    let worker = await startWorker();
    let rss = watchRss(worker.pid!);
    await db.query(
      `INSERT INTO outbox_event (type, aggregate_type, aggregate_id, territory_id, occurred_at, payload)
       SELECT 'lease.signed', 'household', id, territory_id, now(), jsonb_build_object('leaseType', 'direct', 'commune', 'Chambéry')
         FROM household ORDER BY reference`,
    );
    const started = performance.now();
    await waitFor('scheduled reminders', async () => (await reminders.getDelayedCount()) >= households * 4);
    const seconds = (performance.now() - started) / 1000;
    const scheduled = Number((await db.query<{ count: string }>(`SELECT count(*) FROM reminder WHERE status = 'scheduled'`)).rows[0].count);
    results.push({
      scenario: 'schedule (Parcours: outbox → reminder rows → delayed jobs)',
      count: scheduled,
      seconds,
      rate: scheduled / seconds,
    });
    peakRss = Math.max(peakRss, rss.stop());
    await stopWorker(worker);

    for (const spread of [SPREAD_SECONDS, 0]) {
      // Due reminders as the relay writes them; the worker's start-up reconciliation adds their jobs.
      await reminders.obliterate({ force: true });
      await db.query('DELETE FROM reminder');
      mails = 0;
      const start = Date.now() + 5000;
      await db.query(
        `INSERT INTO reminder (territory_id, rule_code, subject_type, subject_id, subject_reference, label, message, by_email, anchor_at,
                               recipient_user_id, recipient_organisation_id, due_at, source_event_id)
         SELECT $1, 'lease_followup_7_days', 'household', h.id, h.reference, 'Visite de suivi à 7 jours', 'Visite de suivi à prévoir.', true, now(),
                $2, $3, to_timestamp(($4::bigint + floor((g - 1)::numeric / $5 * $6 * 1000))::double precision / 1000), g
           FROM generate_series(1, $5) g JOIN household h ON h.reference = 'B-' || (1 + (g - 1) % $7)`,
        [territoryId, userId, orgId, start, DUE, spread, households],
      );
      worker = await startWorker();
      rss = watchRss(worker.pid!);
      await waitFor('deliveries', async () => {
        const r = await db.query<{ sent: string }>(`SELECT count(*) FILTER (WHERE email_status = 'sent') AS sent FROM reminder`);
        return Number(r.rows[0].sent) >= DUE;
      });
      const r = await db.query<{ inbox: number[]; email: number[]; delivered: [Date, Date]; emailed: [Date, Date] }>(
        `SELECT array_agg(extract(epoch FROM delivered_at - due_at) * 1000) AS inbox, array_agg(extract(epoch FROM emailed_at - due_at) * 1000) AS email,
                ARRAY[min(delivered_at), max(delivered_at)] AS delivered, ARRAY[min(emailed_at), max(emailed_at)] AS emailed
           FROM reminder`,
      );
      const { inbox, email, delivered, emailed } = r.rows[0];
      const label = spread ? `spread over ${spread} s` : 'burst';
      results.push(row(`deliver ${label} (Parcours: inbox)`, DUE, delivered[0].getTime(), delivered[1].getTime(), inbox.map(Number)));
      results.push(row(`deliver ${label} (Parcours: e-mail sent)`, DUE, emailed[0].getTime(), emailed[1].getTime(), email.map(Number)));
      await sleep(500); // the SMTP sink counts a message when its DATA ends: let the last ones arrive
      if (mails !== DUE) console.error(`E-mails received: ${mails}, expected ${DUE}`);
      peakRss = Math.max(peakRss, rss.stop());
      await stopWorker(worker);
      results.push(await rawDelivery(connection, DUE, spread));
    }
  } finally {
    await reminders.close();
    await connection.quit();
    await db.end();
    smtp.close();
  }
  const fmt = (n: number | undefined) => (n === undefined ? '' : String(Math.round(n)));
  console.log(
    [
      `Reminders scheduled: ${REMINDERS}, due and delivered: ${DUE} (inbox + e-mail), worker concurrency 10, everything on the same 2 cores.`,
      '',
      '| scenario | count | seconds | per second | lateness p50 ms | lateness p99 ms |',
      '|---|---|---|---|---|---|',
      ...results.map((r) => `| ${r.scenario} | ${r.count} | ${r.seconds.toFixed(1)} | ${fmt(r.rate)} | ${fmt(r.p50)} | ${fmt(r.p99)} |`),
      '',
      `- scheduling at ${Math.round((100 * results[1].rate) / results[0].rate)}% of raw BullMQ`,
      `- worker peak RSS: ${Math.round(peakRss / 1024)} MB`,
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
