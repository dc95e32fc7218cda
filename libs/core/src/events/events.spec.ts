import { ARREARS_EVENTS, CONVENTION_EVENTS, DOMAIN_EVENTS, eventReferenceProblem, EventPayload, PATHWAY_EVENTS, PECULE_EVENTS } from '.';

describe('the event registry', () => {
  it('gives each event type to one context only (a merge would hide the first)', () => {
    const types = [PATHWAY_EVENTS, PECULE_EVENTS, ARREARS_EVENTS, CONVENTION_EVENTS].flatMap((registry) => Object.keys(registry));
    expect(new Set(types).size).toBe(types.length);
    expect(Object.keys(DOMAIN_EVENTS)).toHaveLength(types.length);
  });

  it('accepts the fields an event carries, including those of a prefix field', () => {
    expect(eventReferenceProblem('lease.signed', ['leaseType', 'householdId', 'commune'])).toBeNull();
    expect(eventReferenceProblem('arrears.stage.reached', ['deadline_hearing', 'stage'])).toBeNull();
    expect(eventReferenceProblem('arrears.solution.updated', ['householdId'])).toBeNull();
  });

  it('names an unknown event type, and the fields an event does not carry', () => {
    expect(eventReferenceProblem('lease.sined')).toBe('no event lease.sined');
    expect(eventReferenceProblem('lease.signed', ['leasType', 'commune', 'sessionAt'])).toBe(
      'no field leasType, sessionAt on lease.signed',
    );
    expect(eventReferenceProblem('arrears.closed', ['deadline_hearing'])).toBe('no field deadline_hearing on arrears.closed');
    // Inherited object keys are no events.
    expect(eventReferenceProblem('toString')).toBe('no event toString');
  });
});

// Checked by the type-check (`npm run typecheck`), not at run time: payload types follow the registry.
export const typed: Array<EventPayload<'lease.signed'>> = [
  { householdId: 'h', eventId: '1', organisationId: 'o', from: 'allocated', status: 'lease_signed', leaseType: 'direct', commune: null },
  {
    householdId: 'h',
    eventId: '1',
    organisationId: 'o',
    from: 'allocated',
    status: 'lease_signed',
    leaseType: 'direct',
    commune: null,
    // @ts-expect-error a field the registry does not describe
    name: 'x',
  },
  // @ts-expect-error a field missing
  { householdId: 'h', eventId: '1', organisationId: 'o', from: 'allocated', status: 'lease_signed', commune: null },
];
export const deadlines: EventPayload<'arrears.stage.reached'> = {
  fileId: 'f',
  organisationId: 'o',
  stage: 'court_summons',
  occurredOn: '2026-01-05',
  leaseTerminated: null,
  paymentDelayMonths: null,
  irregularities: [],
  deadline_hearing: '2026-03-01',
};
