import { createHash } from 'node:crypto';
import Redis from 'ioredis';
import { startTestApp, TestApp } from '../support/app';
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
        const output = app.output();
        expect(output).toContain('"pgCode":"23514"');
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
