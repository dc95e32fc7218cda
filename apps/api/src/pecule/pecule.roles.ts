import { Role } from '@app/core';

/** Who may do what on the pécule (the README's role matrix is this file). Bank details: stipend managers only. */
export const PECULE_ROLES = {
  readProgramme: ['stipend_manager', 'youth_worker', 'coordinator', 'admin'],
  manageProgramme: ['stipend_manager', 'admin'],
  enrol: ['youth_worker'],
  readEnrolment: ['youth_worker', 'stipend_manager', 'admin'],
  changeEnrolment: ['youth_worker', 'stipend_manager'],
  review: ['youth_worker'],
  payments: ['stipend_manager'],
} as const satisfies Record<string, readonly Role[]>;
