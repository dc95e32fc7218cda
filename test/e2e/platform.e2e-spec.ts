import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { startTestApp, TestApp } from '../support/app';
import { databaseUrl } from '../support/databases';

const DIST = join(__dirname, '..', '..', 'dist/apps');

describe('platform: health, errors, headers, OpenAPI', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp('platform', { env: { BODY_LIMIT_BYTES: '2048' } });
  });
  afterAll(() => app?.stop());

  it('reports liveness and readiness', async () => {
    await app.http.get('/health/live').expect(200, { status: 'ok' });
    await app.http.get('/health/ready').expect(200, { status: 'ok', checks: { database: 'up', redis: 'up' } });
  });

  it('answers unknown routes with 404 in the common error shape, and a request id header', async () => {
    const response = await app.http.get('/no/such/route').expect(404);
    expect(response.body).toEqual({ statusCode: 404, code: 'NOT_FOUND', message: 'No such route', details: null });
    // The API is under /api only: the same path without the prefix is a page of the web app (or 404 when it is not built), never an API answer.
    for (const path of ['/health/live', '/auth/me']) {
      const outside = await request(app.url).get(path);
      expect(outside.status === 404 || String(outside.headers['content-type']).startsWith('text/html')).toBe(true);
      expect(outside.text).not.toMatch(/"status":"ok"|"email"/);
    }
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const echoed = await app.http.get('/health/live').set('x-request-id', 'client-chosen-id-42');
    expect(echoed.headers['x-request-id']).toBe('client-chosen-id-42');
  });

  it('answers 413 for a body over the limit and 400 for malformed JSON, without stack traces', async () => {
    const big = await app.http
      .post('/auth/login')
      .set('content-type', 'application/json')
      .send(JSON.stringify({ email: 'x'.repeat(5000) }))
      .expect(413);
    expect(big.body).toMatchObject({ statusCode: 413, code: 'PAYLOAD_TOO_LARGE' });
    const malformed = await app.http.post('/auth/login').set('content-type', 'application/json').send('{"email":').expect(400);
    expect(malformed.body).toMatchObject({ statusCode: 400, code: 'MALFORMED_REQUEST' });
    expect(JSON.stringify([big.body, malformed.body])).not.toMatch(/at .*\.js/);
  });

  it('sends security headers', async () => {
    const response = await app.http.get('/health/live');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['strict-transport-security']).toBeDefined();
  });

  it('publishes the OpenAPI document with the bearer scheme and documented DTOs', async () => {
    const { body } = await request(app.url).get('/api/docs-json').expect(200);
    expect(body.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining(['/api/auth/login', '/api/users/{id}', '/api/audit-entries', '/api/health/ready']),
    );
    expect(body.components.schemas.LoginDto.properties.email.example).toBeDefined();
    await request(app.url).get('/api/docs').expect(200);
    // Public operations need no token; the others answer 401 with the one error shape.
    expect(body.paths['/api/auth/login'].post.security).toEqual([]);
    expect(body.paths['/api/households'].get.security).toEqual([{ bearer: [] }]);
    expect(body.paths['/api/households'].get.responses['401'].content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/ErrorDto',
    });
    const unknown = await app.http.get('/no/such/route').expect(404);
    expect(Object.keys(unknown.body).sort()).toEqual([...body.components.schemas.ErrorDto.required].sort());
  });

  it('exports for the web app the very document it serves (npm run openapi), without PostgreSQL or Redis', async () => {
    const served = (await app.http.get('/docs-json').expect(200)).body as object;
    const out = mkdtempSync(join(tmpdir(), 'parcours-openapi-'));
    try {
      // Unreachable services: the export must not need them.
      const result = spawnSync(process.execPath, [join(DIST, 'api/src/cli/export-openapi.js'), '--out', out], {
        env: { PATH: process.env.PATH ?? '', DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none', REDIS_URL: 'redis://127.0.0.1:1' },
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      const sortKeys = (value: unknown): unknown =>
        Array.isArray(value)
          ? value.map(sortKeys)
          : value && typeof value === 'object'
            ? Object.fromEntries(
                Object.keys(value)
                  .sort()
                  .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
              )
            : value;
      expect(readFileSync(join(out, 'openapi.json'), 'utf8')).toBe(`${JSON.stringify(sortKeys(served), null, 2)}\n`);
      expect(readFileSync(join(out, 'schema.d.ts'), 'utf8')).toContain('"/api/households/{id}": {');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('platform: dependencies down and bad configuration', () => {
  it('reports 503 on readiness when Redis is unreachable, while liveness stays 200', async () => {
    const app = await startTestApp('noredis', { env: { REDIS_URL: 'redis://127.0.0.1:1', SHUTDOWN_TIMEOUT_MS: '2000' } });
    try {
      await app.http.get('/health/live').expect(200);
      const ready = await app.http.get('/health/ready').expect(503);
      expect(ready.body).toEqual({ status: 'unavailable', checks: { database: 'up', redis: 'down' } });
    } finally {
      await app.stop();
    }
  });

  it('shuts down cleanly on SIGTERM (exit code 0)', async () => {
    const app = await startTestApp('sigterm');
    await app.http.get('/health/ready').expect(200);
    expect(await app.stop()).toBe(0);
  });

  const run = (entry: string, env: Record<string, string>) =>
    spawnSync(process.execPath, [join(DIST, entry)], { env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8', timeout: 20_000 });

  it('refuses to start on an invalid DATABASE_URL, naming the setting', () => {
    const result = run('api/src/main.js', { DATABASE_URL: 'mysql://nope' });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('DATABASE_URL');
  });

  it('refuses to start in production without JWT_SECRET and DATA_ENCRYPTION_KEY, naming them (API and worker)', () => {
    for (const entry of ['api/src/main.js', 'worker/src/main.js']) {
      const result = run(entry, { NODE_ENV: 'production', DATABASE_URL: databaseUrl('parcours_never_created_test') });
      expect(result.status).not.toBe(0);
      expect(result.stderr).toMatch(/JWT_SECRET: is required in production/);
      expect(result.stderr).toMatch(/DATA_ENCRYPTION_KEY: is required in production/);
    }
  });

  it('refuses a malformed number and names it', () => {
    const result = run('api/src/main.js', { PORT: 'eighty' });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('PORT');
  });

  it('the demo seed refuses to run in production', () => {
    const result = run('api/src/cli/seed-demo.js', {
      NODE_ENV: 'production',
      JWT_SECRET: 'x'.repeat(40),
      DATA_ENCRYPTION_KEY: Buffer.alloc(32, 3).toString('base64'),
      DATABASE_URL: databaseUrl('parcours_never_created_test'),
    });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('refuses to run');
  });
});
