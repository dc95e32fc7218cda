import { DomainEvent, EventType } from '@app/core';
import { EntityManager } from 'typeorm';

/** An event of the registry (`@app/core` DOMAIN_EVENTS) with the file and instant it is about. */
export type OutboxMessage<T extends EventType = EventType> = DomainEvent<T> & {
  aggregateId: string;
  territoryId: string;
  occurredAt: Date;
};

/**
 * Appends outbox rows inside the caller's transaction (plain SQL: it runs with every write).
 * Generic over the event types: a type the registry does not know, or a payload field it does
 * not describe, fails type-checking.
 */
export async function appendToOutbox<T extends EventType>(manager: EntityManager, ...messages: Array<OutboxMessage<T>>): Promise<void> {
  if (messages.length === 0) return;
  const parameters = messages.flatMap((m) => [m.type, m.aggregateType, m.aggregateId, m.territoryId, m.occurredAt, m.payload]);
  const rows = messages.map((_, i) => `($${6 * i + 1}, $${6 * i + 2}, $${6 * i + 3}, $${6 * i + 4}, $${6 * i + 5}, $${6 * i + 6})`);
  await manager.query(
    `INSERT INTO outbox_event (type, aggregate_type, aggregate_id, territory_id, occurred_at, payload) VALUES ${rows.join(', ')}`,
    parameters,
  );
}

/** Deletes the outbox events of these aggregates (files being purged), inside the caller's transaction. */
export async function purgeOutboxEventsOf(manager: EntityManager, aggregateIds: string[]): Promise<void> {
  await manager.query(`DELETE FROM outbox_event WHERE aggregate_id = ANY($1::uuid[])`, [aggregateIds]);
}
