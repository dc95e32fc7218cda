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
        const output = await eventually(async () => (app.output().includes('"pgCode":"23514"') ? app.output() : undefined));
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
