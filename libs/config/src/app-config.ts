import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { z } from 'zod';
import { Env, envSchema } from './config.schema';
import { DevSecrets, readOrCreateDevSecrets } from './dev-secrets';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Typed, validated configuration. The only place in the code base that reads process.env. */
export class AppConfig {
  readonly env: Env['NODE_ENV'];
  readonly http: { host: string; port: number; publicUrl: string; bodyLimit: number; trustProxy: boolean; corsOrigins: string[] };
  readonly runWorkerInApi: boolean;
  readonly logLevel: Env['LOG_LEVEL'];
  readonly database: {
    /** The application role's connection (API, worker, CLIs that write data). */
    url: string;
    /** The owner role's connection (migrations, grants); undefined in production unless set. */
    ownerUrl: string | undefined;
    /** Create the application role when it is missing (development default). */
    createAppRole: boolean;
    poolMax: number;
    connectTimeoutMs: number;
    statementTimeoutMs: number;
    migrateOnStart: boolean;
  };
  readonly redis: { url: string; queuePrefix: string };
  readonly auth: {
    jwtSecret: string;
    accessTokenTtlSeconds: number;
    /** How long an API process trusts that a session is still open (0: it asks on every request). */
    sessionCheckSeconds: number;
    refreshTokenTtlDays: number;
    loginMaxFailuresPerAccount: number;
    loginMaxAttemptsPerAddress: number;
    loginWindowSeconds: number;
    /** Exports, reports, searches and imports, per user and minute. */
    expensiveRequestsPerMinute: number;
    /** Indicator reads (the coordinator's dashboard), per user and minute: a budget of their own. */
    indicatorReadsPerMinute: number;
  };
  readonly audit: { retentionDays: number };
  /** AES-256 keys of the columns sealed with FieldCipher (bank details): `current` seals, `previous` only open (key rotation). */
  readonly dataKeys: { current: Buffer; previous: Buffer[] };
  readonly shutdownTimeoutMs: number;
  readonly outboxPollMs: number;
  readonly smtp: { host: string; port: number; secure: boolean; user?: string; password?: string; from: string };
  /** The territory's IANA time zone (the Clock's "today", the daily jobs' schedules). */
  readonly timezone: string;
  /** Folder of the versioned configuration files (reminder rules, refusal reasons, ...). */
  readonly configDir: string;
  /** Folder of the built web app served at `/` (undefined: `dist/web` beside the compiled API). */
  readonly webAppDir: string | undefined;
  /** Outside production, when JWT_SECRET or DATA_ENCRYPTION_KEY is unset: the local file their random values come from. */
  readonly devSecretsFile: { path: string; created: boolean; used: string[] } | undefined;

  constructor(e: Env, dev?: { path: string; created: boolean; secrets: DevSecrets }) {
    // No secret in the source: production sets both (the schema refuses it otherwise), development draws them once.
    const jwtSecret = e.JWT_SECRET ?? dev?.secrets.jwtSecret;
    const dataKey = e.DATA_ENCRYPTION_KEY ?? dev?.secrets.dataKey;
    if (!jwtSecret || !dataKey) throw new ConfigError(['JWT_SECRET and DATA_ENCRYPTION_KEY: missing']);
    const used = [e.JWT_SECRET ? '' : 'JWT_SECRET', e.DATA_ENCRYPTION_KEY ? '' : 'DATA_ENCRYPTION_KEY'].filter(Boolean);
    this.devSecretsFile = dev && { path: dev.path, created: dev.created, used };
    this.env = e.NODE_ENV;
    this.http = {
      host: e.HOST,
      port: e.PORT,
      publicUrl: e.PUBLIC_URL,
      bodyLimit: e.BODY_LIMIT_BYTES,
      trustProxy: e.TRUST_PROXY,
      corsOrigins: e.CORS_ORIGINS,
    };
    this.runWorkerInApi = e.RUN_WORKER_IN_API;
    this.logLevel = e.LOG_LEVEL;
    this.database = {
      url: e.DATABASE_URL,
      ownerUrl: e.DATABASE_OWNER_URL ?? (e.NODE_ENV === 'production' ? undefined : asPostgresUser(e.DATABASE_URL)),
      createAppRole: e.DATABASE_CREATE_APP_ROLE ?? e.NODE_ENV !== 'production',
      poolMax: e.DATABASE_POOL_MAX,
      connectTimeoutMs: e.DATABASE_CONNECT_TIMEOUT_MS,
      statementTimeoutMs: e.DATABASE_STATEMENT_TIMEOUT_MS,
      migrateOnStart: e.DATABASE_MIGRATE_ON_START,
    };
    this.redis = { url: e.REDIS_URL, queuePrefix: e.QUEUE_PREFIX };
    this.auth = {
      jwtSecret,
      accessTokenTtlSeconds: e.ACCESS_TOKEN_TTL_SECONDS,
      sessionCheckSeconds: e.SESSION_CHECK_SECONDS,
      refreshTokenTtlDays: e.REFRESH_TOKEN_TTL_DAYS,
      loginMaxFailuresPerAccount: e.LOGIN_MAX_FAILURES_PER_ACCOUNT,
      loginMaxAttemptsPerAddress: e.LOGIN_MAX_ATTEMPTS_PER_ADDRESS,
      loginWindowSeconds: e.LOGIN_WINDOW_SECONDS,
      expensiveRequestsPerMinute: e.EXPENSIVE_REQUESTS_PER_MINUTE,
      indicatorReadsPerMinute: e.INDICATOR_READS_PER_MINUTE,
    };
    this.audit = { retentionDays: e.AUDIT_RETENTION_DAYS };
    this.dataKeys = {
      current: Buffer.from(dataKey, 'base64'),
      previous: (e.DATA_ENCRYPTION_OLD_KEYS ?? []).map((k) => Buffer.from(k, 'base64')),
    };
    this.shutdownTimeoutMs = e.SHUTDOWN_TIMEOUT_MS;
    this.configDir = e.CONFIG_DIR;
    this.timezone = e.TERRITORY_TIMEZONE;
    this.webAppDir = e.WEB_APP_DIR;
    this.outboxPollMs = e.OUTBOX_POLL_MS;
    this.smtp = {
      host: e.SMTP_HOST,
      port: e.SMTP_PORT,
      secure: e.SMTP_SECURE,
      user: e.SMTP_USER,
      password: e.SMTP_PASSWORD,
      from: e.MAIL_FROM,
    };
  }

  /** Reads and validates a JSON file of the configuration folder, naming the file and the bad fields. */
  readConfigFile<S extends z.ZodType>(name: string, schema: S): z.infer<S> {
    const path = resolve(this.configDir, name);
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new ConfigError([`${path}: ${(error as Error).message}`]);
    }
    const parsed = schema.safeParse(raw);
    if (!parsed.success) throw new ConfigError(parsed.error.issues.map((i) => `${path} ${i.path.join('.')}: ${i.message}`));
    return parsed.data;
  }

  get isProduction(): boolean {
    return this.env === 'production';
  }

  /** Parses a set of variables (process.env by default), naming every bad one. */
  static fromEnv(source: NodeJS.ProcessEnv = process.env): AppConfig {
    // Empty strings count as unset, as in most .env tooling.
    const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
    const parsed = envSchema.safeParse(cleaned);
    if (!parsed.success) {
      throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
    }
    const env = parsed.data;
    if (env.JWT_SECRET && env.DATA_ENCRYPTION_KEY) return new AppConfig(env);
    try {
      return new AppConfig(env, readOrCreateDevSecrets(env.DEV_SECRETS_FILE));
    } catch (error) {
      if (error instanceof ConfigError) throw error;
      throw new ConfigError([`DEV_SECRETS_FILE: ${(error as Error).message}`]);
    }
  }

  /** Loads `.env` from the working directory when there is one (real environment variables win). */
  static load(): AppConfig {
    try {
      process.loadEnvFile();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    return AppConfig.fromEnv();
  }
}

/** Development default of the owner connection: the same database as the `postgres` user (trust auth on localhost). */
function asPostgresUser(url: string): string {
  const owner = new URL(url);
  owner.username = 'postgres';
  owner.password = '';
  return owner.toString();
}

/** Loads the configuration or ends the process with a message naming every bad setting. */
export function loadConfigOrExit(): AppConfig {
  try {
    const config = AppConfig.load();
    const dev = config.devSecretsFile;
    if (dev) {
      // Once per process start, in one line: where the secrets are and that they are for this machine only.
      process.stdout.write(
        `Development secrets (${dev.used.join(', ')}: not set) ${dev.created ? 'created in' : 'read from'} ${dev.path}: keep this file out of git; production sets JWT_SECRET and DATA_ENCRYPTION_KEY\n`,
      );
    }
    return config;
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
}
