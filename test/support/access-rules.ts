import { Role } from '@app/core';

/**
 * Who may call what: every operation of the OpenAPI document, and the roles that pass its guard.
 * Any other role gets 403, an anonymous caller 401. This table is the documentation of the access
 * rules (the README's tables summarise it); test/e2e/access-matrix.e2e-spec.ts checks it, and
 * fails on an endpoint without a line here. The fuzzer uses it to reach past the guard.
 */
export const ANYONE = 'anyone';
export const SIGNED_IN = 'signed in';
export type Who = typeof ANYONE | typeof SIGNED_IN | Role[];
const FILE_READERS: Role[] = ['outreach_worker', 'siao_worker', 'commission_secretary', 'youth_worker', 'admin'];
const FIELD_WORKERS: Role[] = ['outreach_worker', 'siao_worker'];
const INBOX: Role[] = [
  'coordinator',
  'outreach_worker',
  'siao_worker',
  'commission_secretary',
  'arrears_advisor',
  'youth_worker',
  'stipend_manager',
  'admin',
];
const ARREARS_READERS: Role[] = ['arrears_advisor', 'admin'];
const COUNTS: Role[] = ['coordinator', 'state_officer', 'admin'];
const CONVENTION: Role[] = ['coordinator', 'admin'];

export const WHO: Record<string, Who> = {
  'GET /health/live': ANYONE,
  'GET /health/ready': ANYONE,
  'POST /auth/login': ANYONE,
  'POST /auth/refresh': ANYONE,
  'POST /auth/logout': SIGNED_IN,
  'POST /auth/password': SIGNED_IN,
  'GET /auth/me': SIGNED_IN,
  'GET /organisations': SIGNED_IN,
  'POST /organisations': ['admin'],
  'GET /organisations/{id}': SIGNED_IN,
  'PATCH /organisations/{id}': ['admin'],
  'GET /territories': COUNTS,
  'GET /users': SIGNED_IN,
  'POST /users': ['admin'],
  'GET /users/{id}': SIGNED_IN,
  'PATCH /users/{id}': ['admin'],
  'GET /audit-entries': ['admin'],
  // Households: outreach and SIAO workers write; the commission secretary and the youth team read.
  'POST /households': FIELD_WORKERS,
  'GET /households': FILE_READERS,
  'GET /households/worklist/awaiting-proposal': FILE_READERS,
  'GET /households/{id}': FILE_READERS,
  'PATCH /households/{id}': FIELD_WORKERS,
  'POST /households/{id}/shares': FIELD_WORKERS,
  'DELETE /households/{id}/shares': FIELD_WORKERS,
  'GET /households/{id}/timeline': FILE_READERS,
  'GET /households/{id}/notes': FILE_READERS,
  'POST /households/{id}/notes': FIELD_WORKERS,
  'POST /households/{id}/consent': FIELD_WORKERS,
  'POST /households/{id}/evaluations': ['siao_worker'],
  'POST /households/{id}/offer-declined': ['outreach_worker', 'siao_worker', 'commission_secretary'],
  'POST /households/{id}/offer-accepted': ['outreach_worker', 'siao_worker', 'commission_secretary'],
  'POST /households/{id}/allocation-condition': ['outreach_worker', 'siao_worker', 'commission_secretary'],
  'POST /households/{id}/lease': FIELD_WORKERS,
  'POST /households/{id}/housing-entry': FIELD_WORKERS,
  'POST /households/{id}/visits': FIELD_WORKERS,
  'POST /households/{id}/bail-glissant-reviews': FIELD_WORKERS,
  'POST /households/{id}/lease-slide': FIELD_WORKERS,
  'POST /households/{id}/close': FIELD_WORKERS,
  'POST /households/{id}/reopen': FIELD_WORKERS,
  'POST /households/{id}/persons': FIELD_WORKERS,
  'POST /households/{id}/persons/{personId}/removal': FIELD_WORKERS,
  // The referent organisation hands the file over; the service refuses other organisations.
  'POST /households/{id}/transfer': FIELD_WORKERS,
  // SI-SIAO exports are the SIAO's own.
  'POST /households/imports': ['siao_worker'],
  'GET /siao-lists': FILE_READERS,
  'POST /commission-sessions': ['commission_secretary'],
  'GET /communes': SIGNED_IN, // the INSEE reference: public data
  'GET /commission-refusal-reasons': ['outreach_worker', 'siao_worker', 'commission_secretary'], // the household's reasons too
  'GET /commission-sessions': ['siao_worker', 'commission_secretary'],
  'GET /commission-sessions/{id}': ['siao_worker', 'commission_secretary'],
  'PATCH /commission-sessions/{id}': ['commission_secretary'],
  'POST /commission-sessions/{id}/proposals': ['siao_worker', 'commission_secretary'],
  'POST /commission-sessions/{id}/decisions': ['commission_secretary'],
  'GET /commission-sessions/{id}/agenda.csv': ['commission_secretary'],
  'POST /commission-proposals/{id}/allocation': ['commission_secretary'],
  'POST /maraude-encounters': ['outreach_worker'],
  'GET /maraude-encounters': ['outreach_worker', 'admin'],
  'POST /maraude-encounters/{id}/households': ['outreach_worker'],
  // Reminders: whoever follows files has an inbox; those who see counts only do not.
  'GET /reminders': INBOX,
  'GET /reminders/counts': INBOX,
  'GET /reminders/digest': INBOX,
  'PUT /reminders/digest': INBOX,
  'POST /reminders/{id}/acknowledge': INBOX,
  'POST /reminders/{id}/snooze': INBOX,
  'POST /reminders/{id}/done': INBOX,
  'PUT /households/{id}/reminder-suspension': FIELD_WORKERS,
  'PUT /arrears/files/{id}/reminder-suspension': ['arrears_advisor'],
  'POST /admin/reminders/reconcile': ['admin'],
  // Pécule: bank details and payments are the stipend managers' only.
  'POST /pecule/programmes': ['stipend_manager', 'admin'],
  'GET /pecule/programmes': ['youth_worker', 'stipend_manager', 'coordinator', 'admin'],
  'GET /pecule/programmes/{id}': ['youth_worker', 'stipend_manager', 'coordinator', 'admin'],
  'PATCH /pecule/programmes/{id}': ['stipend_manager', 'admin'],
  'POST /pecule/programmes/{id}/rules': ['stipend_manager', 'admin'],
  'PUT /pecule/programmes/{id}/treasury-exports/{month}': ['stipend_manager'],
  'GET /pecule/programmes/{id}/treasury-exports/{month}': ['stipend_manager'],
  'POST /pecule/enrolments': ['youth_worker'],
  'GET /pecule/enrolments': ['youth_worker', 'stipend_manager', 'admin'],
  'GET /pecule/enrolments/{id}': ['youth_worker', 'stipend_manager', 'admin'],
  'PUT /pecule/enrolments/{id}/bank-details': ['youth_worker', 'stipend_manager'],
  'POST /pecule/enrolments/{id}/end': ['youth_worker', 'stipend_manager'],
  'POST /pecule/enrolments/{id}/reviews': ['youth_worker'],
  'GET /pecule/payments': ['stipend_manager'],
  'POST /pecule/payments/{id}/validate': ['stipend_manager'],
  'POST /pecule/payments/{id}/cancel': ['stipend_manager'],
  'POST /pecule/payments/{id}/paid': ['stipend_manager'],
  // Arrears: ADIL advisors work on them, admins may read; nobody else, not even pathway workers.
  'POST /arrears/landlords': ['arrears_advisor'],
  'GET /arrears/landlords': ARREARS_READERS,
  'GET /arrears/landlords/{id}': ARREARS_READERS,
  'PATCH /arrears/landlords/{id}': ['arrears_advisor'],
  'POST /arrears/files': ['arrears_advisor'],
  'GET /arrears/files': ARREARS_READERS,
  'GET /arrears/files/{id}': ARREARS_READERS,
  'PATCH /arrears/files/{id}': ['arrears_advisor'],
  'POST /arrears/files/{id}/contacts': ['arrears_advisor'],
  'POST /arrears/files/{id}/debts': ['arrears_advisor'],
  'POST /arrears/files/{id}/solutions': ['arrears_advisor'],
  'PATCH /arrears/files/{id}/solutions/{solutionId}': ['arrears_advisor'],
  'POST /arrears/files/{id}/stages': ['arrears_advisor'],
  'POST /arrears/files/{id}/procedure-facts': ['arrears_advisor'],
  'POST /arrears/files/{id}/rehousing-request': ['arrears_advisor'],
  'POST /arrears/files/{id}/close': ['arrears_advisor'],
  'POST /arrears/imports': ['arrears_advisor'],
  'GET /admin/queues': ['admin'],
  'POST /admin/dashboard-session': ['admin'],
  // Indicators: counts, never names; no case worker.
  'GET /indicators/catalogue': COUNTS,
  'GET /indicators': COUNTS,
  'GET /indicators/export': COUNTS,
  // The convention: its coordinator and the territory's admins.
  'GET /conventions': CONVENTION,
  'POST /conventions': CONVENTION,
  'GET /conventions/{id}': CONVENTION,
  'PATCH /conventions/{id}': CONVENTION,
  'GET /conventions/{id}/document': CONVENTION,
  'POST /conventions/{id}/actions': CONVENTION,
  'PATCH /conventions/{id}/actions/{actionId}': CONVENTION,
  'POST /conventions/{id}/actions/{actionId}/expenses': CONVENTION,
  'GET /conventions/{id}/execution-report': CONVENTION,
  'POST /admin/indicators/reconcile': ['admin'],
  'POST /admin/indicators/rebuild': ['admin'],
  'POST /admin/retention-purge': ['admin'],
};
