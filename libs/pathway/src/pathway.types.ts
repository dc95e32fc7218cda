/** Reference lists of the pathway. Codes are English; the French labels live with the API docs. */
export const LIVING_SITUATIONS = [
  'street',
  'squat_or_camp',
  'emergency_shelter',
  'institution',
  'third_party',
  'vehicle',
  'hotel',
  'own_housing_at_risk',
  'other',
] as const;
export type LivingSituation = (typeof LIVING_SITUATIONS)[number];

export const RESOURCES = [
  'none',
  'rsa',
  'aah',
  'wages',
  /** Garantie jeunes: replaced by the CEJ on 1 March 2022, readable on older records (config/pathway.json retiredResources). */
  'youth_guarantee',
  /** Contrat d'engagement jeune (décret n° 2022-199). */
  'youth_commitment_contract',
  'unemployment_benefit',
  'pension',
  'family_benefits',
  'other',
] as const;
export type Resource = (typeof RESOURCES)[number];

export const NEEDS = [
  'psychiatric_care',
  'addiction',
  'physical_health',
  'administrative',
  'employment',
  'budget',
  'parenting',
  'legal',
  'other',
] as const;
export type Need = (typeof NEEDS)[number];

export const ENTRY_CHANNELS = [
  'maraude',
  'siao_demand',
  'institution_exit',
  'youth_desk',
  'landlord_alert',
  'eviction_prevention',
] as const;
export type EntryChannel = (typeof ENTRY_CHANNELS)[number];

export const SEXES = ['female', 'male', 'other', 'unknown'] as const;
export type Sex = (typeof SEXES)[number];

export const HOUSEHOLD_ROLES = ['reference', 'spouse', 'child', 'other_adult', 'other_child'] as const;
export type HouseholdRole = (typeof HOUSEHOLD_ROLES)[number];

export const ORIENTATIONS = [
  'ordinary_social_housing',
  'private_housing_iml',
  'pension_de_famille',
  'residence_sociale',
  'bail_glissant',
  'emergency_shelter',
  /** Centre d'hébergement et de réinsertion sociale (CASF L312-1 I 8°). */
  'chrs',
  /** Résidence accueil: a pension de famille for people with a psychiatric disability. */
  'residence_accueil',
  /** Lits halte soins santé (CASF L312-1 I 9°). */
  'lhss',
  /** Appartements de coordination thérapeutique (CASF L312-1 I 9°). */
  'act',
  /** Foyer de jeunes travailleurs (CASF L312-1 I 10°). */
  'fjt',
  /** "Un chez-soi d'abord" housing-first programme (décret n° 2016-1940). */
  'un_chez_soi_dabord',
] as const;
export type Orientation = (typeof ORIENTATIONS)[number];

export const INTENSITIES = ['light', 'medium', 'intensive'] as const;
export type Intensity = (typeof INTENSITIES)[number];

export const LEASE_TYPES = ['direct', 'bail_glissant', 'sublet'] as const;
export type LeaseType = (typeof LEASE_TYPES)[number];

export const TYPOLOGIES = ['T1', 'T2', 'T3', 'T4', 'T5', 'T6'] as const;
export type Typology = (typeof TYPOLOGIES)[number];

export const COMMISSION_DECISIONS = ['retained', 'postponed', 'refused'] as const;
export type CommissionDecision = (typeof COMMISSION_DECISIONS)[number];

/** The legal outcomes of the landlord's allocation commission (CAL). */
export const CAL_OUTCOMES = [
  'allocated',
  'allocated_in_rank_order',
  'allocated_with_suspensive_condition',
  'not_allocated',
  'rejected_inadmissible',
] as const;
export type CalOutcome = (typeof CAL_OUTCOMES)[number];

/** How an allocation under a suspensive condition ends: the missing document arrived in time, or not (CCH R441-3 c). */
export const CONDITION_OUTCOMES = ['document_received', 'condition_failed'] as const;
export type ConditionOutcome = (typeof CONDITION_OUTCOMES)[number];

export const CLOSING_REASONS = [
  'stable_in_housing',
  'moved_away',
  'lost_contact',
  'returned_to_street',
  'deceased',
  'declined',
  /** Exits as practised: to hospital, to prison, to a CHRS, or after an eviction. */
  'hospitalised',
  'imprisoned',
  'moved_to_chrs',
  'evicted',
  'other',
] as const;
export type ClosingReason = (typeof CLOSING_REASONS)[number];

/** Why the household's composition changed. */
export const PERSON_ARRIVAL_REASONS = ['birth', 'arrival'] as const;
export type PersonArrivalReason = (typeof PERSON_ARRIVAL_REASONS)[number];
export const PERSON_DEPARTURE_REASONS = ['departure', 'death'] as const;
export type PersonDepartureReason = (typeof PERSON_DEPARTURE_REASONS)[number];

/** A priority label granted to the household (codes in config/siao.json), from a date, until one when it ends. */
export interface PriorityLabel {
  code: string;
  since: string;
  until: string | null;
}

/** A support measure (ASLL, AVDL…; codes in config/siao.json) with its dates. */
export interface SupportMeasure {
  code: string;
  startOn: string;
  endOn: string | null;
}

export const SIAO_DEMAND_NUMBER = /^[A-Z0-9][A-Z0-9\-/._]{0,39}$/;
export const SOCIAL_HOUSING_DEMAND_NUMBER = /^[A-Z0-9]{6,30}$/;
/** Identifiers as written on forms and exports: spaces dropped, upper case, so that the same number always matches. */
export function normalizeIdentifier(value: string): string {
  return value.replace(/\s/g, '').toUpperCase();
}
