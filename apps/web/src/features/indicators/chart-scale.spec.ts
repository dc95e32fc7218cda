import fc from 'fast-check';
import { axisTop } from './chart-scale';

describe('chart axis', () => {
  it('rounds the top of the axis up to four round steps', () => {
    expect(axisTop(0)).toBe(4);
    expect(axisTop(3)).toBe(4);
    expect(axisTop(37)).toBe(40);
    expect(axisTop(41)).toBe(80);
    expect(axisTop(123_456)).toBe(200_000);
  });

  it('always holds the highest value, within two and a half times it', () => {
    fc.assert(
      fc.property(fc.double({ min: 4, max: 1e12, noNaN: true }), (max) => {
        const top = axisTop(max);
        expect(top).toBeGreaterThanOrEqual(max);
        expect(top).toBeLessThanOrEqual(max * 2.5 + 1e-6);
      }),
    );
  });
});
