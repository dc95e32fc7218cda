import request, { type Response } from 'supertest';
import { startTestApp, TestApp } from '../support/app';
import { eventually } from '../support/eventually';
import { Factory, PASSWORD, TestUser } from '../support/factory';

/** The web app's session: the refresh token lives in an HttpOnly cookie the page's scripts never see. */
describe('browser sessions: the refresh token in an HttpOnly cookie', () => {
  let app: TestApp;
  let user: TestUser;
  const CSRF = { 'x-requested-with': 'parcours' };

  beforeAll(async () => {
    // An https PUBLIC_URL: the cookie must be Secure.
    app = await startTestApp('browser-session', { env: { PUBLIC_URL: 'https://parcours.example', SESSION_CHECK_SECONDS: '1' } });
    const factory = new Factory(app);
    user = await factory.user(await factory.organisation(await factory.territory()), ['siao_worker'], { login: false });
  });
  afterAll(() => app?.stop());

  const setCookie = (response: Response): string | undefined => {
    const header = response.headers['set-cookie'] as unknown as string[] | undefined;
    return header?.find((c) => c.startsWith('parcours_refresh='));
  };
  /** The value of the refresh cookie a response sets (fails the test when it sets none). */
  const cookieValue = (response: Response): string => {
    const cookie = setCookie(response);
    if (!cookie) throw new Error(`no refresh cookie in ${JSON.stringify(response.headers)}`);
    return cookie.split(';')[0].slice('parcours_refresh='.length);
  };
  // As the web app does: login needs no anti-CSRF header (it sets the cookie, never reads it).
  const cookieLogin = () => app.http.post('/auth/login').send({ email: user.email, password: PASSWORD, session: 'cookie' }).expect(200);
  const refreshWith = (value: string, headers: Record<string, string> = CSRF) =>
    app.http.post('/auth/refresh').set(headers).set('cookie', `other=1; parcours_refresh=${value}`).send();
  const me = (accessToken: string) =>
    app.http
      .get('/auth/me')
      .set('authorization', `Bearer ${accessToken}`)
      .then((r) => r.status);

  it('a cookie login sets an HttpOnly, SameSite=Strict, Secure cookie on /api/auth and keeps the refresh token out of the body', async () => {
    const response = await cookieLogin();
    expect(response.body).toEqual({ tokenType: 'Bearer', accessToken: expect.any(String), expiresIn: 900 });
    const cookie = setCookie(response)!;
    const attributes = cookie.split(';').map((a) => a.trim());
    expect(attributes[0]).toMatch(/^parcours_refresh=[A-Za-z0-9_-]{43}$/);
    expect(attributes.slice(1).sort()).toEqual(['HttpOnly', 'Max-Age=2592000', 'Path=/api/auth', 'SameSite=Strict', 'Secure']);
    expect(await me(response.body.accessToken)).toBe(200);
  });

  it('refreshes by cookie, rotating it; the old value reused answers 401, clears the cookie and revokes the session', async () => {
    const login = await cookieLogin();
    const first = cookieValue(login);
    const refreshed = await refreshWith(first).expect(200);
    expect(refreshed.body).toEqual({ tokenType: 'Bearer', accessToken: expect.any(String), expiresIn: 900 });
    const second = cookieValue(refreshed);
    expect(second).not.toBe(first);
    expect(setCookie(refreshed)).toContain('Max-Age=2592000');
    expect(await me(refreshed.body.accessToken)).toBe(200);

    const reused = await refreshWith(first).expect(401);
    expect(reused.body).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(setCookie(reused)).toMatch(/^parcours_refresh=; Path=\/api\/auth; Max-Age=0; HttpOnly; SameSite=Strict/);
    // The whole family went with it: the successor cookie and the session's access tokens.
    expect(setCookie(await refreshWith(second).expect(401))).toContain('Max-Age=0');
    await eventually(async () => ((await me(refreshed.body.accessToken)) === 401 ? true : undefined));
  });

  it('logout revokes the cookie’s session and clears the cookie', async () => {
    const login = await cookieLogin();
    const value = cookieValue(login);
    const logout = await app.http
      .post('/auth/logout')
      .set(CSRF)
      .set('authorization', `Bearer ${login.body.accessToken}`)
      .set('cookie', `parcours_refresh=${value}`)
      .send()
      .expect(204);
    expect(setCookie(logout)).toMatch(/^parcours_refresh=; Path=\/api\/auth; Max-Age=0; HttpOnly; SameSite=Strict; Secure$/);
    await refreshWith(value).expect(401);
    await eventually(async () => ((await me(login.body.accessToken)) === 401 ? true : undefined));
    const audit = await app.db.query("SELECT 1 FROM audit_entry WHERE user_id = $1 AND action = 'logout'", [user.id]);
    expect(audit.rowCount).toBeGreaterThanOrEqual(1);
  });

  it('refuses a cookie refresh or logout without the anti-CSRF header (403), and leaves the cookie usable', async () => {
    const login = await cookieLogin();
    const value = cookieValue(login);
    for (const headers of [{}, { 'x-requested-with': 'XMLHttpRequest' }] as Record<string, string>[]) {
      const refused = await refreshWith(value, headers).expect(403);
      expect(refused.body).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('X-Requested-With: parcours') });
      expect(setCookie(refused)).toBeUndefined();
    }
    await app.http
      .post('/auth/logout')
      .set('authorization', `Bearer ${login.body.accessToken}`)
      .set('cookie', `parcours_refresh=${value}`)
      .send()
      .expect(403);
    // Nothing was used up or revoked by the refused requests.
    await refreshWith(value).expect(200);
  });

  it('answers 400 when there is no refresh token at all, and refuses an unknown session mode', async () => {
    const none = await app.http.post('/auth/refresh').set(CSRF).send().expect(400);
    expect(none.body.details).toEqual([{ field: 'refreshToken', problems: [expect.stringContaining('parcours_refresh')] }]);
    await app.http.post('/auth/login').send({ email: user.email, password: PASSWORD, session: 'localStorage' }).expect(400);
  });

  it('leaves body mode as it was: the pair in the body, no cookie', async () => {
    const login = await app.http.post('/auth/login').send({ email: user.email, password: PASSWORD }).expect(200);
    expect(login.body).toEqual({ tokenType: 'Bearer', accessToken: expect.any(String), expiresIn: 900, refreshToken: expect.any(String) });
    expect(login.headers['set-cookie']).toBeUndefined();
    const explicit = await app.http.post('/auth/login').send({ email: user.email, password: PASSWORD, session: 'body' }).expect(200);
    expect(explicit.body.refreshToken).toEqual(expect.any(String));
    // A body token wins over a cookie, needs no header, and the answer sets no cookie.
    const refreshed = await app.http
      .post('/auth/refresh')
      .set('cookie', 'parcours_refresh=whatever-is-in-the-browser')
      .send({ refreshToken: login.body.refreshToken })
      .expect(200);
    expect(refreshed.body.refreshToken).toEqual(expect.any(String));
    expect(refreshed.headers['set-cookie']).toBeUndefined();
    await app.http.post('/auth/refresh').send({ refreshToken: login.body.refreshToken }).expect(401);
  });

  it('documents both answers and the session mode in OpenAPI', async () => {
    // On the origin, not through app.http: the document's place does not move with the API prefix.
    const { body } = await request(app.url).get('/api/docs-json').expect(200);
    expect(body.components.schemas.LoginDto.properties.session).toMatchObject({ enum: ['body', 'cookie'], default: 'body' });
    expect(Object.keys(body.components.schemas.AccessTokenDto.properties).sort()).toEqual(['accessToken', 'expiresIn', 'tokenType']);
    expect(body.components.schemas.TokenPairDto.required).toContain('refreshToken');
    const operation = (name: string) => body.paths[Object.keys(body.paths).find((path) => path.endsWith(`/auth/${name}`))!].post;
    expect(operation('login').responses['200'].content['application/json'].schema.anyOf).toHaveLength(2);
    for (const name of ['refresh', 'logout']) {
      expect(operation(name).parameters).toContainEqual(expect.objectContaining({ in: 'header', name: 'X-Requested-With' }));
    }
  });
});
