import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, TestApp } from '../support/app';
import { createTestDatabase, dropTestDatabase } from '../support/databases';
import { Factory, PASSWORD, TestUser } from '../support/factory';
import { signJwt } from '../support/jwt';

const TEST_SECRET = 'test-secret-that-is-long-enough-for-hs256';
const payloadOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as Record<string, unknown>;

/** Issue 20 §1: tokens a reader of the repository or an outdated token cannot turn into access. */
describe('access tokens (issue 20 §1)', () => {
  let app: TestApp;
  let factory: Factory;
  let worker: TestUser;
  let foreignOrg: string;
  let foreignTerritory: string;
  let foreignHousehold: string;

  beforeAll(async () => {
    app = await startTestApp('htokens', { env: { SESSION_CHECK_SECONDS: '0' } });
    factory = new Factory(app);
    worker = await factory.user(await factory.organisation(await factory.territory(), 'siao'), ['siao_worker']);
    foreignTerritory = await factory.territory('Ailleurs');
    foreignOrg = await factory.organisation(foreignTerritory, 'siao');
    const foreign = await factory.user(foreignOrg, ['siao_worker']);
    const created = await app.http
      .post('/households')
      .set('authorization', `Bearer ${foreign.token}`)
      .send({
        entryChannel: 'siao_demand',
        livingSituation: 'street',
        persons: [{ firstName: 'Ailleurs', lastName: 'Secret', birthYear: 1980, role: 'reference' }],
      })
      .expect(201);
    foreignHousehold = created.body.household.id;
  });
  afterAll(() => app?.stop());

  it('takes territory, organisation and roles from the database, not from a re-signed token', async () => {
    const own = payloadOf(worker.token);
    const forged = signJwt(
      { ...own, org: foreignOrg, ter: foreignTerritory, roles: ['admin', 'stipend_manager', 'siao_worker'] },
      TEST_SECRET,
    );
    const bearer = { authorization: `Bearer ${forged}` };
    const households = await app.http.get('/households').set(bearer).expect(200);
    expect((households.body.items as Array<{ id: string }>).map((h) => h.id)).not.toContain(foreignHousehold);
    await app.http.get(`/households/${foreignHousehold}`).set(bearer).expect(404);
    // The roles are the database's too: no admin route.
    await app.http.get('/audit-entries').set(bearer).expect(403);
    await app.http.get('/pecule/payments').set(bearer).expect(403);
  });

  it('refuses a well-signed token without an expiry', async () => {
    const rest = payloadOf(worker.token);
    delete rest.exp;
    const eternal = signJwt(rest, TEST_SECRET);
    const response = await app.http.get('/auth/me').set('authorization', `Bearer ${eternal}`).expect(401);
    expect(response.body.code).toBe('UNAUTHENTICATED');
    // The same claims with an expiry work: the refusal is about `exp` only.
    await app.http
      .get('/auth/me')
      .set('authorization', `Bearer ${signJwt({ ...rest, exp: Math.floor(Date.now() / 1000) + 60 }, TEST_SECRET)}`)
      .expect(200);
  });
});

describe('development secrets (issue 20 §1)', () => {
  it('a development start without JWT_SECRET draws a secret into a 0600 file, says where, and the next start reuses it', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'parcours-dev-secrets-')), 'secrets.json');
    const databaseName = await createTestDatabase('hdevsecrets');
    const env = { NODE_ENV: 'development', JWT_SECRET: '', DATA_ENCRYPTION_KEY: '', DEV_SECRETS_FILE: file };
    try {
      const first = await startTestApp('hdevsecrets', { env, databaseName });
      let token: string;
      try {
        expect(first.output()).toContain(`created in ${file}`);
        expect(statSync(file).mode & 0o777).toBe(0o600);
        const stored = JSON.parse(readFileSync(file, 'utf8')) as { jwtSecret: string };
        expect(stored.jwtSecret.length).toBeGreaterThanOrEqual(32);
        const factory = new Factory(first);
        const user = await factory.user(await factory.organisation(await factory.territory()), ['siao_worker'], { login: false });
        token = (await first.http.post('/auth/login').send({ email: user.email, password: PASSWORD }).expect(200)).body.accessToken;
        // Signed with the file's secret, not with anything written in the source.
        expect(signJwt(payloadOf(token), stored.jwtSecret)).toBe(token);
      } finally {
        await first.stop();
      }
      const second = await startTestApp('hdevsecrets', { env, databaseName });
      try {
        expect(second.output()).toContain(`read from ${file}`);
        await second.http.get('/auth/me').set('authorization', `Bearer ${token}`).expect(200);
      } finally {
        await second.stop();
      }
    } finally {
      await dropTestDatabase(databaseName);
    }
  });
});
