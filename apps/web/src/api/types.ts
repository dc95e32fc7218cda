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

export type Breakdown = NonNullable<operations['IndicatorsController_query']['parameters']['query']['breakdown']>;
export type IndicatorCell = Schemas['MaskedCellResponse'];
export type IndicatorPeriod = Schemas['PeriodResultResponse'];
export type IndicatorResult = Schemas['IndicatorResultResponse'];
export type IndicatorReport = Schemas['IndicatorReportResponse'];
export type Territory = Schemas['TerritoryDto'];
export type ConventionSummary = Schemas['ConventionSummaryView'];
export type Convention = Schemas['ConventionView'];
export type ConventionAction = Schemas['ActionView'];
export type ConventionActionYear = Schemas['ActionYearView'];
export type CreditLine = Schemas['CreditLineView'];
export type CreditTotals = Schemas['CreditTotalsView'];
export type ExecutionReport = Schemas['ExecutionReportView'];
