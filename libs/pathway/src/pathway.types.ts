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
  'other',
] as const;
export type ClosingReason = (typeof CLOSING_REASONS)[number];
