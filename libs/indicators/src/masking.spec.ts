import fc from 'fast-check';
import { Cell, maskCells } from './masking';

const cell = (key: string, n: number): Cell => ({ key, value: n, contributors: n });

describe('statistical masking', () => {
  it('hides cells of 1 to the threshold, never 0 alone nor larger cells', () => {
    expect(maskCells([cell('a', 0), cell('b', 25), cell('c', 40)], 10).map((c) => c.masked)).toEqual([false, false, false]);
  });

  it('hides a second cell when only one is masked (else total minus the others gives it away)', () => {
    const result = maskCells([cell('a', 3), cell('b', 25), cell('c', 40)], 10);
    expect(result).toEqual([
      { key: 'a', value: null, masked: true },
      { key: 'b', value: null, masked: true },
      { key: 'c', value: 40, masked: false },
    ]);
  });

  it('keeps hiding while the hidden cells together hold no more than the threshold', () => {
    const result = maskCells([cell('a', 1), cell('b', 2), cell('c', 30), cell('d', 12)], 10);
    expect(result.filter((c) => c.masked).map((c) => c.key)).toEqual(['a', 'b', 'd']);
  });

  it('hides a zero cell when a lone small cell has no other to hide with', () => {
    expect(maskCells([cell('a', 4), cell('b', 0)], 10).every((c) => c.masked)).toBe(true);
  });

  it('never leaves a masked cell that the total and the visible cells would rebuild', () => {
    const cells = fc.uniqueArray(fc.record({ key: fc.string({ minLength: 1, maxLength: 3 }), n: fc.nat(60) }), {
      selector: (c) => c.key,
      minLength: 1,
      maxLength: 8,
    });
    fc.assert(
      fc.property(cells, fc.integer({ min: 1, max: 15 }), (raw, threshold) => {
        const input = raw.map((c) => cell(c.key, c.n));
        const result = maskCells(input, threshold);
        const masked = result.filter((c) => c.masked);
        // Primary: every small cell is hidden.
        input.forEach((c, i) => {
          if (c.contributors >= 1 && c.contributors <= threshold) expect(result[i].masked).toBe(true);
        });
        if (masked.length > 0 && masked.length < input.length) {
          // Secondary: never a lone hidden cell, and the hidden cells together exceed the threshold.
          expect(masked.length).toBeGreaterThanOrEqual(2);
          const hidden = input.filter((_, i) => result[i].masked).reduce((s, c) => s + c.contributors, 0);
          expect(hidden).toBeGreaterThan(threshold);
        }
        // Visible cells show their exact value.
        result.forEach((c, i) => {
          if (!c.masked) expect(c.value).toBe(input[i].value);
        });
      }),
    );
  });
});
