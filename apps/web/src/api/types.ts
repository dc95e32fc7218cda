import type { components, operations } from './schema';

// Response types of the API (generated from its OpenAPI document), named for the screens.
type Schemas = components['schemas'];
export type Household = Schemas['HouseholdView'];
export type Person = Schemas['PersonView'];
export type CreatedHousehold = Schemas['CreatedHouseholdView'];
export type Reminder = Schemas['ReminderView'];
export type Inbox = Schemas['InboxView'];
export type SessionSummary = Schemas['CommissionSessionSummaryView'];
export type Proposal = Schemas['CommissionProposalView'];
export type RefusalReason = Schemas['RefusalReasonDto'];

// GET /indicators declares no schema for its answer yet: its shape (libs/indicators, IndicatorReport).
export type Breakdown = NonNullable<operations['IndicatorsController_query']['parameters']['query']['breakdown']>;
export interface IndicatorCell {
  key: string;
  /** A commune's name (the facts hold its INSEE code). */
  label?: string;
  /** Null when masked (statistical confidentiality). */
  value: number | null;
  masked: boolean;
}
export interface IndicatorPeriod {
  period: string;
  from: string;
  to: string;
  value: number | null;
  median?: number | null;
  cells?: IndicatorCell[];
}
export interface IndicatorResult {
  code: string;
  label: string;
  definition: string;
  measure: string;
  unit: string;
  breakdown: Breakdown | null;
  periods: IndicatorPeriod[];
}
export interface IndicatorReport {
  from: string;
  to: string;
  territoryIds: string[];
  maskingThreshold: number;
  indicators: IndicatorResult[];
}
export type Territory = Schemas['TerritoryDto'];
export type ConventionSummary = Schemas['ConventionSummaryView'];
export type Convention = Schemas['ConventionView'];
export type ConventionAction = Schemas['ActionView'];
export type ConventionActionYear = Schemas['ActionYearView'];
export type CreditLine = Schemas['CreditLineView'];
export type CreditTotals = Schemas['CreditTotalsView'];
export type ExecutionReport = Schemas['ExecutionReportView'];
