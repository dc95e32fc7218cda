import fc from 'fast-check';
import { allowedStages, checkStage, ProcedureState, STAGE_FROM, Stage, STAGES } from './procedure';

describe('arrears procedure state machine', () => {
  it('follows the law’s order from a first unpaid rent to the eviction', () => {
    const path: Stage[] = [
      'first_unpaid_rent',
      'formal_notice',
      'ccapex_referral',
      'court_summons',
      'hearing',
      'judgment',
      'notice_to_quit',
      'police_assistance_requested',
      'eviction_carried_out',
    ];
    let state: ProcedureState = 'none';
    for (const stage of path) {
      expect(checkStage(state, stage, { leaseTerminated: true, paymentDelayMonths: 0 })).toEqual({ ok: true });
      state = stage;
    }
    expect(allowedStages(state)).toEqual([]);
  });

  it('lets a file catch a procedure already under way, but not at its last steps', () => {
    expect(allowedStages('none')).toEqual([
      'first_unpaid_rent',
      'formal_notice',
      'ccapex_referral',
      'court_summons',
      'judgment',
      'notice_to_quit',
    ]);
  });

  it('refuses a judgment before a hearing, and names what is allowed', () => {
    expect(checkStage('court_summons', 'judgment')).toEqual({
      ok: false,
      allowed: ['hearing'],
      reason: 'judgment cannot follow court_summons',
    });
  });

  it('allows a postponed hearing', () => {
    expect(checkStage('hearing', 'hearing')).toEqual({ ok: true });
  });

  it('refuses a notice to quit when the judgment kept the lease', () => {
    const check = checkStage('judgment', 'notice_to_quit', { leaseTerminated: false, paymentDelayMonths: 0 });
    expect(check).toEqual({ ok: false, allowed: [], reason: 'the judgment did not terminate the lease' });
    expect(checkStage('judgment', 'notice_to_quit', { leaseTerminated: true, paymentDelayMonths: 24 })).toEqual({ ok: true });
  });

  it('accepts exactly the stages of the transition table, from any state', () => {
    const states: ProcedureState[] = ['none', ...STAGES];
    fc.assert(
      fc.property(fc.constantFrom(...states), fc.constantFrom(...STAGES), (state, stage) => {
        const check = checkStage(state, stage, { leaseTerminated: true, paymentDelayMonths: 0 });
        expect(check.ok).toBe((STAGE_FROM[stage] as readonly ProcedureState[]).includes(state));
        if (!check.ok) expect(check.allowed).toEqual(allowedStages(state));
      }),
    );
  });
});
