import { EntityManager } from 'typeorm';

export interface OutboxMessage {
  type: string;
  aggregateType: string;
  aggregateId: string;
  territoryId: string;
  occurredAt: Date;
  payload: Record<string, unknown>;
}

/** Appends outbox rows inside the caller's transaction (plain SQL: it runs with every write). */
export async function appendToOutbox(manager: EntityManager, ...messages: OutboxMessage[]): Promise<void> {
  if (messages.length === 0) return;
  const parameters = messages.flatMap((m) => [m.type, m.aggregateType, m.aggregateId, m.territoryId, m.occurredAt, m.payload]);
  const rows = messages.map((_, i) => `($${6 * i + 1}, $${6 * i + 2}, $${6 * i + 3}, $${6 * i + 4}, $${6 * i + 5}, $${6 * i + 6})`);
  await manager.query(
    `INSERT INTO outbox_event (type, aggregate_type, aggregate_id, territory_id, occurred_at, payload) VALUES ${rows.join(', ')}`,
    parameters,
  );
}
