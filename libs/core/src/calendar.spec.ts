import { civilDate } from './calendar';

describe('civilDate', () => {
  it('gives the civil date of an instant in each time zone, whichever zone was asked first', () => {
    const instant = new Date('2026-03-31T22:30:00Z');
    expect(civilDate(instant, 'Europe/Paris')).toBe('2026-04-01'); // summer time: 00:30
    expect(civilDate(instant, 'America/Cayenne')).toBe('2026-03-31'); // 19:30
    expect(civilDate(instant, 'Pacific/Noumea')).toBe('2026-04-01');
    expect(civilDate(new Date('2026-01-15T22:59:59Z'), 'Europe/Paris')).toBe('2026-01-15'); // winter time: 23:59:59
    expect(civilDate(new Date('2026-01-15T23:00:00Z'), 'Europe/Paris')).toBe('2026-01-16');
  });
});
