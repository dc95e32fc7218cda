import fc from 'fast-check';
import { formatCents, parseEuros } from './money';

describe('amounts in euros and cents', () => {
  it('reads what a French reader types', () => {
    expect(parseEuros('1 234,56')).toBe(123_456);
    expect(parseEuros('300')).toBe(30_000);
    expect(parseEuros('-12.5')).toBe(-1250);
    expect(parseEuros('0,07 €')).toBe(7);
    expect(parseEuros('12,345')).toBeNull();
    expect(parseEuros('douze')).toBeNull();
    expect(parseEuros('')).toBeNull();
  });

  it('reads back exactly what it writes, whatever the amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000_000, max: 10_000_000_000 }), (cents) => {
        expect(parseEuros(formatCents(cents).replace('−', '-'))).toBe(cents);
      }),
    );
  });
});
