export const ROLES = [
  'outreach_worker',
  'siao_worker',
  'commission_secretary',
  'arrears_advisor',
  'youth_worker',
  'stipend_manager',
  'coordinator',
  /** A State service (DDETS, prefecture): indicator counts of several territories, never a file. */
  'state_officer',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];
