import fc from 'fast-check';
import { allowedStages, checkStage, ProcedureState, STAGE_FROM, Stage, STAGES } from './procedure';

describe('arrears procedure state machine', () => {
  it('follows the law’s order from a first unpaid rent to the eviction', () => {
    const path: Stage[] = [
      'first_unpaid_rent',
      'caf_msa_report',
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
      'caf_msa_report',
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
      code: 'ILLEGAL_TRANSITION',
      allowed: ['hearing'],
      reason: 'judgment cannot follow court_summons',
    });
  });

  it('allows a postponed hearing', () => {
    expect(checkStage('hearing', 'hearing')).toEqual({ ok: true });
  });

  it('refuses a notice to quit when the judgment kept the lease', () => {
    const check = checkStage('judgment', 'notice_to_quit', { leaseTerminated: false, paymentDelayMonths: 0 });
    expect(check).toEqual({ ok: false, code: 'ILLEGAL_TRANSITION', allowed: [], reason: 'the judgment did not terminate the lease' });
  });

  it('refuses a notice to quit after payment delays until an instalment is missed (art. 24 VII)', () => {
    const refused = checkStage('judgment', 'notice_to_quit', { leaseTerminated: true, paymentDelayMonths: 24 });
    expect(refused).toMatchObject({ ok: false, code: 'MISSED_INSTALMENT_REQUIRED', allowed: [] });
    expect(checkStage('judgment', 'notice_to_quit', { leaseTerminated: true, paymentDelayMonths: 24, instalmentMissed: true })).toEqual({
      ok: true,
    });
    expect(checkStage('judgment', 'notice_to_quit', { leaseTerminated: true, paymentDelayMonths: 0 })).toEqual({ ok: true });
  });

  it('takes the report to the CAF/MSA before or after the formal notice, and summons after it', () => {
    for (const path of [
      ['caf_msa_report', 'formal_notice', 'court_summons'],
      ['formal_notice', 'caf_msa_report', 'ccapex_referral', 'court_summons'],
    ] as Stage[][]) {
      let state: ProcedureState = 'none';
      for (const stage of path) {
        expect(checkStage(state, stage)).toEqual({ ok: true });
        state = stage;
      }
    }
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
