export const ROLES = [
  'outreach_worker',
  'siao_worker',
  'commission_secretary',
  'arrears_advisor',
  'youth_worker',
  'stipend_manager',
  'coordinator',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];
