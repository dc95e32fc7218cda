import { DomainError } from './domain-error';

/** A page of results with an opaque cursor for the next one (null on the last page). */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export function encodeCursor(values: Record<string, string | number>): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor<K extends string>(cursor: string, keys: readonly K[]): Record<K, string> {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (typeof parsed === 'object' && parsed !== null) {
      const record = parsed as Record<string, unknown>;
      if (keys.every((k) => typeof record[k] === 'string' || typeof record[k] === 'number')) {
        return Object.fromEntries(keys.map((k) => [k, String(record[k])])) as Record<K, string>;
      }
    }
  } catch {
    // fall through to the validation error
  }
  throw DomainError.validation([{ field: 'cursor', problems: ['cursor is not valid'] }]);
}
