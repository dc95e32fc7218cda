import { reportDueOn } from './report-due';

describe('the execution report due', () => {
  it('is the year before’s, due 31 March, announced during March only', () => {
    expect(reportDueOn('2026-03-01')).toEqual({ year: 2025, dueOn: '2026-03-31' });
    expect(reportDueOn('2026-03-31')).toEqual({ year: 2025, dueOn: '2026-03-31' });
    expect(reportDueOn('2026-02-28')).toBeNull();
    expect(reportDueOn('2026-04-01')).toBeNull();
  });
});
