import { EventType, eventReferenceProblem, isEventType } from '@app/core';
import { z } from 'zod';

/** Placeholders a message may use: a file reference and dates, never a name. */
const PLACEHOLDERS = ['reference', 'dueDate', 'anchorDate'] as const;

/** An event type of the registry (`@app/core` DOMAIN_EVENTS): a rule on an event no context emits would never fire. */
const eventType = z.custom<EventType>((value) => typeof value === 'string' && isEventType(value), {
  error: (issue) => `no event ${String(issue.input)} (an event type such as lease.signed, see README "Outbox events")`,
});

const rule = z
  .object({
    code: z.string().regex(/^[a-z0-9_]+$/),
    /** Shown in the inbox, in French. */
    label: z.string().min(1),
    /** French template; placeholders in braces, see PLACEHOLDERS. */
    message: z
      .string()
      .min(1)
      .refine(
        (m) => [...m.matchAll(/\{(\w+)\}/g)].every(([, name]) => (PLACEHOLDERS as readonly string[]).includes(name)),
        `only these placeholders: ${PLACEHOLDERS.join(', ')}`,
      ),
    /** The outbox event that starts the reminder. */
    startsOn: eventType,
    /** Payload values the event must carry for the rule to apply. */
    when: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
    /** The instant the due date is computed from: the event's occurredAt or an ISO date of its payload. */
    from: z.string().min(1),
    /** Calendar offset in the configured time zone ("1 month" is a local notion). */
    offset: z
      .object({ months: z.number().int().min(-24).max(120).optional(), days: z.number().int().min(-3650).max(3650).optional() })
      .strict(),
    /** Local time of day the reminder falls due, HH:MM; keeps the anchor's time when absent. */
    at: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
      .optional(),
    /** The file's referent, or its organisation's team inbox. */
    recipient: z.enum(['referent', 'team']),
    /** Events on the same file that cancel the reminder while it is still scheduled. */
    cancelledBy: z.array(eventType).default([]),
    /** An event that moves the anchor date: reminders started with the same payload key are rescheduled. */
    rescheduledBy: z.object({ event: eventType, key: z.string().min(1) }).optional(),
    channels: z.array(z.enum(['inbox', 'email'])).min(1),
    /** The law that sets the delay, when one does. */
    source: z.string().min(1).optional(),
  })
  .strict()
  .superRefine((rule, ctx) => {
    // The payload fields the rule reads must be ones its events carry: a misspelt field would never match.
    const anchor = rule.from === 'occurredAt' ? [] : [rule.from];
    const key = rule.rescheduledBy ? [rule.rescheduledBy.key] : [];
    const checks: Array<[string[], EventType, string[]]> = [
      [['startsOn'], rule.startsOn, [...Object.keys(rule.when ?? {}), ...anchor, ...key]],
    ];
    // The moving event gives the new anchor and names the reminders it moves.
    if (rule.rescheduledBy) checks.push([['rescheduledBy', 'event'], rule.rescheduledBy.event, [...anchor, ...key]]);
    for (const [path, type, fields] of checks) {
      const problem = eventReferenceProblem(type, fields);
      if (problem) ctx.addIssue({ code: 'custom', message: problem, path });
    }
  });

export const reminderRulesSchema = z
  .object({
    rules: z
      .array(rule)
      .min(1)
      .refine((rules) => new Set(rules.map((r) => r.code)).size === rules.length, 'rule codes must be unique'),
  })
  .strict();

export type ReminderRules = z.infer<typeof reminderRulesSchema>;
export type ReminderRule = ReminderRules['rules'][number];

/** Fills a message template; unknown placeholders were refused when the rules were loaded. */
export function renderMessage(template: string, values: Record<(typeof PLACEHOLDERS)[number], string>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: keyof typeof values) => values[name]);
}
