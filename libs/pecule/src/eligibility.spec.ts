import { eligibilityFailures, EligibilityInput } from './eligibility';
import { paymentTransition } from './payment-status';
import { sepaName, treasuryCsv } from './treasury-csv';

const eligible: EligibilityInput = {
  startsOn: '2026-03-10',
  birthDate: '2005-06-01',
  ageLimitYears: 25,
  scheduledMonths: 18,
  resources: ['none'],
  followedByYouthTeam: true,
  householdStatus: 'lease_signed',
};

describe('pécule eligibility', () => {
  it('accepts an eligible young person, housed or entering housing', () => {
    expect(eligibilityFailures(eligible)).toEqual([]);
    expect(eligibilityFailures({ ...eligible, householdStatus: 'allocated', resources: [] })).toEqual([]);
  });

  it('names every failed rule', () => {
    const rules = (input: Partial<EligibilityInput>) => eligibilityFailures({ ...eligible, ...input }).map((f) => f.rule);
    expect(rules({ birthDate: '2001-03-10' })).toEqual(['under_age_limit']);
    expect(rules({ birthDate: '2001-03-11' })).toEqual([]);
    expect(rules({ scheduledMonths: 0 })).toEqual(['under_age_limit']);
    expect(rules({ birthDate: null })).toEqual(['birth_date_known']);
    expect(rules({ resources: ['none', 'rsa'] })).toEqual(['no_resources']);
    expect(rules({ followedByYouthTeam: false })).toEqual(['youth_team']);
    expect(rules({ householdStatus: 'evaluated' })).toEqual(['housed']);
    expect(rules({ birthDate: null, resources: ['wages'], followedByYouthTeam: false, householdStatus: 'closed' })).toEqual([
      'birth_date_known',
      'no_resources',
      'youth_team',
      'housed',
    ]);
  });
});

describe('payment state machine', () => {
  it('goes planned → validated → transmitted → paid, and cancels until paid', () => {
    expect(paymentTransition('planned', 'validate')).toEqual({ ok: true, to: 'validated' });
    expect(paymentTransition('validated', 'transmit')).toEqual({ ok: true, to: 'transmitted' });
    expect(paymentTransition('transmitted', 'pay')).toEqual({ ok: true, to: 'paid' });
    for (const from of ['planned', 'validated', 'transmitted'] as const) expect(paymentTransition(from, 'cancel').ok).toBe(true);
    expect(paymentTransition('paid', 'cancel').ok).toBe(false);
    expect(paymentTransition('cancelled', 'validate')).toEqual({ ok: false, allowedFrom: ['planned'] });
    expect(paymentTransition('planned', 'pay').ok).toBe(false);
  });
});

describe('treasury file', () => {
  it('writes the documented layout, names in SEPA upper-case ASCII', () => {
    expect(sepaName("Zoé L'Haÿ-Cœur")).toBe("ZOE L'HAY-COEUR");
    expect(
      treasuryCsv([
        {
          enrolmentReference: 'J-000001',
          month: '2026-03',
          holderName: 'Léa Martin',
          iban: 'FR7630006000011234567890189',
          amountCents: 37333,
        },
      ]),
    ).toBe(
      'reference_paiement;mois;dossier;titulaire;iban;montant_centimes\r\nJ-000001-2026-03;2026-03;J-000001;LEA MARTIN;FR7630006000011234567890189;37333\r\n',
    );
  });
});
