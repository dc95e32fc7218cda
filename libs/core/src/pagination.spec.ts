import fc from 'fast-check';
import { DomainError } from './domain-error';
import { decodeCursor, encodeCursor } from './pagination';

describe('cursors', () => {
  it('round-trip any values', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer(), (a, b) => {
        expect(decodeCursor(encodeCursor({ a, b }), ['a', 'b'])).toEqual({ a, b: String(b) });
      }),
    );
  });

  it('reject garbage and missing keys with a validation error on the cursor field', () => {
    for (const bad of ['garbage', encodeCursor({ a: 'x' }), Buffer.from('[1]').toString('base64url'), '']) {
      try {
        decodeCursor(bad, ['a', 'b']);
        throw new Error('should have failed');
      } catch (error) {
        expect(error).toBeInstanceOf(DomainError);
        expect((error as DomainError).details).toEqual([{ field: 'cursor', problems: ['cursor is not valid'] }]);
      }
    }
  });
});
