import fc from 'fast-check';
import { DomainError } from './domain-error';
import { decodeCursor, encodeCursor } from './pagination';

const invalid = (cursor: string, kinds: Parameters<typeof decodeCursor>[1]) => {
  try {
    decodeCursor(cursor, kinds);
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).details).toEqual([{ field: 'cursor', problems: ['cursor is not valid'] }]);
    return true;
  }
  return false;
};

describe('cursors', () => {
  it('round-trip the values they are made of', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }),
        fc.uuid(),
        fc.bigInt({ min: 1n, max: 2n ** 63n - 1n }),
        (at, id, n) => {
          const values = { at: at.toISOString(), id, n: n.toString() };
          expect(decodeCursor(encodeCursor(values), { at: 'timestamp', id: 'uuid', n: 'bigint' })).toEqual(values);
        },
      ),
    );
    // PostgreSQL's own timestamptz text, as the commission list keeps it (microseconds).
    const at = '2026-12-15 09:00:00.123456+00';
    expect(decodeCursor(encodeCursor({ at }), { at: 'timestamp' })).toEqual({ at });
  });

  it('reject garbage, missing keys and forged values with a validation error on the cursor field', () => {
    const kinds = { at: 'timestamp', id: 'uuid' } as const;
    for (const bad of [
      'garbage',
      '',
      encodeCursor({ at: '2026-01-01T00:00:00Z' }),
      Buffer.from('[1]').toString('base64url'),
      encodeCursor({ at: 'yesterday', id: '00000000-0000-4000-8000-000000000000' }),
      encodeCursor({ at: '2026-02-30T00:00:00Z', id: '00000000-0000-4000-8000-000000000000' }),
      encodeCursor({ at: '2026-01-01T00:00:00Z', id: "' OR 1=1 --" }),
    ]) {
      expect({ bad, invalid: invalid(bad, kinds) }).toEqual({ bad, invalid: true });
    }
    for (const id of ['0', '-1', '1.5', '9223372036854775808', '99999999999999999999']) {
      expect({ id, invalid: invalid(encodeCursor({ id }), { id: 'bigint' }) }).toEqual({ id, invalid: true });
    }
    expect(invalid(encodeCursor({ id: 1e20 }), { id: 'bigint' })).toBe(true);
  });
});
