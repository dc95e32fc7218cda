import type { components } from './schema';

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
