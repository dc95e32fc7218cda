import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { startTestApp } from '../support/app';
import { eventually } from '../support/eventually';
import { freePort, startRedis } from '../resilience/support';

const API = join(__dirname, '..', '..', 'dist/apps/api/src/main.js');
const lines = (text: string) => text.split('\n').filter((line) => line.trim() !== '');

// A new user's first start on a machine where a service is missing: one line that says what to do.
describe('first start with a service missing', () => {
  it('PostgreSQL unreachable: exits non-zero with one line naming DATABASE_URL, the address and how to start it', async () => {
    const port = await freePort();
    const result = spawnSync(process.execPath, [API], {
      env: {
        PATH: process.env.PATH ?? '',
        DATABASE_URL: `postgres://postgres@127.0.0.1:${port}/parcours`,
        PORT: '0',
        // Secrets set: the development secrets file would add its own line.
        JWT_SECRET: 'x'.repeat(40),
        DATA_ENCRYPTION_KEY: Buffer.alloc(32, 2).toString('base64'),
      },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.status).not.toBe(0);
    expect(lines(result.stdout + result.stderr)).toHaveLength(1);
    expect(result.stderr).toContain(`PostgreSQL (DATABASE_URL) is unreachable at 127.0.0.1:${port}`);
    expect(result.stderr).toContain('pg_ctlcluster --skip-systemctl-redirect <version> main start');
    expect(result.stderr).toContain('docker compose up -d postgres redis');
  });

  it('Redis unreachable: starts, says so once naming REDIS_URL, answers 503 on readiness, stays quiet, and notices when Redis is back', async () => {
    const port = await freePort();
    const app = await startTestApp('firstnoredis', { env: { REDIS_URL: `redis://127.0.0.1:${port}`, SHUTDOWN_TIMEOUT_MS: '2000' } });
    let redis: Awaited<ReturnType<typeof startRedis>> | undefined;
    try {
      const ready = await app.http.get('/health/ready').expect(503);
      expect(ready.body).toEqual({ status: 'unavailable', checks: { database: 'up', redis: 'down' } });
      // ioredis and BullMQ retry many times in these seconds: each attempt used to print an error object.
      await new Promise((resolve) => setTimeout(resolve, 5_000));
      await app.http.get('/health/ready').expect(503);
      const output = app.output();
      expect(output.match(/REDIS_URL/g)).toHaveLength(1);
      expect(output).toContain(`Redis (REDIS_URL) is unreachable at 127.0.0.1:${port}`);
      expect(output).toContain(`redis-server --daemonize yes --bind 127.0.0.1 --port ${port}`);
      expect(output).toContain('docker compose up -d postgres redis');
      // Every line is one structured log line: no multi-line error dumps, no stack traces.
      for (const line of lines(output)) expect(() => JSON.parse(line) as unknown).not.toThrow();
      expect(output).not.toMatch(/ECONNREFUSED.*ECONNREFUSED/s);

      // It kept retrying: once Redis runs, readiness turns 200 and the log says so once.
      redis = await startRedis(port);
      await eventually(async () => ((await app.http.get('/health/ready')).status === 200 ? true : undefined), 15_000, 250);
      expect(app.output()).toContain(`Redis is reachable again at 127.0.0.1:${port}`);
    } finally {
      await app.stop();
      redis?.kill();
    }
  });
});
