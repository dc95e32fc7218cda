import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { addDays, addMonths } from '@app/core';
import { LandlordKind } from './arrears.types';
import {
  afterWinterTruce,
  ArrearsConfig,
  arrearsConfigSchema,
  ccapexThresholds,
  earliestEviction,
  FactDates,
  inWinterTruce,
  legalDeadlines,
  nextDeadline,
  ProcedureContext,
  StageDates,
} from './legal-deadlines';

const config: ArrearsConfig = arrearsConfigSchema.parse(
  JSON.parse(readFileSync(resolve(__dirname, '../../../config/arrears.json'), 'utf8')),
);
const truce = config.winterTruce;
/** A lease signed under the 2023 law unless told, the prefect informed on the day of a notice to quit. */
const context = (
  stages: readonly StageDates[],
  {
    kind = 'individual',
    leaseSignedOn = '2024-01-01',
    facts,
  }: { kind?: LandlordKind; leaseSignedOn?: string | null; facts?: FactDates[] } = {},
): ProcedureContext => ({
  landlordKind: kind,
  leaseSignedOn,
  facts:
    facts ??
    stages.filter((s) => s.stage === 'notice_to_quit').map((s) => ({ kind: 'prefect_informed' as const, occurredOn: s.occurredOn })),
});
const due = (state: Parameters<typeof legalDeadlines>[0], stages: StageDates[], kind: LandlordKind = 'individual') =>
  Object.fromEntries(legalDeadlines(state, stages, context(stages, { kind }), config).map((d) => [d.code, d.dueOn]));
const day = (from: string, span = 365 * 20) => fc.integer({ min: 0, max: span }).map((n) => addDays(from, n));

describe('legal deadlines of an arrears procedure (config/arrears.json)', () => {
  describe('termination clause: the delay of the law the lease was signed under (Cass. 3e civ., avis 13 June 2024, n° 24-70.002)', () => {
    const notice = (occurredOn: string, leaseSignedOn: string | null) => {
      const stages: StageDates[] = [{ stage: 'formal_notice', occurredOn }];
      return legalDeadlines('formal_notice', stages, context(stages, { leaseSignedOn }), config)[0];
    };

    it('gives 6 weeks to a lease signed from 29 July 2023, 2 months to one signed before, whatever the notice’s date', () => {
      expect(notice('2026-01-10', '2023-07-29')).toMatchObject({ dueOn: '2026-02-21', delay: { weeks: 6 } });
      expect(notice('2026-01-10', '2023-07-28')).toMatchObject({ dueOn: '2026-03-10', delay: { months: 2 } });
      expect(notice('2023-07-28', '2019-05-01')).toMatchObject({ dueOn: '2023-09-28' });
      expect(notice('2026-01-10', '2023-07-29').undetermined).toBeUndefined();
    });

    it('shows both dates and says why when the lease’s date is unknown, the earlier as the deadline', () => {
      const unknown = notice('2026-01-10', null);
      expect(unknown).toMatchObject({
        dueOn: '2026-02-21',
        delay: { weeks: 6 },
        undetermined: {
          reason: 'lease_signed_on_unknown',
          note: expect.stringContaining('24-70.002'),
          candidates: [
            { dueOn: '2026-03-10', delay: { months: 2 }, leaseSignedFrom: '1989-07-08', leaseSignedBefore: '2023-07-29' },
            { dueOn: '2026-02-21', delay: { weeks: 6 }, leaseSignedFrom: '2023-07-29', leaseSignedBefore: null },
          ],
        },
      });
      // A notice served before the 2023 law: any lease was signed before it, two months without doubt.
      expect(notice('2023-07-28', null)).toMatchObject({ dueOn: '2023-09-28', delay: { months: 2 } });
      expect(notice('2023-07-28', null).undetermined).toBeUndefined();
    });

    it('for any dates: 2 months before 29 July 2023, 6 weeks from it; unknown: both, when the notice allows both', () => {
      fc.assert(
        fc.property(day('2000-01-01', 365 * 40), day('1995-01-01', 365 * 40), (noticeOn, leaseOn) => {
          const known = notice(noticeOn, leaseOn);
          expect(known.dueOn).toBe(leaseOn >= '2023-07-29' ? addDays(noticeOn, 42) : addMonths(noticeOn, 2));
          const unknown = notice(noticeOn, null);
          if (noticeOn >= '2023-07-29') {
            expect(unknown.undetermined?.candidates.map((c) => c.dueOn)).toEqual([addMonths(noticeOn, 2), addDays(noticeOn, 42)]);
            expect(unknown.dueOn).toBe(addDays(noticeOn, 42));
          } else {
            expect(unknown.dueOn).toBe(addMonths(noticeOn, 2));
            expect(unknown.undetermined).toBeUndefined();
          }
        }),
      );
    });
  });

  it('follows a configuration change of a legal delay', () => {
    const changed: ArrearsConfig = {
      ...config,
      deadlines: config.deadlines.map((d) =>
        d.code === 'termination_clause_effective' ? { ...d, delays: [{ effectiveFrom: '2027-01-01', weeks: 4 }, ...d.delays] } : d,
      ),
    };
    const at = (leaseSignedOn: string) => {
      const stages: StageDates[] = [{ stage: 'formal_notice', occurredOn: '2027-03-01' }];
      return legalDeadlines('formal_notice', stages, context(stages, { leaseSignedOn }), changed)[0].dueOn;
    };
    expect(at('2026-12-31')).toBe('2027-04-12');
    expect(at('2027-01-01')).toBe('2027-03-29');
  });

  it('asks a company landlord to wait 2 months after the CCAPEX referral, not a private one', () => {
    const stages: StageDates[] = [{ stage: 'ccapex_referral', occurredOn: '2026-03-31' }];
    expect(due('ccapex_referral', stages, 'company')).toEqual({ earliest_summons_after_ccapex: '2026-05-31' });
    expect(due('ccapex_referral', stages, 'individual')).toEqual({});
    expect(due('ccapex_referral', stages, 'family_sci')).toEqual({});
  });

  it('counts the report of the arrears to the CAF/MSA as the CCAPEX referral: 2 months from the earlier (art. 24 II)', () => {
    const report: StageDates = { stage: 'caf_msa_report', occurredOn: '2026-02-10' };
    const referral: StageDates = { stage: 'ccapex_referral', occurredOn: '2026-03-31' };
    expect(due('caf_msa_report', [report], 'company')).toEqual({ earliest_summons_after_ccapex: '2026-04-10' });
    expect(due('ccapex_referral', [report, referral], 'company')).toEqual({ earliest_summons_after_ccapex: '2026-04-10' });
    expect(due('caf_msa_report', [referral, { ...report, occurredOn: '2026-04-15' }], 'company')).toEqual({
      earliest_summons_after_ccapex: '2026-05-31',
    });
    fc.assert(
      fc.property(day('2016-01-01'), day('2016-01-01'), (reportOn, referralOn) => {
        const stages: StageDates[] = [
          { stage: 'caf_msa_report', occurredOn: reportOn },
          { stage: 'ccapex_referral', occurredOn: referralOn },
        ];
        expect(due('ccapex_referral', stages, 'company').earliest_summons_after_ccapex).toBe(
          addMonths(reportOn < referralOn ? reportOn : referralOn, 2),
        );
      }),
    );
  });

  it('tells the prefect 6 weeks before the hearing, and shows the hearing', () => {
    expect(due('court_summons', [{ stage: 'court_summons', occurredOn: '2026-01-05', hearingOn: '2026-04-02' }])).toEqual({
      prefect_notification: '2026-02-19',
      hearing: '2026-04-02',
    });
  });

  it('moves the earliest eviction past the winter truce, and says from when', () => {
    const quit = (occurredOn: string) => {
      const stages: StageDates[] = [{ stage: 'notice_to_quit', occurredOn }];
      return legalDeadlines('notice_to_quit', stages, context(stages), config);
    };
    const [deadline] = quit('2026-09-15');
    expect(deadline).toMatchObject({ code: 'earliest_eviction', dueOn: '2027-04-01', postponedFrom: '2026-11-15' });
    const [before] = quit('2026-08-15');
    expect(before).toMatchObject({ dueOn: '2026-10-15' });
    expect(before.postponedFrom).toBeUndefined();
  });

  it('does not move procedural deadlines for the truce (only evictions are suspended)', () => {
    expect(due('formal_notice', [{ stage: 'formal_notice', occurredOn: '2026-11-20' }])).toEqual({
      termination_clause_effective: '2027-01-01',
    });
  });

  it('keeps showing the earliest eviction while the police assistance is requested, with the prefect’s answer', () => {
    const stages: StageDates[] = [
      { stage: 'notice_to_quit', occurredOn: '2026-04-10' },
      { stage: 'police_assistance_requested', occurredOn: '2026-06-12' },
    ];
    expect(due('police_assistance_requested', stages)).toEqual({ earliest_eviction: '2026-06-10', prefect_answer: '2026-08-12' });
    expect(nextDeadline(legalDeadlines('police_assistance_requested', stages, context(stages), config), '2026-07-01')?.code).toBe(
      'prefect_answer',
    );
  });

  it('uses the latest of repeated stages (a postponed hearing)', () => {
    const stages: StageDates[] = [
      { stage: 'court_summons', occurredOn: '2026-01-05', hearingOn: '2026-04-02' },
      { stage: 'hearing', occurredOn: '2026-04-02', hearingOn: '2026-05-20' },
      { stage: 'hearing', occurredOn: '2026-05-20', hearingOn: '2026-06-24' },
    ];
    expect(due('hearing', stages)).toEqual({ postponed_hearing: '2026-06-24' });
  });

  describe('winter truce (1 November to 31 March)', () => {
    it('covers its first and last days, and not the days around', () => {
      expect(inWinterTruce('2026-10-31', truce)).toBe(false);
      expect(inWinterTruce('2026-11-01', truce)).toBe(true);
      expect(inWinterTruce('2027-02-28', truce)).toBe(true);
      expect(inWinterTruce('2027-03-31', truce)).toBe(true);
      expect(inWinterTruce('2027-04-01', truce)).toBe(false);
    });

    it('always gives a day outside the truce, on or after the date, and the 1 April after it when inside', () => {
      const day = fc.integer({ min: 0, max: 365 * 30 }).map((n) => addDays('2010-01-01', n));
      fc.assert(
        fc.property(day, (date) => {
          const after = afterWinterTruce(date, truce);
          expect(inWinterTruce(after, truce)).toBe(false);
          expect(after >= date).toBe(true);
          if (inWinterTruce(date, truce)) expect(after.slice(5)).toBe('04-01');
          else expect(after).toBe(date);
        }),
      );
    });
  });

  describe('earliest eviction after a notice to quit (CPCE L412-1 to L412-6)', () => {
    const notice: StageDates = { stage: 'notice_to_quit', occurredOn: '2026-04-10' };
    const eviction = (facts: FactDates[]) => earliestEviction([notice], facts, config)!;
    const informed = (occurredOn: string): FactDates => ({ kind: 'prefect_informed', occurredOn });

    it('is suspended while the bailiff has not informed the prefect, then runs 2 months from the information (L412-5)', () => {
      expect(eviction([])).toMatchObject({ noticeToQuitOn: '2026-04-10', suspended: true, runsFrom: null, dueOn: null });
      expect(legalDeadlines('notice_to_quit', [notice], context([notice], { facts: [] }), config)).toEqual([]);
      expect(eviction([informed('2026-04-10')])).toMatchObject({ suspended: false, runsFrom: '2026-04-10', dueOn: '2026-06-10' });
      expect(eviction([informed('2026-05-04')])).toMatchObject({ runsFrom: '2026-05-04', dueOn: '2026-07-04' });
    });

    it('follows the judge who shortened or removed the 2 months (L412-1 al. 2)', () => {
      const reduced: FactDates = { kind: 'quit_delay_reduced', occurredOn: '2026-03-02', months: 1, days: 0 };
      expect(eviction([reduced, informed('2026-04-10')])).toMatchObject({
        delay: { months: 1, days: 0 },
        reducedByJudgeOn: '2026-03-02',
        dueOn: '2026-05-10',
      });
      // Removed: nothing left to suspend, the eviction may follow the notice.
      const removed: FactDates = { kind: 'quit_delay_reduced', occurredOn: '2026-03-02', months: 0, days: 0 };
      expect(eviction([removed])).toMatchObject({ suspended: false, dueOn: '2026-04-10' });
    });

    it('waits for the end of the enforcement judge’s delays (L412-3), then for the end of the truce', () => {
      const granted = (occurredOn: string, months: number): FactDates => ({ kind: 'enforcement_delay_granted', occurredOn, months });
      expect(eviction([informed('2026-04-10'), granted('2026-05-20', 3)])).toMatchObject({
        enforcementDelayUntil: '2026-08-20',
        dueOn: '2026-08-20',
      });
      expect(eviction([informed('2026-04-10'), granted('2026-05-20', 6), granted('2026-06-01', 1)])).toMatchObject({
        enforcementDelayUntil: '2026-11-20',
        dueOn: '2027-04-01',
        postponedFrom: '2026-11-20',
      });
    });

    it('for any dates: never before the notice + delay from the information, the judge’s delay’s end, nor in the truce', () => {
      fc.assert(
        fc.property(
          day('2015-01-01'),
          fc.integer({ min: 0, max: 120 }),
          fc.option(fc.tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 1, max: 12 }))),
          (noticeOn, informedAfter, enforcement) => {
            const informedOn = addDays(noticeOn, informedAfter);
            const facts: FactDates[] = [informed(informedOn)];
            if (enforcement)
              facts.push({ kind: 'enforcement_delay_granted', occurredOn: addDays(noticeOn, enforcement[0]), months: enforcement[1] });
            const result = earliestEviction([{ stage: 'notice_to_quit', occurredOn: noticeOn }], facts, config)!;
            const dueOn = result.dueOn!;
            expect(dueOn >= addMonths(informedOn, 2)).toBe(true);
            if (enforcement) expect(dueOn >= addMonths(addDays(noticeOn, enforcement[0]), enforcement[1])).toBe(true);
            expect(inWinterTruce(dueOn, truce)).toBe(false);
            // Without the truce, the date is exactly the later of the two.
            const plain = [addMonths(informedOn, 2), result.enforcementDelayUntil ?? ''].sort().pop();
            expect(result.postponedFrom ?? dueOn).toBe(plain);
          },
        ),
      );
    });
  });

  describe('thresholds for the bailiff’s report to the CCAPEX (2 months unpaid, or a debt of twice the rent without charges)', () => {
    const debt = (observedOn: string, amountCents: number, monthsUnpaid: number | null = null) => ({
      observedOn,
      amountCents,
      monthsUnpaid,
    });

    it('is reached by the months unpaid or by the debt, since the first debt of the run that reaches them', () => {
      expect(ccapexThresholds([], 50_000, config)).toBeNull();
      expect(ccapexThresholds([debt('2026-01-10', 99_999, 1)], 50_000, config)).toMatchObject({ reached: false, since: null });
      expect(ccapexThresholds([debt('2026-01-10', 100_000)], 50_000, config)).toMatchObject({
        reached: true,
        since: '2026-01-10',
        monthsUnpaid: 2,
        debtToRentWithoutCharges: 2,
      });
      expect(
        ccapexThresholds([debt('2026-01-10', 120_000), debt('2026-02-10', 10_000, 0), debt('2026-03-10', 60_000, 2)], 50_000, config),
      ).toMatchObject({ reached: true, since: '2026-03-10' });
      expect(ccapexThresholds([debt('2026-03-10', 120_000), debt('2026-01-10', 0)], 50_000, config)).toMatchObject({ since: '2026-03-10' });
    });

    it('for any debts: reached exactly when the latest reaches a threshold', () => {
      fc.assert(
        fc.property(
          fc.array(fc.tuple(day('2020-01-01', 2000), fc.integer({ min: 0, max: 400_000 }), fc.option(fc.integer({ min: 0, max: 6 }))), {
            minLength: 1,
          }),
          fc.integer({ min: 1, max: 200_000 }),
          (rows, rent) => {
            const debts = rows.map(([on, amount, months]) => debt(on, amount, months));
            const latest = [...debts].sort((a, b) => a.observedOn.localeCompare(b.observedOn)).pop()!;
            const result = ccapexThresholds(debts, rent, config)!;
            expect(result.reached).toBe((latest.monthsUnpaid ?? 0) >= 2 || latest.amountCents >= 2 * rent);
            expect(result.since === null).toBe(!result.reached);
          },
        ),
      );
    });
  });

  it('refuses a delay chosen by the lease without the note that explains an unknown lease, and a truce exception without its label', () => {
    const byLease = config.deadlines.find((d) => d.code === 'termination_clause_effective')!;
    expect(arrearsConfigSchema.safeParse({ ...config, deadlines: [byLease] }).success).toBe(true);
    expect(arrearsConfigSchema.safeParse({ ...config, deadlines: [{ ...byLease, unknownLeaseNote: undefined }] }).success).toBe(false);
    const oneException = { ...config.winterTruce, exceptions: config.winterTruce.exceptions.slice(0, 1) };
    const result = arrearsConfigSchema.safeParse({ ...config, winterTruce: oneException });
    expect(result.error?.issues[0].path).toEqual(['winterTruce', 'exceptions']);
  });

  it('refuses a configuration with a bad delay, naming it', () => {
    const bad = { ...config, deadlines: [{ ...config.deadlines[0], delays: [{ effectiveFrom: '29/07/2023', weeks: 6 }] }] };
    const result = arrearsConfigSchema.safeParse(bad);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path).toEqual(['deadlines', 0, 'delays', 0, 'effectiveFrom']);
  });
});
