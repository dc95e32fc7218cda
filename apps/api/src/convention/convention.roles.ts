import { Role } from '@app/core';

/** Who may do what on the convention (the README's table is this file): the coordinator and admins of the territory. */
export const CONVENTION_ROLES = {
  read: ['coordinator', 'admin'],
  edit: ['coordinator', 'admin'],
  report: ['coordinator', 'admin'],
} as const satisfies Record<string, readonly Role[]>;
