import type { EventRegistry } from './event-fields';

/** Events of the convention context (libs/convention): no personal data at all. */
export const CONVENTION_EVENTS = {
  // The year's execution report is due (by 31 March of the next year): the coordination team's reminder.
  'convention.report.due': { aggregate: 'convention', payload: { conventionId: 'id', year: 'number', dueOn: 'date' } },
} as const satisfies EventRegistry;
