import { initialStatus, isStatusOf, nextStatuses, SOLUTION_FLOWS, SOLUTION_KINDS, SolutionKind, SolutionStatus } from './solutions';

// The life cycles written out independently of the table: [kind, from, the statuses it may go to].
const EXPECTED: Array<[SolutionKind, SolutionStatus, SolutionStatus[]]> = [
  ['repayment_plan', 'proposed', ['kept', 'broken', 'refused']],
  ['repayment_plan', 'kept', ['completed', 'broken']],
  ['repayment_plan', 'broken', []],
  ['repayment_plan', 'refused', []],
  ['repayment_plan', 'completed', []],
  ['fsl', 'filed', ['granted', 'refused']],
  ['fsl', 'granted', []],
  ['housing_benefit_maintained', 'requested', ['obtained', 'refused']],
  ['mediation', 'started', ['agreement', 'failed']],
  ['social_services_referral', 'referred', ['taken_up', 'declined']],
  ['rehousing_request', 'requested', ['rehoused', 'withdrawn']],
  ['rehousing_request', 'rehoused', []],
];

describe('solution life cycles', () => {
  it.each(EXPECTED)('a %s %s may go to %j', (kind, from, to) => {
    expect(nextStatuses(kind, from)).toEqual(to);
  });

  it('starts each kind in its first status, and names only statuses of that kind', () => {
    expect(SOLUTION_KINDS.map(initialStatus)).toEqual(['proposed', 'filed', 'requested', 'started', 'referred', 'requested']);
    for (const kind of SOLUTION_KINDS) {
      const froms = Object.values(SOLUTION_FLOWS[kind].to).flat() as SolutionStatus[];
      for (const status of froms) expect(isStatusOf(kind, status)).toBe(true);
    }
    expect(isStatusOf('fsl', 'kept')).toBe(false);
  });
});
