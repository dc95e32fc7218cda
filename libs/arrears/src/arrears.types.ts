import type { TransitionTable } from '@app/core';

/** Reference lists of ADIL arrears files. Codes are English; French labels are in the README. */
export const ALERT_SOURCES = ['landlord', 'caf', 'social_services', 'tenant', 'court', 'other'] as const;
export type AlertSource = (typeof ALERT_SOURCES)[number];

/** The lessor's legal nature: a company (other than a family SCI) must refer the case to the CCAPEX before summoning. */
export const LANDLORD_KINDS = ['individual', 'family_sci', 'company'] as const;
export type LandlordKind = (typeof LANDLORD_KINDS)[number];

export const HOUSING_BENEFIT_PAYERS = ['caf', 'msa', 'none'] as const;
export type HousingBenefitPayer = (typeof HOUSING_BENEFIT_PAYERS)[number];

export const HOUSING_BENEFIT_STATUSES = ['maintained', 'suspended', 'none'] as const;
export type HousingBenefitStatus = (typeof HOUSING_BENEFIT_STATUSES)[number];

export const CONTACT_PARTIES = ['tenant', 'landlord', 'letting_agent'] as const;
export type ContactParty = (typeof CONTACT_PARTIES)[number];

export const CONTACT_CHANNELS = ['phone', 'letter', 'email', 'home_visit', 'office_appointment'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

export const FILE_STATUSES = ['open', 'closed'] as const;
export type FileStatus = (typeof FILE_STATUSES)[number];

/** A file's life cycle: anything is recorded on an open file, which closes once. */
export const FILE_FROM = { record: ['open'], close: ['open'] } as const satisfies TransitionTable<'record' | 'close', FileStatus>;

export const CLOSING_OUTCOMES = [
  'debt_cleared',
  'repayment_plan_under_way',
  'rehoused',
  'tenant_left',
  'evicted',
  'lost_contact',
  'other',
] as const;
export type ClosingOutcome = (typeof CLOSING_OUTCOMES)[number];

/** Why the winter truce may not protect an eviction carried out during it (CPCE L412-6). */
export const TRUCE_EXCEPTIONS = ['rehousing_ensured', 'entered_by_force'] as const;
export type TruceException = (typeof TRUCE_EXCEPTIONS)[number];
