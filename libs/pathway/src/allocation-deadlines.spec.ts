import { addDays, addMonths } from '@app/core';
import fc from 'fast-check';
import { conditionDueOn, nextReviewOn, offerAnswerDueOn, prefectNoticeDueOn } from './allocation-deadlines';

const day = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2080-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const R441_10 = { defaultDays: 10, minimumDays: 10 };

describe('offerAnswerDueOn (CCH R441-10)', () => {
  it('gives ten days by default, accepts the tenth day and refuses the ninth', () => {
    expect(offerAnswerDueOn('2026-12-10', undefined, R441_10)).toEqual({ ok: true, dueOn: '2026-12-20' });
    expect(offerAnswerDueOn('2026-12-25', undefined, R441_10)).toEqual({ ok: true, dueOn: '2027-01-04' });
    expect(offerAnswerDueOn('2026-12-10', '2026-12-20', R441_10)).toEqual({ ok: true, dueOn: '2026-12-20' });
    expect(offerAnswerDueOn('2026-12-10', '2026-12-19', R441_10)).toMatchObject({ ok: false });
  });

  it('never leaves the household fewer than the minimum days, whatever is asked', () => {
    fc.assert(
      fc.property(
        day,
        fc.option(fc.integer({ min: -30, max: 60 }), { nil: undefined }),
        fc.integer({ min: 10, max: 30 }),
        (offered, shift, defaultDays) => {
          const rule = { defaultDays, minimumDays: 10 };
          const result = offerAnswerDueOn(offered, shift === undefined ? undefined : addDays(offered, shift), rule);
          if (result.ok) expect(result.dueOn >= addDays(offered, 10)).toBe(true);
          else expect(shift! < 10).toBe(true);
          if (shift !== undefined && shift >= 10) expect(result).toEqual({ ok: true, dueOn: addDays(offered, shift) });
        },
      ),
    );
  });
});

describe('conditionDueOn (CCH R441-3 c)', () => {
  it('defaults to the configured days and refuses a deadline not after the allocation', () => {
    expect(conditionDueOn('2026-12-10', undefined, { defaultDays: 15 })).toEqual({ ok: true, dueOn: '2026-12-25' });
    expect(conditionDueOn('2026-12-10', '2026-12-11', { defaultDays: 15 })).toEqual({ ok: true, dueOn: '2026-12-11' });
    expect(conditionDueOn('2026-12-10', '2026-12-10', { defaultDays: 15 })).toMatchObject({ ok: false });
  });

  it('is always after the allocation', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -60, max: 60 }), (decided, shift) => {
        const result = conditionDueOn(decided, addDays(decided, shift), { defaultDays: 15 });
        expect(result.ok).toBe(shift > 0);
      }),
    );
  });
});

describe('nextReviewOn (CCH L442-8-3: periods set by the tripartite agreement)', () => {
  it('follows the periods from the lease, whenever the review is keyed in', () => {
    expect(nextReviewOn('2026-01-31', 6, '2026-01-31')).toBe('2026-07-31');
    expect(nextReviewOn('2026-01-31', 6, '2026-07-30')).toBe('2026-07-31');
    expect(nextReviewOn('2026-01-31', 6, '2026-07-31')).toBe('2027-01-31'); // reviewed on the day: the next period
    expect(nextReviewOn('2026-01-31', 6, '2026-09-02')).toBe('2027-01-31'); // late review: the grid does not shift
    expect(nextReviewOn('2026-08-31', 6, '2026-09-01')).toBe('2027-02-28'); // clamped to February's last day
    expect(nextReviewOn('2026-08-31', 6, '2027-03-01')).toBe('2027-08-31'); // ...without drifting
    expect(nextReviewOn('2026-03-15', 3, '2031-03-14')).toBe('2031-03-15');
  });

  it('is the first period end strictly after the day', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 24 }), fc.integer({ min: 0, max: 4000 }), (signed, months, after) => {
        const today = addDays(signed, after);
        const next = nextReviewOn(signed, months, today);
        expect(next > today).toBe(true);
        const periods = [...Array(200).keys()].map((k) => addMonths(signed, (k + 1) * months));
        expect(periods).toContain(next);
        const previous = periods[periods.indexOf(next) - 1];
        if (previous !== undefined) expect(previous <= today).toBe(true);
      }),
    );
  });
});

describe('prefectNoticeDueOn (CCH L442-8-3: two months before the period ends)', () => {
  it('falls two months before the end of the period', () => {
    expect(prefectNoticeDueOn('2026-07-31', 2)).toBe('2026-05-31');
    expect(prefectNoticeDueOn('2027-04-30', 2)).toBe('2027-02-28');
  });

  it('is never after the end of the period', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 12 }), (end, months) => expect(prefectNoticeDueOn(end, months) <= end).toBe(true)),
    );
  });
});
