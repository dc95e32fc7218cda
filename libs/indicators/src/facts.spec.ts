import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { EventType } from '@app/core';
import { bandOf, factsOf, SourceEvent } from './facts';
import { catalogueSchema } from './catalogue';

const catalogue = {
  ...catalogueSchema.parse(JSON.parse(readFileSync(resolve(__dirname, '../../../config/indicators.json'), 'utf8'))),
  timezone: 'Europe/Paris',
};
const event = (type: EventType, payload: Record<string, unknown>, occurredAt = '2026-03-31T23:30:00Z'): SourceEvent => ({
  id: '42',
  type,
  territoryId: 't',
  occurredAt: new Date(occurredAt),
  payload,
});
const codes = (e: SourceEvent) =>
  factsOf(e, catalogue)
    .map((f) => f.indicatorCode)
    .sort();

describe('facts from outbox events (config/indicators.json)', () => {
  it('counts a direct lease as a lease, ordinary housing and accompaniment, dated in Paris', () => {
    const facts = factsOf(
      event('lease.signed', { householdId: 'h1', status: 'lease_signed', leaseType: 'direct', commune: '73065' }),
      catalogue,
    );
    expect(facts.map((f) => f.indicatorCode).sort()).toEqual([
      'days_opening_to_lease',
      'households_accompanied',
      'households_by_status',
      'households_ordinary_housing',
      'leases_signed',
    ]);
    // 23:30 UTC on 31 March is 1 April in Paris (summer time).
    expect(facts.every((f) => f.occurredOn === '2026-04-01')).toBe(true);
    expect(facts.find((f) => f.indicatorCode === 'leases_signed')).toMatchObject({
      subject: { kind: 'household', id: 'h1' },
      dimensions: { scheme: 'direct', commune: '73065' },
    });
  });

  it('counts a bail glissant apart, and not as ordinary housing until it slides', () => {
    expect(codes(event('lease.signed', { householdId: 'h1', status: 'lease_signed', leaseType: 'bail_glissant' }))).toContain(
      'leases_bail_glissant',
    );
    expect(codes(event('lease.signed', { householdId: 'h1', status: 'lease_signed', leaseType: 'bail_glissant' }))).not.toContain(
      'households_ordinary_housing',
    );
    expect(codes(event('lease.slid', { householdId: 'h1', status: 'followed_in_housing' }))).toEqual(
      expect.arrayContaining(['bail_glissant_slid', 'households_ordinary_housing']),
    );
  });

  it('counts the people a maraude met as contacts and, until identified, as anonymous people spotted', () => {
    const organisationId = '8d0f5a52-7d0e-4a8e-9a43-2f1d5f0e4c11';
    const facts = factsOf(
      event('maraude.encounter.recorded', { encounterId: 'e', organisationId, peopleMet: 4, anonymousPeople: 3 }),
      catalogue,
    );
    expect(facts).toEqual([
      expect.objectContaining({ indicatorCode: 'persons_spotted', value: 4, subject: null, organisationId }),
      expect.objectContaining({ indicatorCode: 'maraude_contacts', value: 4, subject: null, organisationId }),
    ]);
  });

  it('counts a person linked to an encounter once as identified, taken from the anonymous people met', () => {
    const facts = factsOf(event('maraude.encounter.linked', { encounterId: 'e', householdId: 'h1', anonymousPeopleChange: -1 }), catalogue);
    expect(facts).toEqual([
      expect.objectContaining({
        indicatorCode: 'persons_spotted',
        value: -1,
        subject: { kind: 'household', id: 'h1' },
        organisationId: null,
      }),
    ]);
  });

  it('does not count a person only spotted, who has not agreed to be followed, as accompanied', () => {
    expect(codes(event('household.opened', { householdId: 'h1', status: 'spotted' }))).not.toContain('households_accompanied');
    expect(codes(event('household.closed', { householdId: 'h1', from: 'spotted', status: 'closed' }))).not.toContain(
      'households_accompanied',
    );
    expect(codes(event('consent.recorded', { householdId: 'h1', from: 'spotted', status: 'file_open' }))).toContain(
      'households_accompanied',
    );
    expect(codes(event('household.opened', { householdId: 'h1', status: 'file_open' }))).toContain('households_accompanied');
    expect(codes(event('household.closed', { householdId: 'h1', from: 'evaluated', status: 'closed' }))).toContain(
      'households_accompanied',
    );
  });

  it('counts tenants and landlords reached, not failed attempts', () => {
    expect(codes(event('arrears.contact.recorded', { fileId: 'f', party: 'tenant', reached: true, contactedOn: '2026-02-03' }))).toEqual([
      'arrears_households_contacted',
    ]);
    expect(codes(event('arrears.contact.recorded', { fileId: 'f', party: 'tenant', reached: false, contactedOn: '2026-02-03' }))).toEqual(
      [],
    );
    const [landlord] = factsOf(
      event('arrears.contact.recorded', { fileId: 'f', party: 'letting_agent', reached: true, landlordId: 'l', contactedOn: '2026-02-03' }),
      catalogue,
    );
    expect(landlord).toMatchObject({
      indicatorCode: 'arrears_landlords_contacted',
      subject: { kind: 'landlord', id: 'l' },
      occurredOn: '2026-02-03',
    });
  });

  it('bands the debt at opening in euros', () => {
    expect(bandOf(0, [50000, 150000])).toBe('0_500');
    expect(bandOf(50000, [50000, 150000])).toBe('500_1500');
    expect(bandOf(150000, [50000, 150000])).toBe('1500_et_plus');
    const [fact] = factsOf(event('arrears.opened', { fileId: 'f', debtCents: 186000, openedOn: '2026-02-01' }), catalogue);
    expect(fact).toMatchObject({ indicatorCode: 'arrears_debt_at_opening', value: 186000, dimensions: { category: '1500_3000' } });
    expect(factsOf(event('arrears.opened', { fileId: 'f', debtCents: null, openedOn: '2026-02-01' }), catalogue)).toEqual([]);
  });

  it('gives back a cancelled amount to the envelope only when it had been committed', () => {
    const cancelled = (from: string) =>
      factsOf(event('pecule.payment.cancelled', { amountCents: 37333, from, month: '2026-02' }), catalogue);
    expect(cancelled('validated')).toEqual([expect.objectContaining({ indicatorCode: 'pecule_envelope_consumed', value: -37333 })]);
    expect(cancelled('planned')).toEqual([]);
  });

  it('dates the envelope consumed by the month the payment is for, not the day it was validated or cancelled', () => {
    // December 2025's payment validated on 10 January 2026 counts in 2025.
    const validated = factsOf(
      event('pecule.payment.validated', { amountCents: 37333, month: '2025-12' }, '2026-01-10T09:00:00Z'),
      catalogue,
    );
    expect(validated).toEqual([
      expect.objectContaining({ indicatorCode: 'pecule_envelope_consumed', occurredOn: '2025-12-01', value: 37333 }),
    ]);
    const cancelled = factsOf(
      event('pecule.payment.cancelled', { amountCents: 37333, month: '2025-12', from: 'validated' }, '2026-02-03T09:00:00Z'),
      catalogue,
    );
    expect(cancelled).toEqual([expect.objectContaining({ occurredOn: '2025-12-01', value: -37333 })]);
  });

  it('counts the young person, not the stipend, with an age band and never the age', () => {
    const [fact] = factsOf(
      event('pecule.enrolled', { personId: 'p', enrolmentId: 'e', ageAtEntry: 19, sex: 'female', startsOn: '2026-01-15' }),
      catalogue,
    );
    expect(fact).toMatchObject({
      subject: { kind: 'young_person', id: 'p' },
      dimensions: { age_band: '18_24', sex: 'female' },
      occurredOn: '2026-01-15',
    });
    expect(JSON.stringify(fact)).not.toContain('19');
  });
});
