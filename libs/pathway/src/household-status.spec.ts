import fc from 'fast-check';
import { allowedSteps, HOUSEHOLD_STATUSES, HouseholdStatus, PathwayStep, replay, STEP_TYPES, transition } from './household-status';
import { CAL_OUTCOMES, COMMISSION_DECISIONS } from './pathway.types';

// The expected table, written out independently of the implementation: [from, step, to].
const EXPECTED: Array<[HouseholdStatus, PathwayStep, HouseholdStatus]> = [
  ['spotted', { type: 'consent.recorded' }, 'file_open'],
  ['file_open', { type: 'evaluation.completed' }, 'evaluated'],
  ['evaluated', { type: 'evaluation.completed' }, 'evaluated'],
  ['evaluated', { type: 'commission.proposed' }, 'proposed'],
  ['proposed', { type: 'commission.decided', decision: 'retained' }, 'retained'],
  ['proposed', { type: 'commission.decided', decision: 'postponed' }, 'evaluated'],
  ['proposed', { type: 'commission.decided', decision: 'refused' }, 'evaluated'],
  ['retained', { type: 'allocation.decided', outcome: 'allocated' }, 'allocated'],
  ['retained', { type: 'allocation.decided', outcome: 'allocated_with_suspensive_condition' }, 'allocated'],
  ['retained', { type: 'allocation.decided', outcome: 'allocated_in_rank_order', rank: 1 }, 'allocated'],
  ['retained', { type: 'allocation.decided', outcome: 'allocated_in_rank_order', rank: 2 }, 'retained'],
  ['retained', { type: 'allocation.decided', outcome: 'not_allocated' }, 'evaluated'],
  ['retained', { type: 'allocation.decided', outcome: 'rejected_inadmissible' }, 'evaluated'],
  ['retained', { type: 'offer.declined' }, 'evaluated'],
  ['allocated', { type: 'offer.declined' }, 'evaluated'],
  ['allocated', { type: 'offer.accepted' }, 'allocated'],
  ['allocated', { type: 'offer.lapsed' }, 'evaluated'],
  ['allocated', { type: 'allocation.condition_met' }, 'allocated'],
  ['allocated', { type: 'allocation.condition_failed' }, 'evaluated'],
  ['allocated', { type: 'lease.signed' }, 'lease_signed'],
  ['evaluated', { type: 'lease.signed' }, 'lease_signed'],
  ['lease_signed', { type: 'housing.entered' }, 'followed_in_housing'],
  ['lease_signed', { type: 'followup.visited' }, 'lease_signed'],
  ['followed_in_housing', { type: 'followup.visited' }, 'followed_in_housing'],
  ['lease_signed', { type: 'bail_glissant.reviewed' }, 'lease_signed'],
  ['followed_in_housing', { type: 'bail_glissant.reviewed' }, 'followed_in_housing'],
  ['lease_signed', { type: 'lease.slid' }, 'lease_signed'],
  ['followed_in_housing', { type: 'lease.slid' }, 'followed_in_housing'],
  ...HOUSEHOLD_STATUSES.filter((s) => s !== 'closed').map((s): [HouseholdStatus, PathwayStep, HouseholdStatus] => [
    s,
    { type: 'household.closed' },
    'closed',
  ]),
  ['closed', { type: 'household.reopened' }, 'file_open'],
];

const stepArb: fc.Arbitrary<PathwayStep> = fc.oneof(
  ...STEP_TYPES.filter((t) => !['commission.decided', 'allocation.decided'].includes(t)).map((type) =>
    fc.constant({ type } as PathwayStep),
  ),
  fc.constantFrom(...COMMISSION_DECISIONS).map((decision): PathwayStep => ({ type: 'commission.decided', decision })),
  fc
    .record({ outcome: fc.constantFrom(...CAL_OUTCOMES), rank: fc.integer({ min: 1, max: 4 }) })
    .map((o): PathwayStep => ({ type: 'allocation.decided', ...o })),
);

describe('household state machine', () => {
  it.each(EXPECTED)('%s --%j--> %s', (from, step, to) => {
    expect(transition(from, step)).toEqual({ ok: true, status: to });
  });

  it('refuses every other (status, step) pair and lists the allowed steps', () => {
    const legal = new Set(EXPECTED.map(([from, step]) => `${from}|${step.type}`));
    for (const status of HOUSEHOLD_STATUSES) {
      for (const type of STEP_TYPES) {
        if (legal.has(`${status}|${type}`)) continue;
        const result = transition(status, { type } as PathwayStep);
        expect(result).toEqual({ ok: false, allowed: allowedSteps(status) });
        if (!result.ok) expect(result.allowed).not.toContain('offer.lapsed');
      }
    }
  });

  it('lists the allowed steps of a status', () => {
    expect(allowedSteps('evaluated')).toEqual(['evaluation.completed', 'commission.proposed', 'lease.signed', 'household.closed']);
    expect(allowedSteps('closed')).toEqual(['household.reopened']);
    // The lapse of an offer is Parcours's own step, when the deadline passes: never a user's.
    expect(allowedSteps('allocated')).toEqual([
      'allocation.condition_met',
      'allocation.condition_failed',
      'offer.accepted',
      'offer.declined',
      'lease.signed',
      'household.closed',
    ]);
  });

  it('any random sequence of commands leaves a reachable status, and replaying the accepted steps gives it again', () => {
    const reachable = new Set<HouseholdStatus>(['spotted', 'file_open', ...EXPECTED.map(([, , to]) => to)]);
    fc.assert(
      fc.property(fc.constantFrom<HouseholdStatus>('spotted', 'file_open'), fc.array(stepArb, { maxLength: 60 }), (initial, commands) => {
        let status = initial;
        const accepted: PathwayStep[] = [];
        for (const step of commands) {
          const result = transition(status, step);
          if (result.ok) {
            expect(EXPECTED.some(([from, s, to]) => from === status && s.type === step.type && to === result.status)).toBe(true);
            status = result.status;
            accepted.push(step);
          } else {
            expect(result.allowed).not.toContain(step.type);
          }
          expect(reachable.has(status)).toBe(true);
        }
        expect(replay(initial, accepted)).toBe(status);
      }),
      { numRuns: 500 },
    );
  });

  it('replay refuses a corrupt history', () => {
    expect(() => replay('file_open', [{ type: 'lease.signed' }])).toThrow(/illegal from file_open/);
  });
});
