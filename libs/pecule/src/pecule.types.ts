import type { TransitionTable } from '@app/core';
import type { Resource } from '@app/pathway';

export const PAYMENT_STATUSES = ['planned', 'validated', 'transmitted', 'paid', 'cancelled'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

/** Statuses whose amount is committed on the envelope (the envelope can never be overspent). */
export const COMMITTED_STATUSES: readonly PaymentStatus[] = ['validated', 'transmitted', 'paid'];

export type PaymentAction = 'validate' | 'transmit' | 'pay' | 'cancel';

/** The payment state machine: the statuses each action may start from (see PAYMENT_TO for where it leads). */
export const PAYMENT_FROM = {
  validate: ['planned'],
  transmit: ['validated'],
  pay: ['transmitted'],
  cancel: ['planned', 'validated', 'transmitted'],
} as const satisfies TransitionTable<PaymentAction, PaymentStatus>;

export const PAYMENT_TO = {
  validate: 'validated',
  transmit: 'transmitted',
  pay: 'paid',
  cancel: 'cancelled',
} as const satisfies Record<PaymentAction, PaymentStatus>;

export const ENROLMENT_STATUSES = ['active', 'ended'] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];

/** The enrolment state machine: a stipend ends once. */
export const ENROLMENT_FROM = { end: ['active'] } as const satisfies TransitionTable<'end', EnrolmentStatus>;

export const END_REASONS = [
  'job',
  'training_allowance',
  /** Garantie jeunes: refused for an end from 1 March 2022 (config/pathway.json retiredResources), readable on older records. */
  'youth_guarantee',
  /** Contrat d'engagement jeune, which replaced it (décret 2022-199). */
  'youth_commitment_contract',
  'rsa_at_25',
  'left_programme',
  'moved_away',
  'end_date_reached',
] as const;
export type EndReason = (typeof END_REASONS)[number];

export const EMPLOYMENT_SITUATIONS = ['none', 'job_search', 'employed', 'apprenticeship', 'civic_service'] as const;
export type EmploymentSituation = (typeof EMPLOYMENT_SITUATIONS)[number];

/** A young person's situation, at entry and at each review, so the convention can compare them. */
export interface Situation {
  resources: Resource[];
  employment: EmploymentSituation;
  inTraining: boolean;
  housed: boolean;
}
