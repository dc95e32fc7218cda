import fc from 'fast-check';
import { addMonths, ageOn, anniversary, isCalendarDate } from '@app/core';
import { ibanProblem } from './iban';
import { stipendSchedule } from './schedule';

const base = { maxDurationMonths: 18, ageLimitYears: 25 };

describe('stipend schedule', () => {
  it('pays one month per month begun from the start day, up to the maximum duration', () => {
    const s = stipendSchedule({ ...base, startsOn: '2026-03-15', birthDate: '2005-01-10' });
    expect(s.plannedEndOn).toBe('2027-09-14');
    expect(s.months).toHaveLength(18);
    expect(s.months[0]).toEqual({ month: '2026-03', periodStart: '2026-03-15', periodEnd: '2026-04-14' });
    expect(s.months[17]).toEqual({ month: '2027-08', periodStart: '2027-08-15', periodEnd: '2027-09-14' });
  });

  it('a start on the 31st falls on the last day of shorter months and comes back to the 31st', () => {
    const s = stipendSchedule({ ...base, startsOn: '2027-01-31', birthDate: '2005-06-01', maxDurationMonths: 4 });
    expect(s.months.map((m) => m.periodStart)).toEqual(['2027-01-31', '2027-02-28', '2027-03-31', '2027-04-30']);
    expect(s.months.map((m) => m.periodEnd)).toEqual(['2027-02-27', '2027-03-30', '2027-04-29', '2027-05-30']);
    expect(s.plannedEndOn).toBe('2027-05-30');
    // In a leap year February has its 29th.
    expect(stipendSchedule({ ...base, startsOn: '2028-01-31', birthDate: '2005-06-01', maxDurationMonths: 2 }).months[1].periodStart).toBe(
      '2028-02-29',
    );
  });

  it('ends with the month before the 25th birthday when that comes first', () => {
    const s = stipendSchedule({ ...base, startsOn: '2026-01-01', birthDate: '2001-07-20' });
    expect(s.ageLimitOn).toBe('2026-07-20');
    expect(s.plannedEndOn).toBe('2026-06-30');
    expect(s.months.map((m) => m.month)).toEqual(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06']);
    expect(s.months[5].periodEnd).toBe('2026-06-30');
  });

  it('someone born on 29 February turns 25 on 1 March in a common year, so February is still paid', () => {
    expect(anniversary('2004-02-29', 25)).toBe('2029-03-01');
    expect(anniversary('2004-02-29', 24)).toBe('2028-02-29');
    expect(ageOn('2004-02-29', '2029-02-28')).toBe(24);
    expect(ageOn('2004-02-29', '2029-03-01')).toBe(25);
    const s = stipendSchedule({ ...base, startsOn: '2028-11-10', birthDate: '2004-02-29' });
    expect(s.plannedEndOn).toBe('2029-02-28');
    expect(s.months.map((m) => m.month)).toEqual(['2028-11', '2028-12', '2029-01', '2029-02']);
    // (25 years after a leap year is never a leap year: the rule always applies to them.)
  });

  it('has no month when the person reaches the limit within the start month', () => {
    const s = stipendSchedule({ ...base, startsOn: '2026-05-02', birthDate: '2001-05-20' });
    expect(s.months).toEqual([]);
  });

  it('properties: months are distinct, ordered, contiguous, within the limits', () => {
    const date = fc
      .record({ y: fc.integer({ min: 1995, max: 2040 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
      .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`)
      .filter(isCalendarDate);
    fc.assert(
      fc.property(date, date, fc.integer({ min: 1, max: 36 }), (startsOn, birthDate, maxDurationMonths) => {
        const s = stipendSchedule({ startsOn, birthDate, maxDurationMonths, ageLimitYears: 25 });
        expect(s.months.length).toBeLessThanOrEqual(maxDurationMonths);
        s.months.forEach((m, k) => {
          expect(m.periodStart).toBe(addMonths(startsOn, k));
          expect(m.month).toBe(m.periodStart.slice(0, 7));
          expect(m.periodStart <= m.periodEnd).toBe(true);
          expect(m.periodEnd <= s.plannedEndOn).toBe(true);
          expect(ageOn(birthDate, m.periodStart)).toBeLessThan(25);
          if (k > 0) expect(m.month > s.months[k - 1].month).toBe(true);
        });
        if (s.months.length > 0) expect(s.months.at(-1)!.periodEnd).toBe(s.plannedEndOn);
      }),
    );
  });
});

describe('IBAN', () => {
  it('accepts valid IBANs, with or without spaces', () => {
    expect(ibanProblem('FR76 3000 6000 0112 3456 7890 189')).toBeNull();
    expect(ibanProblem('DE89370400440532013000')).toBeNull();
    expect(ibanProblem('be68539007547034')).toBeNull();
  });

  it('refuses a wrong check, a wrong length or garbage', () => {
    expect(ibanProblem('FR76 3000 6000 0112 3456 7890 188')).toMatch(/mod 97/);
    expect(ibanProblem('FR76 3000 6000 0112 3456 7890 18')).toMatch(/27 characters/);
    expect(ibanProblem("FR76'; DROP TABLE--")).toMatch(/must be an IBAN/);
  });

  it('catches every single-digit typo of a valid IBAN', () => {
    const valid = 'FR7630006000011234567890189';
    fc.assert(
      fc.property(fc.integer({ min: 4, max: valid.length - 1 }), fc.integer({ min: 1, max: 9 }), (i, delta) => {
        if (!/\d/.test(valid[i])) return;
        const typo = valid.slice(0, i) + String((Number(valid[i]) + delta) % 10) + valid.slice(i + 1);
        expect(ibanProblem(typo)).not.toBeNull();
      }),
    );
  });
});
