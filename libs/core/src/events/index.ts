import { ARREARS_EVENTS } from './arrears.events';
import { CONVENTION_EVENTS } from './convention.events';
import { describesField, PayloadOf } from './event-fields';
import { PATHWAY_EVENTS } from './pathway.events';
import { PECULE_EVENTS } from './pecule.events';

export * from './event-fields';
export { ARREARS_EVENTS, CONVENTION_EVENTS, PATHWAY_EVENTS, PECULE_EVENTS };

/**
 * Every event the outbox carries, by type: one registry per emitting context, merged. The types
 * below are derived from it, and the configuration loaders check the event types and payload
 * fields they name against it, so both read one source.
 */
export const DOMAIN_EVENTS = { ...PATHWAY_EVENTS, ...PECULE_EVENTS, ...ARREARS_EVENTS, ...CONVENTION_EVENTS } as const;

export type EventType = keyof typeof DOMAIN_EVENTS;
export type EventPayload<T extends EventType> = PayloadOf<(typeof DOMAIN_EVENTS)[T]['payload']>;

/** One event as its emitter states it: its type, the file it is about, its payload. */
export type DomainEvent<T extends EventType = EventType> = {
  [K in T]: { type: K; aggregateType: (typeof DOMAIN_EVENTS)[K]['aggregate']; payload: EventPayload<K> };
}[T];

/** A payload field some event carries (`deadline_${string}` for the wildcard fields): what consumers may read. */
export type PayloadField = { [T in EventType]: keyof EventPayload<T> & string }[EventType];

export function isEventType(value: string): value is EventType {
  return Object.hasOwn(DOMAIN_EVENTS, value);
}

/**
 * Why a configuration naming this event type (and these payload fields) cannot work, or null:
 * "no event lease.sined", "no field leasType on lease.signed".
 */
export function eventReferenceProblem(type: string, fields: readonly string[] = []): string | null {
  if (!isEventType(type)) return `no event ${type}`;
  const missing = fields.filter((field) => !describesField(DOMAIN_EVENTS[type].payload, field));
  return missing.length > 0 ? `no field ${missing.join(', ')} on ${type}` : null;
}
