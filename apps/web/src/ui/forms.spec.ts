import fc from 'fast-check';
import { instant, localDateTime } from './forms';

describe('instant', () => {
  it('reads a datetime-local value in the browser zone', () => {
    expect(new Date(instant('2025-03-14T09:30')).getTime()).toBe(new Date(2025, 2, 14, 9, 30).getTime());
  });

  it('takes a field left as it opened as now, even a minute later, so a step is not dated before the one just recorded', () => {
    const opened = localDateTime(new Date(Date.now() - 90_000));
    const before = Date.now();
    const sent = new Date(instant(opened, opened)).getTime();
    expect(sent).toBeGreaterThanOrEqual(before);
    expect(sent).toBeLessThanOrEqual(Date.now());
  });

  it('keeps any other minute as typed (round trip through localDateTime)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01'), max: new Date(Date.now() - 120_000), noInvalidDate: true }), (date) => {
        const minute = new Date(date);
        minute.setSeconds(0, 0);
        expect(instant(localDateTime(minute), localDateTime())).toBe(minute.toISOString());
      }),
    );
  });
});
