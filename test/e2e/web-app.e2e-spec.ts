import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { startTestApp, TestApp } from '../support/app';
import { Factory, PASSWORD } from '../support/factory';

const STRICT_CSP =
  "default-src 'self';script-src 'self';style-src 'self' 'unsafe-inline';img-src 'self' data:;connect-src 'self';" +
  "worker-src 'self';manifest-src 'self';frame-ancestors 'none';base-uri 'self';form-action 'self';object-src 'none'";
const INDEX = '<!doctype html><title>Parcours</title><script type="module" src="/assets/app-abc123.js"></script>';

/** The built web app served by the API process at `/` (a stand-in build in a temporary WEB_APP_DIR). */
describe('web app: served at / by the API process', () => {
  let app: TestApp;
  let origin: ReturnType<typeof request>;
  const dir = mkdtempSync(join(tmpdir(), 'parcours-web-'));

  beforeAll(async () => {
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), INDEX);
    writeFileSync(join(dir, 'assets', 'app-abc123.js'), 'console.log("parcours");');
    writeFileSync(join(dir, 'sw.js'), 'self.addEventListener("fetch", () => {});');
    writeFileSync(join(dir, 'manifest.webmanifest'), '{"name":"Parcours"}');
    writeFileSync(join(dir, '.env'), 'SECRET=1');
    app = await startTestApp('web-app', { env: { WEB_APP_DIR: dir } });
    origin = request(app.url);
  });
  afterAll(async () => {
    await app?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves index.html at / with no-cache and the strict CSP', async () => {
    const response = await origin.get('/').expect(200);
    expect(response.text).toBe(INDEX);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.headers['content-security-policy']).toBe(STRICT_CSP);
  });

  it('serves Vite’s hashed assets as immutable, the service worker and the manifest as no-cache', async () => {
    const asset = await origin.get('/assets/app-abc123.js').expect(200);
    expect(asset.text).toBe('console.log("parcours");');
    expect(asset.headers['content-type']).toMatch(/javascript/);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const worker = await origin.get('/sw.js').expect(200);
    expect(worker.headers['content-type']).toMatch(/javascript/);
    expect(worker.headers['cache-control']).toBe('no-cache');
    const manifest = await origin.get('/manifest.webmanifest').expect(200);
    expect(manifest.headers['cache-control']).toBe('no-cache');
  });

  it('answers index.html to a deep link (GET and HEAD), with the strict CSP', async () => {
    for (const path of ['/households/123', '/menages/123', '/dossiers/abc/echeancier?onglet=dettes', '/.env', '/%2e%2e/package.json']) {
      const response = await origin.get(path).expect(200);
      expect(response.text).toBe(INDEX);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.headers['content-security-policy']).toBe(STRICT_CSP);
    }
    const head = await origin.head('/households/123').expect(200);
    expect(head.headers['content-type']).toMatch(/^text\/html/);
    expect(head.headers['content-length']).toBe(String(Buffer.byteLength(INDEX)));
    expect(head.text ?? '').toBe('');
    await origin.head('/assets/app-abc123.js').expect(200);
  });

  it('answers 404 for a missing hashed asset rather than the page', async () => {
    const response = await origin.get('/assets/app-old999.js').expect(404);
    expect(response.body).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
  });

  it('keeps the API’s JSON 404 under /api', async () => {
    for (const path of ['/api/no-such-route', '/api', '/api/households/00000000-0000-4000-8000-000000000000/nothing']) {
      const response = await origin.get(path).expect(404);
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      expect(response.body).toEqual({ statusCode: 404, code: 'NOT_FOUND', message: 'No such route', details: null });
    }
    await origin.head('/api/no-such-route').expect(404);
    await origin.post('/some/page').expect(404);
  });

  it('sends the strict CSP on the API and Swagger UI too (it needs no inline script)', async () => {
    const docs = await origin.get('/api/docs').expect(200);
    expect(docs.headers['content-security-policy']).toBe(STRICT_CSP);
    expect(docs.text).not.toMatch(/<script>[^<]/);
    const json = await app.http.get('/health/live').expect(200);
    expect(json.headers['content-security-policy']).toBe(STRICT_CSP);
  });

  it('sets a cookie without Secure when PUBLIC_URL is plain http', async () => {
    const factory = new Factory(app);
    const user = await factory.user(await factory.organisation(await factory.territory()), ['siao_worker'], { login: false });
    const login = await app.http
      .post('/auth/login')
      .set('x-requested-with', 'parcours')
      .send({ email: user.email, password: PASSWORD, session: 'cookie' })
      .expect(200);
    const cookie = (login.headers['set-cookie'] as unknown as string[])[0];
    expect(cookie).toMatch(/HttpOnly; SameSite=Strict$/);
  });
});

describe('web app: not built', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp('web-app-missing', { env: { WEB_APP_DIR: join(tmpdir(), 'parcours-web-never-built') } });
  });
  afterAll(() => app?.stop());

  it('answers a JSON 404 saying so, and the API works', async () => {
    const response = await request(app.url).get('/').expect(404);
    expect(response.body).toEqual({
      statusCode: 404,
      code: 'NOT_FOUND',
      message: 'The web app is not built: run npm run build',
      details: null,
    });
    await request(app.url)
      .get('/api/no-such-route')
      .expect(404, { statusCode: 404, code: 'NOT_FOUND', message: 'No such route', details: null });
    await app.http.get('/health/live').expect(200);
  });
});
