import { DEFAULT_TIMEZONE } from '@app/core';
import { z } from 'zod';
import { DEFAULT_DEV_SECRETS_FILE } from './dev-secrets';

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const url = (protocols: string[]) =>
  z.string().refine(
    (value) => {
      try {
        return protocols.includes(new URL(value).protocol);
      } catch {
        return false;
      }
    },
    `must be a URL starting with ${protocols.join(' or ')}//`,
  );

/** Host, port and database of a PostgreSQL URL (what the owner and application connections must share). */
function databasePath(value: string): string {
  const u = new URL(value);
  return `${u.hostname}:${u.port || '5432'}${u.pathname}`;
}

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('fr-FR', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

const dataKey = z.string().regex(/^[A-Za-z0-9+/]{43}=$/, 'must be 32 random bytes in base64 (openssl rand -base64 32)');

/**
 * Every environment variable Parcours reads, with the default that works on a development
 * machine. `.env.example` documents the same list; keep them in step.
 */
export const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    HOST: z.string().min(1).default('0.0.0.0'),
    PORT: int(0, 65535).default(3000),
    PUBLIC_URL: url(['http:', 'https:']).default('http://localhost:3000'),
    RUN_WORKER_IN_API: bool.default(true),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    // The application role: reads and writes data, owns nothing (no DDL, the audit trail append-only).
    DATABASE_URL: url(['postgres:', 'postgresql:']).default('postgres://parcours_app@127.0.0.1:5432/parcours'),
    // The owner role: runs migrations and owns the tables. Outside production it defaults to
    // DATABASE_URL as the `postgres` user (see AppConfig); in production, migrating requires it.
    DATABASE_OWNER_URL: url(['postgres:', 'postgresql:']).optional(),
    // Create the application role at start-up when it is missing (default: outside production only).
    DATABASE_CREATE_APP_ROLE: bool.optional(),
    DATABASE_POOL_MAX: int(1, 200).default(10),
    DATABASE_CONNECT_TIMEOUT_MS: int(100, 120_000).default(5_000),
    DATABASE_STATEMENT_TIMEOUT_MS: int(100, 600_000).default(15_000),
    DATABASE_MIGRATE_ON_START: bool.default(true),
    REDIS_URL: url(['redis:', 'rediss:']).default('redis://127.0.0.1:6379'),
    QUEUE_PREFIX: z
      .string()
      .regex(/^[a-zA-Z0-9:_{}-]+$/, 'letters, digits, : _ - { } only')
      .default('parcours'),
    JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    DATA_ENCRYPTION_KEY: dataKey.optional(),
    DATA_ENCRYPTION_OLD_KEYS: z
      .string()
      .transform((v) => v.split(',').map((k) => k.trim()))
      .pipe(z.array(dataKey))
      .optional(),
    // Outside production, where the secrets left unset are drawn at first start and kept (dev-secrets.ts).
    DEV_SECRETS_FILE: z.string().min(1).default(DEFAULT_DEV_SECRETS_FILE),
    ACCESS_TOKEN_TTL_SECONDS: int(60, 24 * 3600).default(900),
    SESSION_CHECK_SECONDS: int(0, 300).default(5),
    REFRESH_TOKEN_TTL_DAYS: int(1, 365).default(30),
    LOGIN_MAX_FAILURES_PER_ACCOUNT: int(1, 1000).default(5),
    LOGIN_MAX_ATTEMPTS_PER_ADDRESS: int(1, 10_000).default(30),
    LOGIN_WINDOW_SECONDS: int(1, 86_400).default(900),
    EXPENSIVE_REQUESTS_PER_MINUTE: int(1, 10_000).default(30),
    INDICATOR_READS_PER_MINUTE: int(1, 10_000).default(120),
    AUDIT_RETENTION_DAYS: int(30, 3650).default(365),
    CORS_ORIGINS: z
      .string()
      .default('')
      .transform((v) =>
        v
          .split(',')
          .map((o) => o.trim())
          .filter(Boolean),
      ),
    BODY_LIMIT_BYTES: int(1024, 50 * 1024 * 1024).default(1024 * 1024),
    TRUST_PROXY: bool.default(false),
    SHUTDOWN_TIMEOUT_MS: int(100, 120_000).default(10_000),
    CONFIG_DIR: z.string().min(1).default('config'),
    // The territory's IANA time zone: what "today" means in every context, and when the daily jobs run.
    TERRITORY_TIMEZONE: z.string().refine(isTimeZone, 'must be an IANA time zone such as Europe/Paris').default(DEFAULT_TIMEZONE),
    // Unset: the dist/web folder next to the compiled API (resolved in apps/api/src/http/web-app.ts).
    WEB_APP_DIR: z.string().min(1).optional(),
    OUTBOX_POLL_MS: int(10, 60_000).default(500),
    SMTP_HOST: z.string().min(1).default('127.0.0.1'),
    SMTP_PORT: int(1, 65535).default(1025),
    SMTP_SECURE: bool.default(false),
    SMTP_USER: z.string().optional(),
    SMTP_PASSWORD: z.string().optional(),
    MAIL_FROM: z.string().min(3).default('Parcours <rappels@parcours.localhost>'),
  })
  .superRefine((env, ctx) => {
    if (env.DATABASE_OWNER_URL && databasePath(env.DATABASE_OWNER_URL) !== databasePath(env.DATABASE_URL)) {
      ctx.addIssue({ code: 'custom', path: ['DATABASE_OWNER_URL'], message: 'must name the same server and database as DATABASE_URL' });
    }
    if (env.NODE_ENV === 'production' && !env.JWT_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['JWT_SECRET'], message: 'is required in production' });
    }
    if (env.NODE_ENV === 'production' && !env.DATA_ENCRYPTION_KEY) {
      ctx.addIssue({ code: 'custom', path: ['DATA_ENCRYPTION_KEY'], message: 'is required in production' });
    }
  });

export type Env = z.infer<typeof envSchema>;
