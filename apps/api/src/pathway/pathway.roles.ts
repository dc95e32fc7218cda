import { Role } from '@app/core';

/** Who may do what on the pathway (the README's role matrix is this file). */
export const PATHWAY_ROLES = {
  read: ['outreach_worker', 'siao_worker', 'commission_secretary', 'youth_worker', 'admin'],
  openFile: ['outreach_worker', 'siao_worker'],
  followUp: ['outreach_worker', 'siao_worker'],
  evaluate: ['siao_worker'],
  propose: ['siao_worker', 'commission_secretary'],
  commission: ['commission_secretary'],
  maraude: ['outreach_worker'],
} as const satisfies Record<string, readonly Role[]>;
