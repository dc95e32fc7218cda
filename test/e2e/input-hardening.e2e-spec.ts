import { IncomingMessage, request as httpRequest } from 'node:http';
import { ROLES, Role } from '@app/core';
import { WHO } from '../support/access-rules';
import { API_PREFIX, startTestApp, TestApp } from '../support/app';
import { Factory, TestUser } from '../support/factory';

/** Issue 20 §5: hostile input the outside test turned into 500s answers 400 naming the field. */
describe('hostile input: 400s, not 500s', () => {
  let app: TestApp;
  const users = new Map<Role, TestUser>();
  let household: { id: string; version: number };
  const as = (role: Role) => ({ authorization: `Bearer ${users.get(role)!.token}` });
  const UNKNOWN = '00000000-0000-4000-8000-000000000000';
  const INT32_OVERFLOW = 2 ** 31;
  const base64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const fields = (body: { details?: Array<{ field: string }> }) => (body.details ?? []).map((d) => d.field);

  beforeAll(async () => {
    app = await startTestApp('input-hardening');
    const factory = new Factory(app);
    const organisation = await factory.organisation(await factory.territory(), 'siao');
    for (const role of ROLES) users.set(role, await factory.user(organisation, [role]));
    household = (
      await app.http
        .post('/households')
        .set(as('siao_worker'))
        .send({
          entryChannel: 'siao_demand',
          livingSituation: 'street',
          persons: [{ lastName: 'Borne', birthYear: 1980, role: 'reference' }],
        })
        .expect(201)
    ).body.household;
  });
  afterAll(() => app?.stop());

  describe('version: a 32-bit positive integer', () => {
    it('2^31 on an existing household answers 400 naming version (it was a 500: integer out of range)', async () => {
      for (const version of [INT32_OVERFLOW, 1.5, -1]) {
        const response = await app.http
          .patch(`/households/${household.id}`)
          .set(as('siao_worker'))
          .send({ version, livingSituation: 'street' });
        expect({ version, status: response.status, fields: fields(response.body) }).toEqual({ version, status: 400, fields: ['version'] });
      }
    });

    it('every operation whose body carries a version refuses 2^31 before anything else', async () => {
      const document = (await app.http.get('/docs-json').expect(200)).body as {
        paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: { $ref?: string } }> } }>>;
        components: { schemas: Record<string, { properties?: Record<string, { maximum?: number; type?: string }> }> };
      };
      const checked: string[] = [];
      for (const [path, operations] of Object.entries(document.paths)) {
        for (const [method, operation] of Object.entries(operations)) {
          const ref = operation.requestBody?.content?.['application/json']?.schema?.$ref?.split('/').pop();
          const properties = (ref && document.components.schemas[ref]?.properties) || {};
          // Optimistic-locking versions (`rulesVersion` is a label, a string).
          const versions = Object.keys(properties).filter((name) => /^version$|Version$/.test(name) && properties[name].type !== 'string');
          if (versions.length === 0) continue;
          const relative = path.slice(API_PREFIX.length);
          const who = WHO[`${method.toUpperCase()} ${relative}`];
          const role = Array.isArray(who) ? who[0] : 'admin';
          const url = relative.replace(/\{month\}/g, '2026-01').replace(/\{\w+\}/g, UNKNOWN);
          const body = Object.fromEntries(versions.map((name) => [name, INT32_OVERFLOW]));
          const response = await app.http[method as 'patch' | 'post' | 'put' | 'delete'](url).set(as(role)).send(body);
          checked.push(`${method.toUpperCase()} ${relative}`);
          // The document says it too: an integer from 1 to 2^31-1.
          for (const name of versions) expect({ name, ...properties[name] }).toMatchObject({ name, type: 'integer', maximum: 2 ** 31 - 1 });
          expect({
            operation: `${method} ${relative}`,
            status: response.status,
            fields: fields(response.body).filter((f) => versions.includes(f)),
          }).toEqual({
            operation: `${method} ${relative}`,
            status: 400,
            fields: versions,
          });
        }
      }
      expect(checked).toEqual(
        expect.arrayContaining(['PATCH /households/{id}', 'POST /households/{id}/shares', 'PATCH /commission-sessions/{id}']),
      );
    });
  });

  it('a forged cursor (valid base64, bad content) answers 400 on the cursor', async () => {
    const cases: Array<[string, Role]> = [
      [`/households?cursor=${base64({ at: 'yesterday', id: 'me' })}`, 'siao_worker'],
      [`/households?cursor=${base64({ at: '2026-01-01T00:00:00Z', id: 'not-a-uuid' })}`, 'siao_worker'],
      [`/users?cursor=${base64({ createdAt: 'x', id: UNKNOWN })}`, 'admin'],
      [`/audit-entries?cursor=${base64({ id: 1e20 })}`, 'admin'],
      [`/audit-entries?cursor=${base64({ id: '99999999999999999999' })}`, 'admin'],
      [`/commission-sessions?cursor=${base64({ at: '2026-02-30 10:00:00+00', id: UNKNOWN })}`, 'commission_secretary'],
      [`/arrears/files?cursor=${base64({ c: 'x', i: 'y' })}`, 'arrears_advisor'],
    ];
    for (const [url, role] of cases) {
      const response = await app.http.get(url).set(as(role));
      expect({ url, status: response.status, fields: fields(response.body) }).toEqual({ url, status: 400, fields: ['cursor'] });
    }
  });

  describe('NUL bytes (PostgreSQL refuses them in text)', () => {
    it('in a body text field, nested too', async () => {
      const response = await app.http
        .post('/households')
        .set(as('siao_worker'))
        .send({
          entryChannel: 'siao_demand',
          livingSituation: 'street',
          persons: [{ lastName: 'Nul\u0000Byte', birthYear: 1980, role: 'reference' }],
        });
      expect({ status: response.status, fields: fields(response.body) }).toEqual({ status: 400, fields: ['persons.0.lastName'] });
    });

    it('in a query parameter', async () => {
      const response = await app.http.get('/households?q=Bor%00ne').set(as('siao_worker'));
      expect({ status: response.status, fields: fields(response.body) }).toEqual({ status: 400, fields: ['q'] });
    });

    it('in a CSV cell', async () => {
      const csv = [
        'Nom;Prénom;Commune;Loyer;Bailleur;Dette;Date situation',
        `Lef\u0000èvre;Hélène;Chambéry;620,50;SCI Les Tilleuls;1 860,00;${new Date().toISOString().slice(0, 10)}`,
      ].join('\r\n');
      const response = await app.http
        .post('/arrears/imports')
        .set(as('arrears_advisor'))
        .set('content-type', 'text/csv')
        .send(Buffer.from(csv));
      expect({ status: response.status, fields: fields(response.body) }).toEqual({ status: 400, fields: ['file'] });
    });
  });

  it('deeply nested JSON is refused, and the API keeps answering', async () => {
    for (const depth of [100, 5_000, 100_000]) {
      const payload = `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
      const response = await app.http.post('/households').set(as('siao_worker')).set('content-type', 'application/json').send(payload);
      expect({ depth, status: response.status, code: response.body.code }).toEqual({
        depth,
        status: 400,
        code: expect.stringMatching(/VALIDATION_FAILED|MALFORMED_REQUEST/),
      });
    }
    await app.http.get('/health/live').expect(200);
  });

  describe('dates', () => {
    it('an impossible date is refused, not rolled over to March, in dates and instants', async () => {
      const step = await app.http
        .post(`/households/${household.id}/consent`)
        .set(as('siao_worker'))
        .send({ version: household.version, consentDate: '2025-02-30', occurredAt: '2025-02-30T10:00:00Z' });
      expect({ status: step.status, fields: fields(step.body).sort() }).toEqual({ status: 400, fields: ['consentDate', 'occurredAt'] });
      const list = await app.http.get('/commission-sessions?from=2025-02-30').set(as('commission_secretary'));
      expect({ status: list.status, fields: fields(list.body) }).toEqual({ status: 400, fields: ['from'] });
      const session = await app.http
        .post('/commission-sessions')
        .set(as('commission_secretary'))
        .send({ sessionAt: '2025-04-31T09:00:00+02:00' });
      expect({ status: session.status, fields: fields(session.body) }).toEqual({ status: 400, fields: ['sessionAt'] });
    });

    it('a reminder suspension ends within a year; a date beyond year 2100 is refused anywhere', async () => {
      const far = await app.http
        .put(`/households/${household.id}/reminder-suspension`)
        .set(as('siao_worker'))
        .send({ until: '9999-12-31' });
      expect({ status: far.status, fields: fields(far.body) }).toEqual({ status: 400, fields: ['until'] });
      const inTwoYears = new Date(Date.now() + 2 * 366 * 86_400_000).toISOString();
      const tooLong = await app.http
        .put(`/households/${household.id}/reminder-suspension`)
        .set(as('siao_worker'))
        .send({ until: inTwoYears });
      expect({ status: tooLong.status, fields: fields(tooLong.body) }).toEqual({ status: 400, fields: ['until'] });
      const inAMonth = new Date(Date.now() + 30 * 86_400_000).toISOString();
      await app.http.put(`/households/${household.id}/reminder-suspension`).set(as('siao_worker')).send({ until: inAMonth }).expect(200);
      const session = await app.http
        .post('/commission-sessions')
        .set(as('commission_secretary'))
        .send({ sessionAt: '9999-12-31T09:00:00Z' });
      expect({ status: session.status, fields: fields(session.body) }).toEqual({ status: 400, fields: ['sessionAt'] });
    });
  });

  it('TRACE and other methods the API does not support answer 405', async () => {
    const send = (method: string, path: string) =>
      new Promise<number>((resolve, reject) => {
        const request = httpRequest(`${app.url}${path}`, { method }, (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        });
        // CONNECT: Node gives the answer to 'connect' (a tunnel that never opens), not to the response callback.
        request.on('connect', (response: IncomingMessage, socket) => (socket.destroy(), resolve(response.statusCode ?? 0)));
        request.on('error', reject);
        request.end();
      });
    for (const method of ['TRACE', 'PROPFIND', 'CONNECT']) {
      for (const path of method === 'CONNECT' ? ['/'] : ['/api/households', '/', '/api/nowhere']) {
        expect({ method, path, status: await send(method, path) }).toEqual({ method, path, status: 405 });
      }
    }
  });
});
