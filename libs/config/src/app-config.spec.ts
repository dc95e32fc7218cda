import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppConfig as RealAppConfig, ConfigError } from './app-config';

// Development secrets of these tests go to a temporary folder, never to the working directory.
const devSecretsDir = mkdtempSync(join(tmpdir(), 'parcours-config-'));
const AppConfig = {
  fromEnv: (source: NodeJS.ProcessEnv) => RealAppConfig.fromEnv({ DEV_SECRETS_FILE: join(devSecretsDir, 'secrets.json'), ...source }),
};

describe('AppConfig', () => {
  it('works out of the box on a development machine', () => {
    const config = AppConfig.fromEnv({});
    expect(config.env).toBe('development');
    expect(config.http.port).toBe(3000);
    expect(config.database.url).toBe('postgres://parcours_app@127.0.0.1:5432/parcours');
    expect(config.database.ownerUrl).toBe('postgres://postgres@127.0.0.1:5432/parcours');
    expect(config.redis).toEqual({ url: 'redis://127.0.0.1:6379', queuePrefix: 'parcours' });
    expect(config.auth.jwtSecret.length).toBeGreaterThanOrEqual(32);
    expect(config.audit.retentionDays).toBe(365);
    expect(config.runWorkerInApi).toBe(true);
  });

  it('leaves the web app folder to the API unless WEB_APP_DIR names one', () => {
    expect(AppConfig.fromEnv({}).webAppDir).toBeUndefined();
    expect(AppConfig.fromEnv({ WEB_APP_DIR: '' }).webAppDir).toBeUndefined();
    expect(AppConfig.fromEnv({ WEB_APP_DIR: '/srv/parcours/web' }).webAppDir).toBe('/srv/parcours/web');
  });

  it('parses numbers, booleans and lists', () => {
    const config = AppConfig.fromEnv({
      PORT: '8080',
      RUN_WORKER_IN_API: 'false',
      CORS_ORIGINS: 'https://a.example, https://b.example',
      AUDIT_RETENTION_DAYS: '400',
    });
    expect(config.http.port).toBe(8080);
    expect(config.runWorkerInApi).toBe(false);
    expect(config.http.corsOrigins).toEqual(['https://a.example', 'https://b.example']);
    expect(config.audit.retentionDays).toBe(400);
  });

  it('names every malformed setting in one error', () => {
    const attempt = () =>
      AppConfig.fromEnv({ DATABASE_URL: 'mysql://x', PORT: 'eighty', RUN_WORKER_IN_API: 'maybe', AUDIT_RETENTION_DAYS: '3' });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      const problems = (error as ConfigError).problems.map((p) => p.split(':')[0]).sort();
      expect(problems).toEqual(['AUDIT_RETENTION_DAYS', 'DATABASE_URL', 'PORT', 'RUN_WORKER_IN_API']);
    }
  });

  it('requires a real JWT secret in production, and refuses a short one anywhere', () => {
    expect(() => AppConfig.fromEnv({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET: is required in production/);
    expect(() => AppConfig.fromEnv({ JWT_SECRET: 'short' })).toThrow(/JWT_SECRET: must be at least 32 characters/);
    const key = Buffer.alloc(32, 7).toString('base64');
    const config = AppConfig.fromEnv({ NODE_ENV: 'production', JWT_SECRET: 'p'.repeat(40), DATA_ENCRYPTION_KEY: key });
    expect(config.auth.jwtSecret).toBe('p'.repeat(40));
    expect(config.isProduction).toBe(true);
  });

  it('requires a 32-byte data key in production, and refuses a malformed one anywhere', () => {
    expect(() => AppConfig.fromEnv({ NODE_ENV: 'production', JWT_SECRET: 'p'.repeat(40) })).toThrow(
      /DATA_ENCRYPTION_KEY: is required in production/,
    );
    expect(() => AppConfig.fromEnv({ DATA_ENCRYPTION_KEY: Buffer.alloc(16).toString('base64') })).toThrow(
      /DATA_ENCRYPTION_KEY: must be 32/,
    );
    expect(AppConfig.fromEnv({}).dataKeys.current).toHaveLength(32);
    const rotating = AppConfig.fromEnv({
      DATA_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString('base64'),
      DATA_ENCRYPTION_OLD_KEYS: `${Buffer.alloc(32, 2).toString('base64')}, ${Buffer.alloc(32, 3).toString('base64')}`,
    });
    expect(rotating.dataKeys).toEqual({ current: Buffer.alloc(32, 1), previous: [Buffer.alloc(32, 2), Buffer.alloc(32, 3)] });
    expect(() => AppConfig.fromEnv({ DATA_ENCRYPTION_OLD_KEYS: 'short' })).toThrow(/DATA_ENCRYPTION_OLD_KEYS/);
  });

  it('writes no secret in the source: development draws them once, keeps them in a 0600 file and reuses them', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'parcours-dev-')), 'secrets.json');
    const first = RealAppConfig.fromEnv({ DEV_SECRETS_FILE: file });
    expect(first.devSecretsFile).toEqual({ path: file, created: true, used: ['JWT_SECRET', 'DATA_ENCRYPTION_KEY'] });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { jwtSecret: string; dataKey: string };
    expect(first.auth.jwtSecret).toBe(stored.jwtSecret);
    expect(first.dataKeys.current).toEqual(Buffer.from(stored.dataKey, 'base64'));
    const second = RealAppConfig.fromEnv({ DEV_SECRETS_FILE: file });
    expect(second.devSecretsFile).toMatchObject({ path: file, created: false });
    expect(second.auth.jwtSecret).toBe(first.auth.jwtSecret);
    // Another machine (another file) draws other secrets.
    const other = RealAppConfig.fromEnv({ DEV_SECRETS_FILE: `${file}.other` });
    expect(other.auth.jwtSecret).not.toBe(first.auth.jwtSecret);
    expect(other.dataKeys.current).not.toEqual(first.dataKeys.current);
    // Set in the environment: no file at all.
    const key = Buffer.alloc(32, 7).toString('base64');
    expect(
      RealAppConfig.fromEnv({ JWT_SECRET: 'p'.repeat(40), DATA_ENCRYPTION_KEY: key, DEV_SECRETS_FILE: `${file}.unused` }).devSecretsFile,
    ).toBeUndefined();
  });

  it('treats empty values as unset', () => {
    expect(AppConfig.fromEnv({ PORT: '', REDIS_URL: '' }).http.port).toBe(3000);
  });

  it('migrates as an owner role apart from the application role; in production only when told which', () => {
    const dev = AppConfig.fromEnv({ DATABASE_URL: 'postgres://app:secret@db.example:5433/parcours' });
    expect(dev.database).toMatchObject({ ownerUrl: 'postgres://postgres@db.example:5433/parcours', createAppRole: true });
    const production = { NODE_ENV: 'production', JWT_SECRET: 'p'.repeat(40), DATA_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64') };
    // No owner in production unless set: migrating then stops with a message naming DATABASE_OWNER_URL.
    expect(AppConfig.fromEnv(production).database).toMatchObject({ ownerUrl: undefined, createAppRole: false });
    const owner = 'postgres://parcours_owner:o@127.0.0.1:5432/parcours';
    expect(AppConfig.fromEnv({ ...production, DATABASE_OWNER_URL: owner }).database.ownerUrl).toBe(owner);
    expect(() => AppConfig.fromEnv({ DATABASE_OWNER_URL: 'postgres://o@127.0.0.1:5432/elsewhere' })).toThrow(
      /DATABASE_OWNER_URL: must name the same server and database as DATABASE_URL/,
    );
  });
});
