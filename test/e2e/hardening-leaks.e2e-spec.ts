import { createHash } from 'node:crypto';
import Redis from 'ioredis';
import { startTestApp, TestApp } from '../support/app';
import { eventually } from '../support/eventually';
import { Factory, PASSWORD, TestUser } from '../support/factory';

/** Issue 20 §4 and §6: what logs, Redis and answers must not give away. */
describe('leaks (issue 20 §4, §6)', () => {
  let app: TestApp;
  let factory: Factory;
  let siao: TestUser;
  let siaoOrg: string;
  let territory: string;

  beforeAll(async () => {
    app = await startTestApp('hleaks', { env: { LOGIN_MAX_FAILURES_PER_ACCOUNT: '3' } });
    factory = new Factory(app);
    territory = await factory.territory();
    siaoOrg = await factory.organisation(territory, 'siao');
    siao = await factory.user(siaoOrg, ['siao_worker']);
  });
  afterAll(() => app?.stop());

  const as = (user: TestUser) => ({ authorization: `Bearer ${user.token}` });

  describe('§4 personal data in logs', () => {
    it('logs a failed query by its error code and statement hash, never its parameters', async () => {
      // A constraint the API does not know about: the insert passes validation and fails in PostgreSQL
      // (23514, whose detail quotes the whole failing row).
      await app.db.query(`ALTER TABLE person ADD CONSTRAINT ck_test_leak CHECK (last_name IS DISTINCT FROM 'Leakmarker')`);
      try {
        const response = await app.http
          .post('/households')
          .set(as(siao))
          .send({
            entryChannel: 'siao_demand',
            livingSituation: 'street',
            persons: [{ firstName: 'Zephyrine', lastName: 'Leakmarker', birthDate: '1987-03-14', role: 'reference' }],
          });
        expect(response.status).toBe(500);
        // The log line reaches the pipe shortly after the answer.
        const output = await eventually(() => Promise.resolve(app.output().includes('"pgCode":"23514"') ? app.output() : undefined));
        expect(output).toContain('"constraint":"ck_test_leak"');
        for (const value of ['Zephyrine', 'Leakmarker', '1987-03-14', 'zephyrine', 'leakmarker']) expect(output).not.toContain(value);
      } finally {
        await app.db.query('ALTER TABLE person DROP CONSTRAINT ck_test_leak');
      }
    });

    it('keeps no client address or e-mail in the login limiter’s Redis keys, only a keyed hash', async () => {
      const user = await factory.user(siaoOrg, ['siao_worker'], { login: false });
      await app.http.post('/auth/login').send({ email: user.email, password: 'wrong-password' }).expect(401);
      const redis = new Redis(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379');
      try {
        const keys = await redis.keys(`${app.queuePrefix}:login:*`);
        expect(keys.some((k) => k.includes(':login:address:'))).toBe(true);
        expect(keys.some((k) => k.includes(':login:account:'))).toBe(true);
        for (const key of keys) {
          expect(key).not.toMatch(/127\.0\.0\.1|::1|::ffff/);
          expect(key).not.toContain(user.email);
          expect(key).toMatch(/:login:(address|account):[0-9a-f]{64}$/);
        }
        // Keyed: not the plain SHA-256 of the address, which anyone could recompute.
        for (const address of ['127.0.0.1', '::ffff:127.0.0.1', '::1']) {
          expect(keys).not.toContain(`${app.queuePrefix}:login:address:${createHash('sha256').update(address).digest('hex')}`);
        }
      } finally {
        redis.disconnect();
      }
    });
  });

  describe('§6 smaller leaks', () => {
    it('accepts as referent only a user who can open the file (its organisation, or one it is shared with)', async () => {
      const otherOrg = await factory.organisation(territory, 'outreach');
      const stranger = await factory.user(otherOrg, ['outreach_worker'], { login: false });
      const colleague = await factory.user(siaoOrg, ['siao_worker'], { login: false });
      const body = { entryChannel: 'siao_demand', livingSituation: 'street', persons: [{ firstName: 'R', role: 'reference' }] };
      const refused = await app.http
        .post('/households')
        .set(as(siao))
        .send({ ...body, referentUserId: stranger.id });
      expect(refused.status).toBe(400);
      expect(refused.body.details).toEqual([{ field: 'referentUserId', problems: [expect.any(String)] }]);
      const created = await app.http
        .post('/households')
        .set(as(siao))
        .send({ ...body, referentUserId: colleague.id })
        .expect(201);
      const id = created.body.household.id as string;
      let version = created.body.household.version as number;
      await app.http.patch(`/households/${id}`).set(as(siao)).send({ version, referentUserId: stranger.id }).expect(400);
      // Once the file is shared with the stranger's organisation, they can open it, and can be its referent.
      version = (await app.http.post(`/households/${id}/shares`).set(as(siao)).send({ version, organisationId: otherOrg }).expect(201)).body
        .version;
      const changed = await app.http.patch(`/households/${id}`).set(as(siao)).send({ version, referentUserId: stranger.id }).expect(200);
      expect(changed.body.referentUserId).toBe(stranger.id);
    });

    it('audits lists and searches with the ids returned and a keyed hash of the terms, and the reads not audited before', async () => {
      const admin = await factory.user(siaoOrg, ['admin']);
      const outreach = await factory.user(await factory.organisation(territory, 'outreach'), ['outreach_worker']);
      const secretary = await factory.user(siaoOrg, ['commission_secretary']);
      const created = await app.http
        .post('/households')
        .set(as(siao))
        .send({
          entryChannel: 'siao_demand',
          livingSituation: 'street',
          persons: [{ firstName: 'Anouk', lastName: 'Quetzalcoatl', role: 'reference' }],
        })
        .expect(201);
      const householdId = created.body.household.id as string;
      const found = await app.http.get('/households').query({ q: 'Quetzalcoatl' }).set(as(siao)).expect(200);
      expect(found.body.items.map((h: { id: string }) => h.id)).toEqual([householdId]);
      const { rows } = await app.db.query<{ details: Record<string, unknown> }>(
        "SELECT details FROM audit_entry WHERE user_id = $1 AND resource_type = 'household' AND action = 'read' AND details ? 'list'",
        [siao.id],
      );
      const search = rows.find((r) => Array.isArray(r.details.searchTermHashes));
      expect(search?.details).toMatchObject({ ids: [householdId], count: 1, searchTermHashes: [expect.stringMatching(/^[0-9a-f]{64}$/)] });
      expect(JSON.stringify(rows).toLowerCase()).not.toContain('quetzalcoatl');

      // "Who looked for this person?": by the term (any spelling), or by the file's id.
      const byTerm = await app.http.get('/audit-entries').query({ searchTerm: 'QUETZALCOATL ' }).set(as(admin)).expect(200);
      expect(byTerm.body.items).toEqual([expect.objectContaining({ userId: siao.id, resourceType: 'household' })]);
      const byId = await app.http.get('/audit-entries').query({ resourceId: householdId, action: 'read' }).set(as(admin)).expect(200);
      expect(byId.body.items.map((e: { userId: string }) => e.userId)).toContain(siao.id);

      // Reads that were not traced: the audit trail itself, a commission session, maraude encounters.
      const session = await factory.commissionSession(secretary, { sessionAt: new Date(Date.now() + 7 * 86_400_000).toISOString() });
      await app.http.get(`/commission-sessions/${session.id}`).set(as(secretary)).expect(200);
      const encounter = await factory.encounter(outreach, {
        occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
        place: 'Parc',
        peopleMet: 1,
      });
      await app.http
        .get('/maraude-encounters')
        .query({ from: new Date(Date.now() - 86_400_000).toISOString(), to: new Date().toISOString() })
        .set(as(outreach))
        .expect(200);
      const traced = async (userId: string, resourceType: string) =>
        (
          await app.db.query<{ resource_id: string | null; details: Record<string, unknown> | null }>(
            "SELECT resource_id, details FROM audit_entry WHERE user_id = $1 AND resource_type = $2 AND action = 'read'",
            [userId, resourceType],
          )
        ).rows;
      expect(await traced(admin.id, 'audit_entry')).toContainEqual(
        expect.objectContaining({
          details: expect.objectContaining({
            searchTermHashes: [search?.details.searchTermHashes && (search.details.searchTermHashes as string[])[0]],
          }),
        }),
      );
      expect(await traced(secretary.id, 'commission_session')).toEqual([expect.objectContaining({ resource_id: session.id })]);
      expect(await traced(outreach.id, 'maraude_encounter')).toEqual([
        expect.objectContaining({ details: expect.objectContaining({ ids: [encounter.id] }) }),
      ]);
    });

    it('counts failed logins per account whatever the spelling (`İ`: JavaScript and PostgreSQL lower-case it differently)', async () => {
      const user = await factory.user(siaoOrg, ['siao_worker'], { login: false });
      for (let i = 0; i < 3; i++) await app.http.post('/auth/login').send({ email: user.email, password: 'wrong-password' }).expect(401);
      const dotted = user.email.replace('i', 'İ');
      expect(dotted).not.toBe(user.email);
      // PostgreSQL's lower('İ') is 'i': this spelling used to find the account under a fresh counter.
      const response = await app.http.post('/auth/login').send({ email: dotted, password: PASSWORD });
      expect([401, 429]).toContain(response.status);
      await app.http.post('/auth/login').send({ email: user.email.toUpperCase(), password: PASSWORD }).expect(429);
    });
  });
});
