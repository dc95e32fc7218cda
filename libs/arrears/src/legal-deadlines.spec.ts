import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { addDays } from '@app/core';
import {
  afterWinterTruce,
  ArrearsConfig,
  arrearsConfigSchema,
  inWinterTruce,
  legalDeadlines,
  nextDeadline,
  StageDates,
} from './legal-deadlines';

const config: ArrearsConfig = arrearsConfigSchema.parse(
  JSON.parse(readFileSync(resolve(__dirname, '../../../config/arrears.json'), 'utf8')),
);
const truce = config.winterTruce;
const due = (state: Parameters<typeof legalDeadlines>[0], stages: StageDates[], kind: 'individual' | 'company' = 'individual') =>
  Object.fromEntries(legalDeadlines(state, stages, kind, config).map((d) => [d.code, d.dueOn]));

describe('legal deadlines of an arrears procedure (config/arrears.json)', () => {
  it('gives the termination clause 6 weeks after a formal notice served under the 2023 law', () => {
    expect(due('formal_notice', [{ stage: 'formal_notice', occurredOn: '2026-01-10' }])).toEqual({
      termination_clause_effective: '2026-02-21',
    });
  });

  it('keeps the two months of the former law for a formal notice served before 29 July 2023', () => {
    expect(due('formal_notice', [{ stage: 'formal_notice', occurredOn: '2023-07-28' }])).toEqual({
      termination_clause_effective: '2023-09-28',
    });
    expect(due('formal_notice', [{ stage: 'formal_notice', occurredOn: '2023-07-29' }])).toEqual({
      termination_clause_effective: '2023-09-09',
    });
  });

  it('follows a configuration change of a legal delay', () => {
    const changed: ArrearsConfig = {
      ...config,
      deadlines: config.deadlines.map((d) =>
        d.code === 'termination_clause_effective' ? { ...d, delays: [{ effectiveFrom: '2027-01-01', weeks: 4 }, ...d.delays] } : d,
      ),
    };
    const at = (date: string) =>
      legalDeadlines('formal_notice', [{ stage: 'formal_notice', occurredOn: date }], 'individual', changed)[0].dueOn;
    expect(at('2026-12-31')).toBe('2027-02-11');
    expect(at('2027-01-01')).toBe('2027-01-29');
  });

  it('asks a company landlord to wait 2 months after the CCAPEX referral, not a private one', () => {
    const stages: StageDates[] = [{ stage: 'ccapex_referral', occurredOn: '2026-03-31' }];
    expect(due('ccapex_referral', stages, 'company')).toEqual({ earliest_summons_after_ccapex: '2026-05-31' });
    expect(due('ccapex_referral', stages, 'individual')).toEqual({});
  });

  it('tells the prefect 6 weeks before the hearing, and shows the hearing', () => {
    expect(due('court_summons', [{ stage: 'court_summons', occurredOn: '2026-01-05', hearingOn: '2026-04-02' }])).toEqual({
      prefect_notification: '2026-02-19',
      hearing: '2026-04-02',
    });
  });

  it('moves the earliest eviction past the winter truce, and says from when', () => {
    const [deadline] = legalDeadlines('notice_to_quit', [{ stage: 'notice_to_quit', occurredOn: '2026-09-15' }], 'individual', config);
    expect(deadline).toMatchObject({ code: 'earliest_eviction', dueOn: '2027-04-01', postponedFrom: '2026-11-15' });
    const [before] = legalDeadlines('notice_to_quit', [{ stage: 'notice_to_quit', occurredOn: '2026-08-15' }], 'individual', config);
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
    expect(nextDeadline(legalDeadlines('police_assistance_requested', stages, 'individual', config), '2026-07-01')?.code).toBe(
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

  it('refuses a configuration with a bad delay, naming it', () => {
    const bad = { ...config, deadlines: [{ ...config.deadlines[0], delays: [{ effectiveFrom: '29/07/2023', weeks: 6 }] }] };
    const result = arrearsConfigSchema.safeParse(bad);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path).toEqual(['deadlines', 0, 'delays', 0, 'effectiveFrom']);
  });
});
