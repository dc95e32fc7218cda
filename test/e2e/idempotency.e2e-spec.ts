import { Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import { startTestApp, TestApp } from '../support/app';
import { eventually } from '../support/eventually';
import { Factory, TestUser } from '../support/factory';

const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY).toISOString();
const yesterday = daysAgo(1); // fixed: a replay sends the same body

describe('Idempotency-Key on create operations', () => {
  let app: TestApp;
  let outreach: TestUser;
  let colleague: TestUser;

  beforeAll(async () => {
    app = await startTestApp('idempotency');
    const factory = new Factory(app);
    const organisation = await factory.organisation(await factory.territory(), 'outreach');
    outreach = await factory.user(organisation, ['outreach_worker']);
    colleague = await factory.user(organisation, ['outreach_worker']);
  });
  afterAll(() => app?.stop());

  const as = (user: TestUser, key?: string) => ({
    authorization: `Bearer ${user.token}`,
    ...(key === undefined ? {} : { 'idempotency-key': key }),
  });
  const encounterBody = (place: string, peopleMet = 2) => ({ occurredAt: yesterday, place, peopleMet });
  const record = (user: TestUser, body: object, key?: string) => app.http.post('/maraude-encounters').set(as(user, key)).send(body);
  const encountersAt = async (place: string) =>
    (await app.db.query<{ id: string; recorded_by: string }>('SELECT id, recorded_by FROM maraude_encounter WHERE place = $1', [place]))
      .rows;
  const storedKeys = async (key: string) =>
    Number((await app.db.query('SELECT count(*) FROM idempotency_key WHERE key = $1', [key])).rows[0].count);
  const newHousehold = (user: TestUser, lastName: string, key?: string) =>
    app.http
      .post('/households')
      .set(as(user, key))
      .send({
        entryChannel: 'maraude',
        livingSituation: 'street',
        persons: [{ firstName: 'Lou', lastName, birthYear: 1990, role: 'reference' }],
      });

  it('answers a replay with the first status and body, and stores one encounter', async () => {
    const place = `Place ${randomUUID()}`;
    const key = randomUUID();
    const first = await record(outreach, encounterBody(place), key);
    expect(first.status).toBe(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    const replay = await record(outreach, encounterBody(place), key);
    expect(replay.status).toBe(201);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.headers['content-type']).toMatch(/^application\/json/);
    expect(replay.text).toBe(first.text);
    expect(await encountersAt(place)).toEqual([{ id: first.body.id, recorded_by: outreach.id }]);
    // The record and its outbox event once: the replay wrote nothing.
    const events = await app.db.query('SELECT 1 FROM outbox_event WHERE aggregate_id = $1', [first.body.id]);
    expect(events.rowCount).toBe(1);
  });

  it('lets one of five concurrent requests with the same key through, and answers the others 409 until it is done', async () => {
    const place = `Place ${randomUUID()}`;
    const key = randomUUID();
    // Hold the first request inside its transaction: it cannot insert until this lock is released.
    const blocker = await app.db.connect();
    const results: Response[] = [];
    let all: Promise<Response[]>;
    try {
      await blocker.query('BEGIN');
      await blocker.query('LOCK TABLE maraude_encounter IN EXCLUSIVE MODE');
      all = Promise.all(
        Array.from({ length: 5 }, () =>
          record(outreach, encounterBody(place), key).then((response) => {
            results.push(response);
            return response;
          }),
        ),
      );
      await eventually(() => Promise.resolve(results.length === 4 ? true : undefined));
    } finally {
      await blocker.query('COMMIT');
      blocker.release();
    }
    const responses = await all;
    expect(responses.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409]);
    for (const busy of responses.filter((r) => r.status === 409)) {
      expect(busy.body).toMatchObject({ statusCode: 409, code: 'IDEMPOTENCY_KEY_IN_PROGRESS' });
      expect(busy.headers['retry-after']).toBe('1');
    }
    const created = responses.find((r) => r.status === 201)!;
    expect(await encountersAt(place)).toEqual([{ id: created.body.id, recorded_by: outreach.id }]);
    // Retried after the Retry-After, they get the first answer.
    const retry = await record(outreach, encounterBody(place), key);
    expect(retry.status).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.text).toBe(created.text);
  });

  it('with five concurrent requests and no held lock, still stores exactly one record', async () => {
    const place = `Place ${randomUUID()}`;
    const key = randomUUID();
    const responses = await Promise.all(Array.from({ length: 5 }, () => record(outreach, encounterBody(place), key)));
    expect(responses.every((r) => r.status === 201 || r.status === 409)).toBe(true);
    const rows = await encountersAt(place);
    expect(rows).toHaveLength(1);
    for (const ok of responses.filter((r) => r.status === 201)) expect(ok.body.id).toBe(rows[0].id);
  });

  it('refuses the same key with another body (422), writing nothing', async () => {
    const place = `Place ${randomUUID()}`;
    const key = randomUUID();
    await record(outreach, encounterBody(place), key).expect(201);
    const reused = await record(outreach, encounterBody(place, 3), key);
    expect(reused.status).toBe(422);
    expect(reused.body).toEqual({
      statusCode: 422,
      code: 'IDEMPOTENCY_KEY_REUSED',
      message: expect.any(String),
      details: null,
    });
    expect(await encountersAt(place)).toHaveLength(1);
  });

  it('scopes keys to the user and to the operation', async () => {
    const place = `Place ${randomUUID()}`;
    const key = randomUUID();
    const mine = await record(outreach, encounterBody(place), key).expect(201);
    const theirs = await record(colleague, encounterBody(place), key).expect(201);
    expect(theirs.headers['idempotent-replayed']).toBeUndefined();
    expect(theirs.body.id).not.toBe(mine.body.id);
    const rows = await encountersAt(place);
    expect(rows.map((r) => r.recorded_by).sort()).toEqual([outreach.id, colleague.id].sort());
    // The same key on another operation is another key.
    const household = await newHousehold(outreach, `Op${randomUUID().slice(0, 6)}`, key);
    expect(household.status).toBe(201);
    expect(household.headers['idempotent-replayed']).toBeUndefined();
  });

  it('does not keep the key of a failed attempt: the corrected retry is processed', async () => {
    const place = `Place ${randomUUID()}`;
    const key = randomUUID();
    const failed = await record(outreach, { occurredAt: yesterday, place, peopleMet: 'two' }, key);
    expect(failed.status).toBe(400);
    expect(failed.body.code).toBe('VALIDATION_FAILED');
    // Refused by the service rather than the validation pipe: not kept either.
    const refused = await record(outreach, { occurredAt: new Date(Date.now() + DAY).toISOString(), place, peopleMet: 2 }, key);
    expect(refused.status).toBe(400);
    expect(await storedKeys(key)).toBe(0);
    const corrected = await record(outreach, encounterBody(place), key);
    expect(corrected.status).toBe(201);
    expect(corrected.headers['idempotent-replayed']).toBeUndefined();
    expect(await encountersAt(place)).toHaveLength(1);
    expect(await storedKeys(key)).toBe(1);
  });

  it('changes nothing without the header: two requests, two records', async () => {
    const place = `Place ${randomUUID()}`;
    await record(outreach, encounterBody(place)).expect(201);
    await record(outreach, encounterBody(place)).expect(201);
    expect(await encountersAt(place)).toHaveLength(2);
  });

  it('refuses a malformed key with 400 naming the header', async () => {
    for (const key of ['', 'x'.repeat(256), 'clé', 'a\tb']) {
      const response = await record(outreach, encounterBody(`Place ${randomUUID()}`), key);
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({
        code: 'VALIDATION_FAILED',
        details: [{ field: 'Idempotency-Key', problems: [expect.any(String)] }],
      });
    }
    await record(outreach, encounterBody(`Place ${randomUUID()}`), 'k'.repeat(255)).expect(201);
    await record(outreach, encounterBody(`Place ${randomUUID()}`), ' !~').expect(201);
  });

  it('replays household creation, notes and encounter links', async () => {
    const lastName = `Idem${randomUUID().slice(0, 6)}`;
    const key = randomUUID();
    const opened = await newHousehold(outreach, lastName, key).expect(201);
    const again = await newHousehold(outreach, lastName, key).expect(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.text).toBe(opened.text);
    const households = await app.db.query('SELECT household_id FROM person WHERE last_name = $1', [lastName]);
    expect(households.rowCount).toBe(1);
    const householdId = opened.body.household.id as string;

    const noteKey = randomUUID();
    const note = { body: `Rendez-vous ${noteKey}` };
    const first = await app.http.post(`/households/${householdId}/notes`).set(as(outreach, noteKey)).send(note).expect(201);
    const second = await app.http.post(`/households/${householdId}/notes`).set(as(outreach, noteKey)).send(note).expect(201);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.text).toBe(first.text);
    expect((await app.db.query('SELECT 1 FROM household_note WHERE body = $1', [note.body])).rowCount).toBe(1);
    // Same key and body on another household's path: another request.
    const other = (await newHousehold(outreach, `Idem${randomUUID().slice(0, 6)}`).expect(201)).body.household.id as string;
    const elsewhere = await app.http.post(`/households/${other}/notes`).set(as(outreach, noteKey)).send(note);
    expect(elsewhere.status).toBe(422);

    const encounter = (await record(outreach, encounterBody(`Place ${randomUUID()}`)).expect(201)).body as { id: string };
    const linkKey = randomUUID();
    const link = () => app.http.post(`/maraude-encounters/${encounter.id}/households`).set(as(outreach, linkKey)).send({ householdId });
    const linked = await link().expect(201);
    const relinked = await link().expect(201);
    expect(relinked.headers['idempotent-replayed']).toBe('true');
    expect(relinked.text).toBe(linked.text);
    const events = await app.db.query(`SELECT 1 FROM household_event WHERE household_id = $1 AND type = 'maraude.encounter.linked'`, [
      householdId,
    ]);
    expect(events.rowCount).toBe(1);
  });

  it('forgets expired keys: processed anew before the purge, deleted by the daily job', async () => {
    const expire = (key: string) =>
      app.db.query(`UPDATE idempotency_key SET expires_at = now() - interval '1 minute' WHERE key = $1`, [key]);
    const place = `Place ${randomUUID()}`;
    const expiredKey = randomUUID();
    await record(outreach, encounterBody(place), expiredKey).expect(201);
    await expire(expiredKey);
    const anew = await record(outreach, encounterBody(place), expiredKey).expect(201);
    expect(anew.headers['idempotent-replayed']).toBeUndefined();
    expect(await encountersAt(place)).toHaveLength(2);

    const purgedKey = randomUUID();
    const keptKey = randomUUID();
    await record(outreach, encounterBody(`Place ${randomUUID()}`), purgedKey).expect(201);
    await record(outreach, encounterBody(`Place ${randomUUID()}`), keptKey).expect(201);
    await expire(purgedKey);
    const queue = new Queue('maintenance', { connection: { host: '127.0.0.1', port: 6379 }, prefix: app.queuePrefix });
    let outcome: unknown;
    try {
      const job = await queue.add('audit.purge', {}, { jobId: `idempotency-purge-${randomUUID()}` });
      await eventually(async () => ((await job.getState()) === 'completed' ? true : undefined));
      outcome = (await queue.getJob(job.id!))!.returnvalue;
    } finally {
      await queue.close();
    }
    expect(outcome).toMatchObject({ idempotencyKeys: 1 });
    expect(await storedKeys(purgedKey)).toBe(0);
    expect(await storedKeys(keptKey)).toBe(1);
    expect(await storedKeys(expiredKey)).toBe(1); // renewed by the request processed anew
  });

  it('documents the header on the idempotent operations only', async () => {
    const document = (await app.http.get('/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, { parameters?: Array<{ name: string; in: string; required?: boolean }> }>>;
    };
    const hasHeader = (suffix: string, method: string) => {
      const path = Object.keys(document.paths).find((p) => p.endsWith(suffix));
      return (document.paths[path!][method].parameters ?? []).some((p) => p.in === 'header' && p.name === 'Idempotency-Key' && !p.required);
    };
    expect(hasHeader('/maraude-encounters', 'post')).toBe(true);
    expect(hasHeader('/maraude-encounters/{id}/households', 'post')).toBe(true);
    expect(hasHeader('/households', 'post')).toBe(true);
    expect(hasHeader('/households/{id}/notes', 'post')).toBe(true);
    expect(hasHeader('/households/{id}/consent', 'post')).toBe(false);
  });
});

describe('Idempotency-Key across a crash', () => {
  let first: TestApp | undefined;
  let second: TestApp | undefined;
  // The second process shares the first one's database, which the first one's stop drops.
  afterAll(async () => {
    await second?.stop();
    await first?.stop();
  });

  it('loses the record and the key together when the process dies before the commit: the retry creates it once', async () => {
    const crashed = (first = await startTestApp('idempotency-crash'));
    const factory = new Factory(crashed);
    const user = await factory.user(await factory.organisation(await factory.territory(), 'outreach'), ['outreach_worker']);
    const place = `Place ${randomUUID()}`;
    const key = randomUUID();
    const body = { occurredAt: daysAgo(1), place, peopleMet: 1 };
    const send = (app: TestApp) =>
      app.http
        .post('/maraude-encounters')
        .set({ authorization: `Bearer ${user.token}`, 'idempotency-key': key })
        .send(body);

    // Hold the stored response's insert: the request has then written its encounter, uncommitted.
    const blocker = await crashed.db.connect();
    try {
      await blocker.query('BEGIN');
      await blocker.query('LOCK TABLE idempotency_key IN EXCLUSIVE MODE');
      const lost = send(crashed).then(
        (response) => response.status,
        () => 'no answer',
      );
      // The process dies between the record and the commit.
      await eventually(async () => {
        const waiting = await crashed.db.query(
          `SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query ILIKE 'INSERT INTO idempotency_key%'`,
        );
        return waiting.rowCount ? true : undefined;
      });
      await crashed.signal('SIGKILL');
      expect(await lost).toBe('no answer');
    } finally {
      await blocker.query('COMMIT');
      blocker.release();
    }
    const restarted = (second = await startTestApp('idempotency-crash', { databaseName: crashed.databaseName }));
    // The dead process's transaction rolls back once PostgreSQL notices; until then the key is busy (409).
    const retry = await eventually(async () => {
      const response = await send(restarted);
      return response.status === 409 ? undefined : response;
    });
    expect(retry.status).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBeUndefined();
    const rows = await restarted.db.query('SELECT id FROM maraude_encounter WHERE place = $1', [place]);
    expect(rows.rows).toEqual([{ id: retry.body.id }]);
    const replay = await send(restarted).expect(201);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.text).toBe(retry.text);
  });
});
