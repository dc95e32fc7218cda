import fc from 'fast-check';
import { appendFileSync } from 'node:fs';
import { ROLES } from '@app/core';
import { API_PREFIX, startTestApp, TestApp } from '../support/app';
import { ANYONE, SIGNED_IN, WHO } from '../support/access-rules';
import { eventually } from '../support/eventually';
import { Factory, TestUser } from '../support/factory';
import { OpenApiDocument, schemaProblems } from '../support/openapi-schema';

/**
 * Hostile input, property-based: random operations of the OpenAPI document, called as a random
 * role (or anonymously) with wrong types, huge strings, deep JSON, unicode edge cases, SQL and
 * script fragments, absurd numbers and dates, and ids of another territory's records. The answer
 * is never a 500 and never shows the other territory's data; a rejected request changes nothing;
 * every answer is one the document declares for that operation (its status, and a body matching
 * the declared schema); a method the API does not support answers 405.
 * FUZZ_RUNS sets the number of cases (CI: 400; `npm run test:fuzz` runs 5,000).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 400);
/** Fixed in CI (the same cases every run); `npm run test:fuzz` draws a new seed unless FUZZ_SEED is set. */
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : process.env.FUZZ_RUNS ? undefined : 20261123;
/** Written in the other territory's records: must never come back to this territory's users. */
const SECRET = 'Zorglubian';

interface Operation {
  method: string;
  path: string;
  query: string[];
  body: string[];
}

const hostileString = fc.oneof(
  fc.constantFrom(
    "' OR 1=1 --",
    "'; DROP TABLE household; --",
    '<script>alert(1)</script>',
    '=HYPERLINK("http://evil")',
    '../../etc/passwd',
    '\u0000',
    '\ud800',
    '\u202e\u200b\ufeff',
    '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🏠',
    '2025-02-30',
    '2025-02-30T10:00:00Z',
    '2025-13-01',
    '9999-12-31',
    '9999-12-31T99:99:99Z',
    'a\u0000b',
    'NaN',
    '-1',
    '1e308',
    '00000000-0000-0000-0000-000000000000',
    '',
    ' ',
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ minLength: 5000, maxLength: 20000 }),
);
/** Cursors that decode (valid base64url JSON) but hold what no page ever wrote. */
const forgedCursor = fc
  .constantFrom<unknown>(
    { at: 'yesterday', id: 'me' },
    { at: '2026-02-30T00:00:00Z', id: '00000000-0000-4000-8000-000000000000' },
    { createdAt: "' OR 1=1 --", id: 1 },
    { id: 1e20 },
    { id: '99999999999999999999' },
    { c: null, i: [] },
    [1, 2],
    'string',
  )
  .map((value) => Buffer.from(JSON.stringify(value)).toString('base64url'));
const hostileValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileString,
    forgedCursor,
    // 2^31 and past: an integer column's overflow; 1.5: not an integer.
    fc.constantFrom(0, -1, -2147483649, 2 ** 31, 2 ** 31 - 1, 2 ** 32, 2 ** 53, 1e308, -1e308, 0.1, 1.5, true, false, null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 8 }), tie('value'), { maxKeys: 3 }),
  ),
})).value;
/** JSON nested 30 to 20,000 levels, as text: JSON.stringify itself overflows the stack on the deepest. */
const deepJson = fc
  .tuple(fc.integer({ min: 30, max: 20_000 }), fc.boolean())
  .map(([depth, arrays]) =>
    arrays ? `${'['.repeat(depth)}"deep"${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}"deep"${'}'.repeat(depth)}`,
  );

/** URL-encodes anything, lone surrogates included (they become U+FFFD, as a browser would send them). */
const encode = (value: string) => encodeURIComponent(Buffer.from(value).toString());

describe('hostile input (property-based, over the OpenAPI document)', () => {
  let app: TestApp;
  let operations: Operation[];
  let document: OpenApiDocument & {
    paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema?: object }> }> }>>;
  };
  const users: Array<TestUser | null> = [null];
  const foreignIds: string[] = [];

  beforeAll(async () => {
    app = await startTestApp('fuzz');
    const factory = new Factory(app);
    const territory = await factory.territory();
    const organisation = await factory.organisation(territory, 'coordination');
    for (const role of ROLES) users.push(await factory.user(organisation, [role]));
    // Another territory, with records whose ids the fuzzer uses.
    const elsewhere = await factory.territory('Ailleurs');
    const siao = await factory.user(await factory.organisation(elsewhere, 'siao'), ['siao_worker']);
    const adil = await factory.user(await factory.organisation(elsewhere, 'adil'), ['arrears_advisor']);
    const household = await app.http
      .post('/households')
      .set('authorization', `Bearer ${siao.token}`)
      .send({ entryChannel: 'siao_demand', livingSituation: 'street', persons: [{ lastName: SECRET, birthYear: 1980, role: 'reference' }] })
      .expect(201);
    const file = await app.http
      .post('/arrears/files')
      .set('authorization', `Bearer ${adil.token}`)
      .send({
        tenantLastName: SECRET,
        commune: '73065',
        rentCents: 50_000,
        alertSource: 'tenant',
        landlord: { kind: 'individual', name: SECRET },
      })
      .expect(201);
    foreignIds.push(
      household.body.household.id,
      household.body.household.persons[0].id,
      file.body.id,
      file.body.landlord.id,
      siao.id,
      siao.organisationId,
    );
    // Quiet before fuzzing: the worker has relayed and projected every setup event, so any later write is the fuzzer's.
    await eventually(async () =>
      Number((await app.db.query(`SELECT count(*) FROM outbox_event WHERE published_at IS NULL OR projected_at IS NULL`)).rows[0].count) ===
      0
        ? true
        : undefined,
    );
    const raw = (await app.http.get('/docs-json').expect(200)).body as {
      paths: Record<
        string,
        Record<
          string,
          { parameters?: Array<{ in: string; name: string }>; requestBody?: { content?: Record<string, { schema?: { $ref?: string } }> } }
        >
      >;
      components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
    };
    document = raw as unknown as typeof document;
    operations = Object.entries(raw.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => {
        const ref = op.requestBody?.content?.['application/json']?.schema?.$ref?.split('/').pop();
        return {
          method: method.toUpperCase(),
          // Relative to the API prefix, as app.http and the access table name it.
          path: path.slice(API_PREFIX.length),
          query: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
          body: Object.keys((ref && raw.components.schemas[ref]?.properties) ?? {}),
        };
      }),
    );
  });
  afterAll(() => app?.stop());

  /** What a rejected request must leave untouched: every table's row count and the sum of versions of mutable records. */
  const fingerprint = async () =>
    (
      await app.db.query<{ f: string }>(
        `SELECT string_agg(c.relname || ':' || (xpath('/row/n/text()', query_to_xml('SELECT count(*) AS n FROM ' || quote_ident(c.relname), false, true, '')))[1]::text, ',' ORDER BY c.relname) AS f
           FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname NOT IN ('audit_entry', 'migrations', 'refresh_token')`,
      )
    ).rows[0].f +
    (
      await app.db.query<{ v: string }>(
        `SELECT (SELECT coalesce(sum(version), 0) FROM household) + (SELECT coalesce(sum(version), 0) FROM arrears_file) AS v`,
      )
    ).rows[0].v;

  it(`never answers 500, never leaks another territory's data, and writes nothing when it refuses (${RUNS} cases)`, async () => {
    let sent = 0;
    const statuses = new Map<number, number>();
    const caseArbitrary = fc.record({
      operation: fc.integer({ min: 0, max: 10_000 }),
      user: fc.integer({ min: 0, max: ROLES.length }),
      // Mostly a role the operation lets through, so that input reaches validation and the services.
      allowed: fc.integer({ min: 0, max: 3 }),
      pathValue: fc.oneof(hostileString, fc.constantFrom(...['foreign'])),
      foreign: fc.integer({ min: 0, max: 5 }),
      query: fc.array(hostileValue, { minLength: 4, maxLength: 4 }),
      body: fc.oneof(
        {
          weight: 4,
          arbitrary: fc.array(hostileValue, { minLength: 12, maxLength: 12 }).map((values) => ({ kind: 'fields' as const, values })),
        },
        { weight: 1, arbitrary: deepJson.map((text) => ({ kind: 'text' as const, text })) },
        { weight: 1, arbitrary: hostileValue.map((value) => ({ kind: 'raw' as const, value })) },
      ),
    });
    await fc.assert(
      fc.asyncProperty(caseArbitrary, async (c) => {
        const op = operations[c.operation % operations.length];
        const who = WHO[`${op.method} ${op.path}`];
        const through = who === ANYONE || who === SIGNED_IN ? users.slice(1) : users.filter((u, i) => i > 0 && who?.includes(ROLES[i - 1]));
        const user = c.allowed > 0 && through.length > 0 ? through[c.user % through.length] : users[c.user];
        const pathValue = c.pathValue === 'foreign' ? foreignIds[c.foreign] : c.pathValue;
        const path = op.path.replace(/\{[a-zA-Z]+\}/g, () => encode(String(pathValue)));
        // Strings as they are (a forged cursor, a NUL, an impossible date), anything else as its JSON.
        const queryValue = (value: unknown) => (typeof value === 'string' ? value : (JSON.stringify(value) ?? ''));
        const query = op.query.map((name, i) => `${encode(name)}=${encode(queryValue(c.query[i % 4]))}`).join('&');
        const body =
          c.body.kind === 'raw'
            ? c.body.value
            : c.body.kind === 'text'
              ? null
              : Object.fromEntries(op.body.map((field, i) => [field, c.body.kind === 'fields' ? c.body.values[i % 12] : null]));
        // A GET writes nothing but its audit entry (left out of the fingerprint); fingerprint the others.
        const before = op.method === 'GET' ? null : await fingerprint();
        const url = `${path}${query ? `?${query}` : ''}`;
        const payload = c.body.kind === 'text' ? c.body.text : (JSON.stringify(body) ?? 'null');
        const request = app.http[op.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete'](url);
        if (user) request.set('authorization', `Bearer ${user.token}`);
        if (process.env.FUZZ_TRACE)
          appendFileSync(process.env.FUZZ_TRACE, `${op.method} ${url} ${user ? users.indexOf(user) : -1} ${payload}\n`);
        let response: Awaited<typeof request>;
        try {
          response = await (op.method === 'GET' ? request : request.send(payload).set('content-type', 'application/json'));
        } catch (error) {
          // The server may answer before reading the whole request (an oversized line or body, a refusal by the guard)
          // and close the socket while the client still writes, or a kept-alive socket it closed gets reused: a
          // transport error, not the API's, as long as the process still runs (a crash fails the property).
          if (/ECONNRESET|EPIPE|socket hang up/.test(String(error)) && app.exitStatus() === 'running') {
            statuses.set(0, (statuses.get(0) ?? 0) + 1);
            sent++;
            return;
          }
          throw new Error(
            `${String(error)}: ${op.method} ${op.path}, URL ${url.length} characters, body ${Buffer.byteLength(payload)} bytes; app ${app.exitStatus()}; last output: ${app.output().slice(-1500)}`,
            {
              cause: error,
            },
          );
        }
        sent++;
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        const context = `${op.method} ${path} as ${user ? users.indexOf(user) : 'anonymous'} → ${response.status} ${response.text.slice(0, 300)}`;
        if (response.status >= 500) throw new Error(`500: ${context}`.slice(0, 600));
        // The answer is one the document declares: the status for this operation, and a body of its schema.
        // 431: Node's HTTP parser refuses a request line over its 16 KiB before the API runs (no route, no document).
        if (response.status === 431) return;
        const declared = document.paths[`${API_PREFIX}${op.path}`][op.method.toLowerCase()].responses[String(response.status)];
        if (!declared)
          throw new Error(`status ${response.status} not in the document for ${op.method} ${op.path}: ${context}`.slice(0, 600));
        const schema = declared.content?.['application/json']?.schema;
        if (schema && /json/.test(String(response.headers['content-type']))) {
          const problems = schemaProblems(document, schema, response.body);
          if (problems.length > 0)
            throw new Error(`body not of the declared schema (${problems.slice(0, 3).join('; ')}): ${context}`.slice(0, 800));
        }
        if (response.text.includes(SECRET)) throw new Error(`leak: ${context}`.slice(0, 600));
        if (response.status >= 400 && before !== null && (await fingerprint()) !== before)
          throw new Error(`rejected but written: ${context}`.slice(0, 600));
      }),
      // No shrinking: a counterexample is reported as found (with its seed), shrinking huge strings takes minutes.
      { numRuns: RUNS, endOnFailure: true, seed: SEED },
    );
    // Status 0: the connection was closed before the client read an answer (see above).
    console.log(`Fuzz: ${sent} requests over ${operations.length} operations; statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
    expect(sent).toBeGreaterThanOrEqual(RUNS);
  }, 300_000);

  it('answers 405 to the methods the API does not support, on any path of the document', async () => {
    const statuses = new Set<number>();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('TRACE', 'PROPFIND', 'MKCOL', 'LOCK', 'PURGE', 'SEARCH'),
        fc.integer({ min: 0, max: 10_000 }),
        async (method, index) => {
          const op = operations[index % operations.length];
          const response = await fetch(`${app.url}${API_PREFIX}${op.path}`, { method }).catch(() => null);
          // undici refuses some method names itself (TRACE): those never reach the server.
          if (response) statuses.add(response.status);
          if (response && response.status !== 405) throw new Error(`${method} ${op.path} → ${response.status}`);
        },
      ),
      { numRuns: 50, seed: SEED },
    );
    expect([...statuses]).toEqual([405]);
  });
});
