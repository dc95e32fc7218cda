import { isCalendarDate } from './calendar';
import { DomainError } from './domain-error';

/** A page of results with an opaque cursor for the next one (null on the last page). */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export function encodeCursor(values: Record<string, string | number>): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/** What a cursor value must be: it goes into SQL as that type, so anything else is a 400, never a cast error. */
export type CursorValue = 'timestamp' | 'uuid' | 'bigint';

const CURSOR_VALUES: Record<CursorValue, (value: string) => boolean> = {
  // An ISO instant, or PostgreSQL's timestamptz text (`2026-12-15 09:00:00.123456+00`), on a real calendar date.
  timestamp: (value) => {
    const match = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(\.\d{1,6})?(Z|[+-]\d{2}(:?\d{2})?)$/.exec(value);
    return (
      match !== null &&
      isCalendarDate(`${match[1]}-${match[2]}-${match[3]}`) &&
      Number(match[4]) < 24 &&
      Number(match[5]) < 60 &&
      Number(match[6]) < 60
    );
  },
  uuid: (value) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value),
  // A bigserial id: positive and within int8.
  bigint: (value) => /^[1-9]\d{0,18}$/.test(value) && BigInt(value) <= 9_223_372_036_854_775_807n,
};

/**
 * Reads a cursor made by encodeCursor: each key present and of its kind (`{ at: 'timestamp', id: 'uuid' }`).
 * A forged or damaged cursor answers a validation error on the `cursor` field.
 */
export function decodeCursor<K extends string>(cursor: string, kinds: Record<K, CursorValue>): Record<K, string> {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
      const record = parsed as Record<string, unknown>;
      const keys = Object.keys(kinds) as K[];
      const values = keys.map((k) => (typeof record[k] === 'string' || typeof record[k] === 'number' ? String(record[k]) : null));
      if (values.every((v, i) => v !== null && CURSOR_VALUES[kinds[keys[i]]](v))) {
        return Object.fromEntries(keys.map((k, i) => [k, values[i]])) as Record<K, string>;
      }
    }
  } catch {
    // fall through to the validation error
  }
  throw DomainError.validation([{ field: 'cursor', problems: ['cursor is not valid'] }]);
}
