import { Role } from '@app/core';

/**
 * Who may do what on arrears files (the README's role matrix is this file). Files hold a tenant's
 * debts and court procedure: an ADIL organisation's arrears advisors work on them; admins of the
 * territory may read them; nobody else, not even the pathway's workers.
 */
export const ARREARS_ROLES = {
  read: ['arrears_advisor', 'admin'],
  write: ['arrears_advisor'],
} as const satisfies Record<string, readonly Role[]>;
