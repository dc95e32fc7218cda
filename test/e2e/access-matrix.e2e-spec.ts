import { ROLES, Role } from '@app/core';
import { ANYONE, SIGNED_IN, WHO } from '../support/access-rules';
import { API_PREFIX, startTestApp, TestApp } from '../support/app';
import { Factory, TestUser } from '../support/factory';

/** Checks the access rules of test/support/access-rules.ts: every operation, every role, anonymous callers, other organisations and territories. */
describe('access matrix: every endpoint, every role', () => {
  let app: TestApp;
  const users = new Map<Role, TestUser>();

  beforeAll(async () => {
    app = await startTestApp('access-matrix');
    const factory = new Factory(app);
    const territory = await factory.territory();
    const organisation = await factory.organisation(territory, 'coordination');
    for (const role of ROLES) users.set(role, await factory.user(organisation, [role]));
  });
  afterAll(() => app?.stop());

  const call = (method: string, path: string, token?: string) => {
    const concrete = path.replace(/\{month\}/g, '2025-01').replace(/\{[a-zA-Z]+\}/g, '00000000-0000-4000-8000-000000000000');
    const request = app.http[method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete'](concrete);
    if (token) request.set('authorization', `Bearer ${token}`);
    return method === 'GET' ? request : request.send({});
  };

  it('has a line for every operation of the OpenAPI document, and no other', async () => {
    const document = (await app.http.get('/docs-json').expect(200)).body as { paths: Record<string, Record<string, unknown>> };
    // Every operation is under the API prefix; the table names them relative to it, as app.http calls them.
    expect(Object.keys(document.paths).filter((path) => !path.startsWith(`${API_PREFIX}/`))).toEqual([]);
    const operations = Object.entries(document.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path.slice(API_PREFIX.length)}`),
    );
    expect(operations.sort()).toEqual(Object.keys(WHO).sort());
  });

  it.each(Object.entries(WHO))('%s: 401 anonymous, 403 for other roles, through for %p', async (operation, who) => {
    const [method, path] = operation.split(' ');
    const seen: Record<string, number> = { anonymous: (await call(method, path)).status };
    for (const role of ROLES) seen[role] = (await call(method, path, users.get(role)!.token)).status;
    const expected = Object.fromEntries(
      Object.entries(seen).map(([caller, status]) => {
        const allowed = who === ANYONE || (caller !== 'anonymous' && (who === SIGNED_IN || who.includes(caller as Role)));
        const denied = caller === 'anonymous' ? 401 : 403;
        // Through the guard: whatever the handler answers to an unknown id or an empty body, but never 401, 403 or 500.
        return [caller, allowed ? (status === denied || status >= 500 ? `through, not ${status}` : status) : denied];
      }),
    );
    expect(seen).toEqual(expected);
  });

  describe('another organisation, another territory', () => {
    // Same roles, other organisation of the territory (o) and other territory (t): records out of scope answer 404.
    const records: Record<string, string> = {};
    const others = new Map<string, TestUser>();

    beforeAll(async () => {
      const factory = new Factory(app);
      const territory = users.get('admin')!.territoryId;
      const elsewhere = await factory.territory('Ailleurs');
      for (const [key, type, role, where] of [
        ['siao', 'siao', 'siao_worker', territory],
        ['secretary', 'siao', 'commission_secretary', territory],
        ['adil', 'adil', 'arrears_advisor', territory],
        ['siao@t', 'siao', 'siao_worker', elsewhere],
        ['secretary@t', 'siao', 'commission_secretary', elsewhere],
        ['adil@t', 'adil', 'arrears_advisor', elsewhere],
        ['stipends@t', 'coordination', 'stipend_manager', elsewhere],
        ['admin@t', 'coordination', 'admin', elsewhere],
      ] as const)
        others.set(key, await factory.user(await factory.organisation(where, type), [role]));
      const post = async (user: TestUser, path: string, body: object) =>
        (await app.http.post(path).set('authorization', `Bearer ${user.token}`).send(body).expect(201)).body as {
          id: string;
          household?: { id: string };
        };
      records.household = (
        await post(users.get('siao_worker')!, '/households', {
          entryChannel: 'siao_demand',
          livingSituation: 'street',
          persons: [{ lastName: 'Dupont', birthYear: 1980, role: 'reference' }],
        })
      ).household!.id;
      const file = await post(users.get('arrears_advisor')!, '/arrears/files', {
        tenantLastName: 'Martin',
        commune: '73065',
        rentCents: 50_000,
        alertSource: 'landlord',
        landlord: { kind: 'individual', name: 'M. Roux' },
      });
      records.file = file.id;
      records.landlord = (file as unknown as { landlord: { id: string } }).landlord.id;
      records.session = (await post(users.get('commission_secretary')!, '/commission-sessions', { sessionAt: '2026-12-15T09:00:00Z' })).id;
      // The other organisation's own household, which it may not propose at a session it does not run.
      records.ownHousehold = (
        await post(others.get('siao')!, '/households', {
          entryChannel: 'siao_demand',
          livingSituation: 'street',
          persons: [{ lastName: 'Durand', birthYear: 1982, role: 'reference' }],
        })
      ).household!.id;
      // A proposal on it, written directly (proposing needs an evaluated household).
      records.proposal = (
        await app.db.query<{ id: string }>('INSERT INTO commission_proposal (session_id, household_id) VALUES ($1, $2) RETURNING id', [
          records.session,
          records.household,
        ])
      ).rows[0].id;
      records.programme = (
        await post(users.get('stipend_manager')!, '/pecule/programmes', {
          name: 'Pécule',
          startsOn: '2026-01-01',
          endsOn: '2027-06-30',
          envelopeCents: 100_000,
          rules: {
            rulesVersion: '1',
            deliberationDate: '2025-12-01',
            effectiveFrom: '2026-01-01',
            defaultMonthlyCents: 30_000,
            maxMonthlyCents: 40_000,
            maxDurationMonths: 18,
            ageLimitYears: 25,
          },
        })
      ).id;
    });

    it.each([
      ['siao', 'GET /households/{household}', null],
      ['siao', 'GET /households/{household}/timeline', null],
      ['siao@t', 'GET /households/{household}', null],
      ['siao@t', 'POST /households/{household}/visits', { version: 1, occurredAt: '2026-11-01T10:00:00Z' }],
      ['adil', 'GET /arrears/files/{file}', null],
      ['adil', 'POST /arrears/files/{file}/contacts', { contactedOn: '2026-11-01', party: 'tenant', channel: 'phone', reached: true }],
      ['adil', 'GET /arrears/landlords/{landlord}', null],
      ['adil@t', 'GET /arrears/files/{file}', null],
      ['secretary@t', 'GET /commission-sessions/{session}', null],
      // Commission sessions: another organisation of the territory that takes no part in the session.
      ['secretary', 'GET /commission-sessions/{session}', null],
      ['secretary', 'GET /commission-sessions/{session}/agenda.csv', null],
      ['secretary', 'PATCH /commission-sessions/{session}', { version: 1, sessionAt: '2026-12-16T09:00:00Z' }],
      ['siao', 'POST /commission-sessions/{session}/proposals', { householdId: '{ownHousehold}', householdVersion: 1 }],
      ['secretary', 'POST /commission-sessions/{session}/decisions', { decisions: [{ proposalId: '{proposal}', decision: 'postponed' }] }],
      ['secretary', 'POST /commission-proposals/{proposal}/allocation', { outcome: 'allocated', occurredAt: '2026-12-20T10:00:00Z' }],
      ['stipends@t', 'GET /pecule/programmes/{programme}', null],
      ['admin@t', 'GET /users/{user}', null],
      ['admin@t', 'PATCH /organisations/{organisation}', { version: 1, name: 'Renamed' }],
    ] as Array<[string, string, object | null]>)('%s: %s answers 404', async (who, operation, body) => {
      const [method, template] = operation.split(' ');
      const ids: Record<string, string> = {
        ...records,
        user: users.get('siao_worker')!.id,
        organisation: users.get('admin')!.organisationId,
      };
      const fill = (text: string) => text.replace(/\{(\w+)\}/g, (_, key: string) => ids[key]);
      const path = fill(template);
      const request = app.http[method.toLowerCase() as 'get' | 'post' | 'patch'](path).set(
        'authorization',
        `Bearer ${others.get(who)!.token}`,
      );
      const response = await (method === 'GET' ? request : request.send(JSON.parse(fill(JSON.stringify(body ?? {}))) as object));
      expect(response.status).toBe(404);
    });

    it('lists nothing of theirs to others, and no count of their territory', async () => {
      const as = (key: string) => ({ authorization: `Bearer ${others.get(key)!.token}` });
      const households = (await app.http.get('/households').set(as('siao')).expect(200)).body as { items: Array<{ id: string }> };
      expect(households.items.map((h) => h.id)).not.toContain(records.household);
      const files = (await app.http.get('/arrears/files').set(as('adil')).expect(200)).body as { items: unknown[] };
      expect(files.items).toEqual([]);
      const sessions = (await app.http.get('/commission-sessions?from=2026-01-01').set(as('secretary')).expect(200)).body as {
        items: Array<{ id: string }>;
      };
      expect(sessions.items.map((s) => s.id)).not.toContain(records.session);
      expect((await app.http.get('/pecule/programmes').set(as('stipends@t')).expect(200)).body).toEqual([]);
      const foreignCounts = await app.http
        .get(`/indicators?from=2026-01-01&to=2026-12-31&territoryIds=${users.get('admin')!.territoryId}`)
        .set(as('admin@t'));
      expect(foreignCounts.status).toBe(403);
    });
  });
});
