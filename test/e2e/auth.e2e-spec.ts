import { startTestApp, TestApp } from '../support/app';
import { Factory, PASSWORD, TestUser } from '../support/factory';
import { eventually } from '../support/eventually';
import { signJwt } from '../support/jwt';

describe('authentication', () => {
  let app: TestApp;
  let factory: Factory;
  let organisationId: string;

  beforeAll(async () => {
    app = await startTestApp('auth', { env: { LOGIN_MAX_FAILURES_PER_ACCOUNT: '3', SESSION_CHECK_SECONDS: '1' } });
    factory = new Factory(app);
    organisationId = await factory.organisation(await factory.territory());
  });
  afterAll(() => app?.stop());

  const auditRows = async (userId: string, action: string) =>
    (await app.db.query('SELECT * FROM audit_entry WHERE user_id = $1 AND action = $2', [userId, action])).rows;

  it('logs in with the right password, returns a token pair and audits the login', async () => {
    const user = await factory.user(organisationId, ['siao_worker'], { login: false });
    const response = await app.http.post('/auth/login').send({ email: user.email.toUpperCase(), password: PASSWORD }).expect(200);
    expect(response.body).toEqual({
      tokenType: 'Bearer',
      accessToken: expect.any(String),
      expiresIn: 900,
      refreshToken: expect.any(String),
    });
    const me = await app.http.get('/auth/me').set('authorization', `Bearer ${response.body.accessToken}`).expect(200);
    expect(me.body).toMatchObject({ id: user.id, email: user.email, roles: ['siao_worker'] });
    expect(me.body.passwordHash).toBeUndefined();
    expect(await auditRows(user.id, 'login')).toHaveLength(1);
  });

  it('answers the same 401 for a wrong password and an unknown account, and audits both', async () => {
    const user = await factory.user(organisationId, ['siao_worker'], { login: false });
    const wrong = await app.http.post('/auth/login').send({ email: user.email, password: 'not-the-password' }).expect(401);
    const unknown = await app.http
      .post('/auth/login')
      .send({ email: 'nobody@test.parcours.example', password: 'whatever-it-is' })
      .expect(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body).toEqual({ statusCode: 401, code: 'UNAUTHENTICATED', message: 'Invalid e-mail or password', details: null });
    expect(await auditRows(user.id, 'login_failed')).toHaveLength(1);
    const anonymous = await app.db.query("SELECT details FROM audit_entry WHERE action = 'login_failed' AND user_id IS NULL");
    expect(anonymous.rows.map((r) => r.details)).toContainEqual({ reason: 'unknown_account' });
  });

  it('limits failed logins per account with 429, even with the right password afterwards', async () => {
    const user = await factory.user(organisationId, ['siao_worker'], { login: false });
    for (let i = 0; i < 3; i++) await app.http.post('/auth/login').send({ email: user.email, password: 'wrong-password' }).expect(401);
    const limited = await app.http.post('/auth/login').send({ email: user.email, password: PASSWORD }).expect(429);
    expect(limited.body.code).toBe('RATE_LIMITED');
    // Another account from the same address is not affected.
    const other = await factory.user(organisationId, ['siao_worker'], { login: false });
    await app.http.post('/auth/login').send({ email: other.email, password: PASSWORD }).expect(200);
  });

  it('refuses a missing, malformed, forged or expired access token with 401', async () => {
    const user = await factory.user(organisationId, ['siao_worker']);
    await app.http.get('/auth/me').expect(401);
    await app.http.get('/auth/me').set('authorization', 'Bearer not.a.jwt').expect(401);
    const claims = { sub: user.id, org: organisationId, ter: user.territoryId, roles: ['admin'], iss: 'parcours' };
    const forged = signJwt({ ...claims, exp: Math.floor(Date.now() / 1000) + 600 }, 'some-other-secret-of-sufficient-length');
    await app.http.get('/auth/me').set('authorization', `Bearer ${forged}`).expect(401);
    const expired = signJwt({ ...claims, exp: Math.floor(Date.now() / 1000) - 60 }, 'test-secret-that-is-long-enough-for-hs256');
    const response = await app.http.get('/auth/me').set('authorization', `Bearer ${expired}`).expect(401);
    expect(response.body.code).toBe('UNAUTHENTICATED');
    // Well signed, but bound to no login session.
    const sessionless = signJwt({ ...claims, exp: Math.floor(Date.now() / 1000) + 600 }, 'test-secret-that-is-long-enough-for-hs256');
    await app.http.get('/auth/me').set('authorization', `Bearer ${sessionless}`).expect(401);
  });

  describe('access tokens end with their session', () => {
    const me = (token: string) =>
      app.http
        .get('/auth/me')
        .set('authorization', `Bearer ${token}`)
        .then((r) => r.status);
    /** Waits for the token to be refused (SESSION_CHECK_SECONDS is 1 here); throws if it still works after 10 s. */
    const refused = (token: string) => eventually(async () => ((await me(token)) === 401 ? true : undefined));
    let admin: TestUser;

    beforeAll(async () => {
      admin = await factory.user(organisationId, ['admin']);
    });

    it('after a logout, that session only', async () => {
      const user = await factory.user(organisationId, ['siao_worker'], { login: false });
      const login = async () => (await app.http.post('/auth/login').send({ email: user.email, password: PASSWORD }).expect(200)).body;
      const [ended, other] = [await login(), await login()];
      expect(await me(ended.accessToken)).toBe(200);
      await app.http
        .post('/auth/logout')
        .set('authorization', `Bearer ${ended.accessToken}`)
        .send({ refreshToken: ended.refreshToken })
        .expect(204);
      await refused(ended.accessToken);
      expect(await me(other.accessToken)).toBe(200);
    });

    it('after a role change or a deactivation by an admin', async () => {
      const changed = await factory.user(organisationId, ['siao_worker']);
      const deactivated = await factory.user(organisationId, ['siao_worker']);
      const asAdmin = { authorization: `Bearer ${admin.token}` };
      await app.http
        .patch(`/users/${changed.id}`)
        .set(asAdmin)
        .send({ version: 1, roles: ['outreach_worker'] })
        .expect(200);
      await app.http.patch(`/users/${deactivated.id}`).set(asAdmin).send({ version: 1, active: false }).expect(200);
      await Promise.all([refused(changed.token), refused(deactivated.token)]);
      // A new login carries the new roles.
      const relogged = await app.http.post('/auth/login').send({ email: changed.email, password: PASSWORD }).expect(200);
      const profile = await app.http.get('/auth/me').set('authorization', `Bearer ${relogged.body.accessToken}`).expect(200);
      expect(profile.body.roles).toEqual(['outreach_worker']);
    });
  });

  describe('refresh tokens', () => {
    let user: TestUser;
    const login = async () => (await app.http.post('/auth/login').send({ email: user.email, password: PASSWORD }).expect(200)).body;

    beforeAll(async () => {
      user = await factory.user(organisationId, ['outreach_worker'], { login: false });
    });

    it('rotates: a refresh token works once, and its reuse revokes the whole family', async () => {
      const first = await login();
      const second = (await app.http.post('/auth/refresh').send({ refreshToken: first.refreshToken }).expect(200)).body;
      expect(second.refreshToken).not.toBe(first.refreshToken);
      await app.http.get('/auth/me').set('authorization', `Bearer ${second.accessToken}`).expect(200);
      // Reusing the first token is refused, and the successor is revoked with it.
      await app.http.post('/auth/refresh').send({ refreshToken: first.refreshToken }).expect(401);
      await app.http.post('/auth/refresh').send({ refreshToken: second.refreshToken }).expect(401);
    });

    it('only one of two concurrent refreshes of the same token wins', async () => {
      const pair = await login();
      const statuses = await Promise.all(
        [1, 2].map(() =>
          app.http
            .post('/auth/refresh')
            .send({ refreshToken: pair.refreshToken })
            .then((r) => r.status),
        ),
      );
      expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    });

    it('logout revokes the session’s refresh tokens and is audited', async () => {
      const pair = await login();
      await app.http
        .post('/auth/logout')
        .set('authorization', `Bearer ${pair.accessToken}`)
        .send({ refreshToken: pair.refreshToken })
        .expect(204);
      await app.http.post('/auth/refresh').send({ refreshToken: pair.refreshToken }).expect(401);
      expect(await auditRows(user.id, 'logout')).toHaveLength(1);
    });

    it('a password change revokes every refresh token and needs the current password', async () => {
      const a = await login();
      const b = await login();
      const auth = { authorization: `Bearer ${a.accessToken}` };
      const wrong = await app.http
        .post('/auth/password')
        .set(auth)
        .send({ currentPassword: 'nope-nope-nope', newPassword: 'a brand new passphrase' })
        .expect(400);
      expect(wrong.body.details).toEqual([{ field: 'currentPassword', problems: ['current password is wrong'] }]);
      const short = await app.http.post('/auth/password').set(auth).send({ currentPassword: PASSWORD, newPassword: 'short' }).expect(400);
      expect(short.body.details[0].field).toBe('newPassword');
      await app.http
        .post('/auth/password')
        .set(auth)
        .send({ currentPassword: PASSWORD, newPassword: 'a brand new passphrase' })
        .expect(204);
      await app.http.post('/auth/refresh').send({ refreshToken: a.refreshToken }).expect(401);
      await app.http.post('/auth/refresh').send({ refreshToken: b.refreshToken }).expect(401);
      await app.http.post('/auth/login').send({ email: user.email, password: PASSWORD }).expect(401);
      await app.http.post('/auth/login').send({ email: user.email, password: 'a brand new passphrase' }).expect(200);
    });
  });

  it('stores refresh tokens hashed, never in clear', async () => {
    const user = await factory.user(organisationId, ['siao_worker'], { login: false });
    const pair = (await app.http.post('/auth/login').send({ email: user.email, password: PASSWORD }).expect(200)).body;
    const { rows } = await app.db.query('SELECT token_hash FROM refresh_token WHERE user_id = $1', [user.id]);
    expect(rows).toHaveLength(1);
    expect(rows[0].token_hash).not.toContain(pair.refreshToken);
    expect(rows[0].token_hash).toMatch(/^[0-9a-f]{64}$/);
  });
});
