import { eligibilityFailures, EligibilityInput } from './eligibility';
import { allowedActions } from '@app/core';
import { PAYMENT_FROM, PAYMENT_TO } from './pecule.types';
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
    expect(allowedActions(PAYMENT_FROM, 'planned')).toEqual(['validate', 'cancel']);
    expect(allowedActions(PAYMENT_FROM, 'validated')).toEqual(['transmit', 'cancel']);
    expect(allowedActions(PAYMENT_FROM, 'transmitted')).toEqual(['pay', 'cancel']);
    expect(allowedActions(PAYMENT_FROM, 'paid')).toEqual([]);
    expect(allowedActions(PAYMENT_FROM, 'cancelled')).toEqual([]);
    expect(PAYMENT_TO).toEqual({ validate: 'validated', transmit: 'transmitted', pay: 'paid', cancel: 'cancelled' });
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
