import { DomainError } from './domain-error';
import fc from 'fast-check';
import { allowedActions, assertTransition, assertVersion, illegalTransition, isAllowed, TransitionTable } from './transitions';

type Status = 'draft' | 'sent' | 'done' | 'void';
type Action = 'send' | 'finish' | 'cancel';
const STATUSES: Status[] = ['draft', 'sent', 'done', 'void'];
const ACTIONS: Action[] = ['send', 'finish', 'cancel'];
const TABLE = { send: ['draft'], finish: ['sent'], cancel: ['draft', 'sent'] } as const satisfies TransitionTable<Action, Status>;

function thrown(work: () => void): DomainError {
  try {
    work();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('nothing was thrown');
}

describe('workflow transition tables', () => {
  it('lists what each status allows, in the table’s order', () => {
    expect(allowedActions(TABLE, 'draft')).toEqual(['send', 'cancel']);
    expect(allowedActions(TABLE, 'sent')).toEqual(['finish', 'cancel']);
    expect(allowedActions(TABLE, 'done')).toEqual([]);
  });

  it('allows an action exactly when the status is among those it starts from, and refuses it with what is allowed', () => {
    fc.assert(
      fc.property(fc.constantFrom(...STATUSES), fc.constantFrom(...ACTIONS), (status, action) => {
        const allowed = (TABLE[action] as readonly Status[]).includes(status);
        expect(isAllowed(TABLE, status, action)).toBe(allowed);
        expect(allowedActions(TABLE, status).includes(action)).toBe(allowed);
        if (allowed) expect(() => assertTransition(TABLE, status, action, 'refused')).not.toThrow();
        else
          expect(thrown(() => assertTransition(TABLE, status, action, 'refused', { extra: 1 }))).toMatchObject({
            code: 'ILLEGAL_TRANSITION',
            details: { status, allowed: allowedActions(TABLE, status), extra: 1 },
          });
      }),
    );
  });

  it('answers ILLEGAL_TRANSITION with the status and what it allows', () => {
    expect(illegalTransition('closed', 'closed', [])).toMatchObject({
      code: 'ILLEGAL_TRANSITION',
      details: { status: 'closed', allowed: [] },
    });
  });

  it('answers STALE_VERSION with the current version when the client read another, and accepts no version at all', () => {
    expect(() => assertVersion('Payment', 3, 3)).not.toThrow();
    expect(() => assertVersion('Payment', 3, undefined)).not.toThrow();
    expect(thrown(() => assertVersion('Payment', 3, 2))).toMatchObject({ code: 'STALE_VERSION', details: { currentVersion: 3 } });
  });
});
