import type { components } from './schema';

// Response types of the API, named for the screens.
type Schemas = components['schemas'];
export type Household = Schemas['HouseholdView'];
export type Person = Schemas['PersonView'];
export type HouseholdPage = Schemas['HouseholdPageView'];

// TEMPORARY until the API declares these responses in its OpenAPI document.
export interface Reminder {
  id: string;
  ruleCode: string;
  label: string;
  message: string;
  subjectType: string;
  subjectId: string;
  reference: string;
  status: string;
  dueAt: string;
  team: boolean;
}
export interface Inbox {
  overdue: Reminder[];
  today: Reminder[];
  upcoming: Reminder[];
}
export interface Encounter {
  id: string;
  occurredAt: string;
  place: string;
  zone: string | null;
  peopleMet: number;
  organisationId: string;
  householdIds: string[];
}
export interface TimelineEvent {
  id: string;
  type: string;
  occurredAt: string;
  recordedAt: string;
  recordedBy: string;
  organisationId: string;
  payload: Record<string, unknown>;
}
export interface Note {
  id: string;
  organisationId: string;
  authorUserId: string;
  health: boolean;
  body: string;
  createdAt: string;
}
export interface SessionSummary {
  id: string;
  sessionAt: string;
  proposalCount: number;
  decidedCount: number;
  version: number;
}
export interface Proposal {
  id: string;
  sessionId: string;
  householdId: string;
  offerCommune: string | null;
  offerTypology: string | null;
  decision: 'retained' | 'postponed' | 'refused' | null;
  refusalReason: string | null;
  calOutcome: string | null;
  version: number;
}
export interface CommissionSession {
  id: string;
  sessionAt: string;
  landlordOrganisationIds: string[];
  version: number;
  proposals: Proposal[];
}
export interface RefusalReason {
  code: string;
  label: string;
  reproposal: { kind: 'immediate' | 'after_delay' | 'after_new_evaluation'; days?: number };
}
export interface WorklistItem extends Household {
  daysWaiting: number;
}
