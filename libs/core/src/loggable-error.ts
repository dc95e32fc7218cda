import { createHash } from 'node:crypto';

interface DatabaseErrorLike {
  name?: string;
  code?: string;
  query?: string;
  parameters?: unknown;
  table?: string;
  constraint?: string;
  column?: string;
  driverError?: DatabaseErrorLike;
}

const isDatabaseError = (error: DatabaseErrorLike): boolean =>
  'parameters' in error || 'driverError' in error || ('severity' in error && 'routine' in error);

/**
 * What a log line may say about an error. A failed query (TypeORM's QueryFailedError, a pg error)
 * carries its SQL, its parameters and a message or detail that may quote them (names, birth dates,
 * a health note, "Failing row contains (...)"): the log gets the PostgreSQL error code, a hash of
 * the statement (the same statement always hashes alike), and the table, column and constraint
 * names, never a value. Other errors keep their name, message and stack.
 */
export function loggableError(error: unknown): Record<string, unknown> {
  if (typeof error !== 'object' || error === null) return { message: String(error) };
  const candidate = error as DatabaseErrorLike;
  if (isDatabaseError(candidate)) {
    const driver = candidate.driverError ?? candidate;
    return {
      type: candidate.name ?? 'DatabaseError',
      pgCode: driver.code,
      statement: candidate.query ? createHash('sha256').update(candidate.query).digest('hex').slice(0, 16) : undefined,
      table: driver.table,
      column: driver.column,
      constraint: driver.constraint,
    };
  }
  const plain = error as Error;
  return { type: plain.name, message: plain.message, stack: plain.stack };
}

/** The same, as one line of text (for log messages built as strings). */
export function loggableErrorText(error: unknown): string {
  const fields = loggableError(error);
  if ('pgCode' in fields) {
    return Object.entries(fields)
      .filter(([key, value]) => value !== undefined && key !== 'type')
      .reduce((text, [key, value]) => `${text} ${key}=${String(value)}`, String(fields.type));
  }
  return `${String(fields.type)}: ${String(fields.message)}`;
}
