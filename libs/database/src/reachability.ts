/** Errors that mean "no PostgreSQL answers at that address", as opposed to a refused login or a missing database. */
const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNRESET']);
const UNREACHABLE_MESSAGES = /timeout expired|Connection terminated (due to connection timeout|unexpectedly)|ECONNREFUSED|ENOTFOUND/;

export function isDatabaseUnreachable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  return (typeof code === 'string' && UNREACHABLE_CODES.has(code)) || UNREACHABLE_MESSAGES.test(error.message);
}

/** host:port of a DATABASE_URL, without the credentials. */
export function databaseAddress(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || 5432}`;
}

/**
 * One line for a first start without PostgreSQL: the setting, the address tried and how to start
 * the service (the bare "connect ECONNREFUSED 127.0.0.1:5432" said none of that).
 */
export function databaseUnreachableMessage(url: string, error: Error): string {
  const reason = error.message || (error as { code?: string }).code || 'no answer';
  return (
    `PostgreSQL (DATABASE_URL) is unreachable at ${databaseAddress(url)}: ${reason}. ` +
    `Start it (Debian: pg_ctlcluster --skip-systemctl-redirect <version> main start, versions in /etc/postgresql; ` +
    `Docker: docker compose up -d postgres redis) or change that setting.`
  );
}

/** The error to throw instead of `error` when it means PostgreSQL cannot be reached. */
export function explainDatabaseError(url: string, error: unknown): unknown {
  return isDatabaseUnreachable(error) ? new Error(databaseUnreachableMessage(url, error as Error)) : error;
}
