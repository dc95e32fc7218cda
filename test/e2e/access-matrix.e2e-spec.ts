import { ROLES, Role } from '@app/core';
import { startTestApp, TestApp } from '../support/app';
import { Factory, TestUser } from '../support/factory';

/**
 * Who may call what: every operation of the OpenAPI document, and the roles that pass its guard.
 * Any other role gets 403, an anonymous caller 401. This table is the documentation of the access
 * rules (the README's tables summarise it); a new endpoint without a line here fails the test.
 * Object-level scoping (another organisation's or territory's record answers 404) is checked below
 * for each kind of record.
 */
const ANYONE = 'anyone';
const SIGNED_IN = 'signed in';
type Who = typeof ANYONE | typeof SIGNED_IN | Role[];
const FILE_READERS: Role[] = ['outreach_worker', 'siao_worker', 'commission_secretary', 'youth_worker', 'admin'];
const FIELD_WORKERS: Role[] = ['outreach_worker', 'siao_worker'];
const INBOX: Role[] = [
  'outreach_worker',
  'siao_worker',
  'commission_secretary',
  'arrears_advisor',
  'youth_worker',
  'stipend_manager',
  'admin',
];
const ARREARS_READERS: Role[] = ['arrears_advisor', 'admin'];
const COUNTS: Role[] = ['coordinator', 'state_officer', 'admin'];

const WHO: Record<string, Who> = {
  'GET /health/live': ANYONE,
  'GET /health/ready': ANYONE,
  'POST /auth/login': ANYONE,
  'POST /auth/refresh': ANYONE,
  'POST /auth/logout': SIGNED_IN,
  'POST /auth/password': SIGNED_IN,
  'GET /auth/me': SIGNED_IN,
  'GET /organisations': SIGNED_IN,
  'POST /organisations': ['admin'],
  'GET /organisations/{id}': SIGNED_IN,
  'PATCH /organisations/{id}': ['admin'],
  'GET /users': SIGNED_IN,
  'POST /users': ['admin'],
  'GET /users/{id}': SIGNED_IN,
  'PATCH /users/{id}': ['admin'],
  'GET /audit-entries': ['admin'],
  // Households: outreach and SIAO workers write; the commission secretary and the youth team read.
  'POST /households': FIELD_WORKERS,
  'GET /households': FILE_READERS,
  'GET /households/worklist/awaiting-proposal': FILE_READERS,
  'GET /households/{id}': FILE_READERS,
  'PATCH /households/{id}': FIELD_WORKERS,
  'POST /households/{id}/shares': FIELD_WORKERS,
  'DELETE /households/{id}/shares': FIELD_WORKERS,
  'GET /households/{id}/timeline': FILE_READERS,
  'GET /households/{id}/notes': FILE_READERS,
  'POST /households/{id}/notes': FIELD_WORKERS,
  'POST /households/{id}/consent': FIELD_WORKERS,
  'POST /households/{id}/evaluations': ['siao_worker'],
  'POST /households/{id}/offer-declined': ['outreach_worker', 'siao_worker', 'commission_secretary'],
  'POST /households/{id}/lease': FIELD_WORKERS,
  'POST /households/{id}/housing-entry': FIELD_WORKERS,
  'POST /households/{id}/visits': FIELD_WORKERS,
  'POST /households/{id}/bail-glissant-reviews': FIELD_WORKERS,
  'POST /households/{id}/lease-slide': FIELD_WORKERS,
  'POST /households/{id}/close': FIELD_WORKERS,
  'POST /households/{id}/reopen': FIELD_WORKERS,
  'POST /commission-sessions': ['commission_secretary'],
  'GET /commission-sessions/{id}': ['siao_worker', 'commission_secretary'],
  'PATCH /commission-sessions/{id}': ['commission_secretary'],
  'POST /commission-sessions/{id}/proposals': ['siao_worker', 'commission_secretary'],
  'POST /commission-sessions/{id}/decisions': ['commission_secretary'],
  'GET /commission-sessions/{id}/agenda.csv': ['commission_secretary'],
  'POST /commission-proposals/{id}/allocation': ['commission_secretary'],
  'POST /maraude-encounters': ['outreach_worker'],
  'GET /maraude-encounters': ['outreach_worker', 'admin'],
  'POST /maraude-encounters/{id}/households': ['outreach_worker'],
  // Reminders: whoever follows files has an inbox; those who see counts only do not.
  'GET /reminders': INBOX,
  'GET /reminders/counts': INBOX,
  'GET /reminders/digest': INBOX,
  'PUT /reminders/digest': INBOX,
  'POST /reminders/{id}/acknowledge': INBOX,
  'POST /reminders/{id}/snooze': INBOX,
  'POST /reminders/{id}/done': INBOX,
  'PUT /households/{id}/reminder-suspension': FIELD_WORKERS,
  'POST /admin/reminders/reconcile': ['admin'],
  // Pécule: bank details and payments are the stipend managers' only.
  'POST /pecule/programmes': ['stipend_manager', 'admin'],
  'GET /pecule/programmes': ['youth_worker', 'stipend_manager', 'coordinator', 'admin'],
  'GET /pecule/programmes/{id}': ['youth_worker', 'stipend_manager', 'coordinator', 'admin'],
  'PATCH /pecule/programmes/{id}': ['stipend_manager', 'admin'],
  'POST /pecule/programmes/{id}/rules': ['stipend_manager', 'admin'],
  'PUT /pecule/programmes/{id}/treasury-exports/{month}': ['stipend_manager'],
  'GET /pecule/programmes/{id}/treasury-exports/{month}': ['stipend_manager'],
  'POST /pecule/enrolments': ['youth_worker'],
  'GET /pecule/enrolments': ['youth_worker', 'stipend_manager', 'admin'],
  'GET /pecule/enrolments/{id}': ['youth_worker', 'stipend_manager', 'admin'],
  'PUT /pecule/enrolments/{id}/bank-details': ['youth_worker', 'stipend_manager'],
  'POST /pecule/enrolments/{id}/end': ['youth_worker', 'stipend_manager'],
  'POST /pecule/enrolments/{id}/reviews': ['youth_worker'],
  'GET /pecule/payments': ['stipend_manager'],
  'POST /pecule/payments/{id}/validate': ['stipend_manager'],
  'POST /pecule/payments/{id}/cancel': ['stipend_manager'],
  'POST /pecule/payments/{id}/paid': ['stipend_manager'],
  // Arrears: ADIL advisors work on them, admins may read; nobody else, not even pathway workers.
  'POST /arrears/landlords': ['arrears_advisor'],
  'GET /arrears/landlords': ARREARS_READERS,
  'GET /arrears/landlords/{id}': ARREARS_READERS,
  'PATCH /arrears/landlords/{id}': ['arrears_advisor'],
  'POST /arrears/files': ['arrears_advisor'],
  'GET /arrears/files': ARREARS_READERS,
  'GET /arrears/files/{id}': ARREARS_READERS,
  'PATCH /arrears/files/{id}': ['arrears_advisor'],
  'POST /arrears/files/{id}/contacts': ['arrears_advisor'],
  'POST /arrears/files/{id}/debts': ['arrears_advisor'],
  'POST /arrears/files/{id}/solutions': ['arrears_advisor'],
  'PATCH /arrears/files/{id}/solutions/{solutionId}': ['arrears_advisor'],
  'POST /arrears/files/{id}/stages': ['arrears_advisor'],
  'POST /arrears/files/{id}/rehousing-request': ['arrears_advisor'],
  'POST /arrears/files/{id}/close': ['arrears_advisor'],
  'POST /arrears/imports': ['arrears_advisor'],
  'GET /admin/queues': ['admin'],
  'POST /admin/dashboard-session': ['admin'],
  // Indicators: counts, never names; no case worker.
  'GET /indicators/catalogue': COUNTS,
  'GET /indicators': COUNTS,
  'GET /indicators/export': COUNTS,
  'GET /indicators/execution-report': COUNTS,
  'POST /admin/indicators/reconcile': ['admin'],
  'POST /admin/indicators/rebuild': ['admin'],
  'POST /admin/retention-purge': ['admin'],
};

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
    const document = (await app.http.get('/api/docs-json').expect(200)).body as { paths: Record<string, Record<string, unknown>> };
    const operations = Object.entries(document.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
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
        commune: 'Chambéry',
        rentCents: 50_000,
        alertSource: 'landlord',
        landlord: { kind: 'individual', name: 'M. Roux' },
      });
      records.file = file.id;
      records.landlord = (file as unknown as { landlord: { id: string } }).landlord.id;
      records.session = (await post(users.get('commission_secretary')!, '/commission-sessions', { sessionAt: '2026-12-15T09:00:00Z' })).id;
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
      const path = template.replace(/\{(\w+)\}/g, (_, key: string) => ids[key]);
      const request = app.http[method.toLowerCase() as 'get' | 'post' | 'patch'](path).set(
        'authorization',
        `Bearer ${others.get(who)!.token}`,
      );
      const response = await (method === 'GET' ? request : request.send(body ?? {}));
      expect(response.status).toBe(404);
    });

    it('lists nothing of theirs to others, and no count of their territory', async () => {
      const as = (key: string) => ({ authorization: `Bearer ${others.get(key)!.token}` });
      const households = (await app.http.get('/households').set(as('siao')).expect(200)).body as { items: Array<{ id: string }> };
      expect(households.items.map((h) => h.id)).not.toContain(records.household);
      const files = (await app.http.get('/arrears/files').set(as('adil')).expect(200)).body as { items: unknown[] };
      expect(files.items).toEqual([]);
      expect((await app.http.get('/pecule/programmes').set(as('stipends@t')).expect(200)).body).toEqual([]);
      const foreignCounts = await app.http
        .get(`/indicators?from=2026-01-01&to=2026-12-31&territoryIds=${users.get('admin')!.territoryId}`)
        .set(as('admin@t'));
      expect(foreignCounts.status).toBe(403);
    });
  });
});
