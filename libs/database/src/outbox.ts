import { DomainEvent, EventPayload, EventType } from '@app/core';
import { EntityManager, In } from 'typeorm';
import { OutboxEvent } from './outbox-event.entity';

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

/** Encounters outlive the households met: their events forget these (purged) households. */
export async function forgetHouseholdsInEncounterEvents(manager: EntityManager, householdIds: string[]): Promise<void> {
  await manager.query(`DELETE FROM outbox_event WHERE type = 'maraude.encounter.linked' AND payload->>'householdId' = ANY($1::text[])`, [
    householdIds,
  ]);
  await manager.query(
    `UPDATE outbox_event SET payload = jsonb_set(payload, '{householdIds}',
            (SELECT coalesce(jsonb_agg(e.id), '[]'::jsonb) FROM jsonb_array_elements_text(payload->'householdIds') AS e(id) WHERE e.id <> ALL($1::text[])))
      WHERE type = 'maraude.encounter.recorded' AND payload->'householdIds' ?| $1::text[]`,
    [householdIds],
  );
}

/**
 * The oldest events not yet published (the relay's cursor, `published_at`), once the relay holds
 * `lockKey` for the caller's transaction; none while another relay holds it.
 */
export async function lockUnpublishedEvents(manager: EntityManager, lockKey: number, limit: number): Promise<OutboxEvent[]> {
  const [{ locked }] = await manager.query<Array<{ locked: boolean }>>('SELECT pg_try_advisory_xact_lock($1) AS locked', [lockKey]);
  if (!locked) return [];
  return manager
    .getRepository(OutboxEvent)
    .createQueryBuilder('e')
    .where('e.publishedAt IS NULL')
    .orderBy('e.id', 'ASC')
    .limit(limit)
    .getMany();
}

export async function markPublished(manager: EntityManager, ids: string[]): Promise<void> {
  await manager.update(OutboxEvent, { id: In(ids) }, { publishedAt: new Date() });
}

/** An outbox row as the indicators projector reads it. */
export interface StoredEvent {
  id: string;
  type: EventType;
  territoryId: string;
  occurredAt: Date;
  payload: Record<string, unknown>;
}

/** The oldest events the indicators projector has not read yet (its own cursor, `projected_at`). */
export async function unprojectedEvents(manager: EntityManager, limit: number): Promise<StoredEvent[]> {
  const rows = await manager.query<
    Array<{ id: string; type: EventType; territory_id: string; occurred_at: Date; payload: Record<string, unknown> }>
  >(`SELECT id, type, territory_id, occurred_at, payload FROM outbox_event WHERE projected_at IS NULL ORDER BY id LIMIT $1`, [limit]);
  return rows.map((r) => ({ id: r.id, type: r.type, territoryId: r.territory_id, occurredAt: r.occurred_at, payload: r.payload }));
}

export async function markProjected(manager: EntityManager, ids: string[]): Promise<void> {
  await manager.query(`UPDATE outbox_event SET projected_at = now() WHERE id = ANY($1::bigint[])`, [ids]);
}

/** Sets the indicators projector's cursor back to the first event: the whole outbox is projected again. */
export async function resetProjection(manager: EntityManager): Promise<void> {
  await manager.query(`UPDATE outbox_event SET projected_at = NULL WHERE projected_at IS NOT NULL`);
}

/** The payloads of the events of this type already written for these aggregates (to announce something once). */
export async function outboxPayloadsOf<T extends EventType>(
  manager: EntityManager,
  type: T,
  aggregateIds: string[],
): Promise<Array<{ aggregateId: string; payload: EventPayload<T> }>> {
  const rows = await manager.query<Array<{ aggregate_id: string; payload: EventPayload<T> }>>(
    `SELECT aggregate_id, payload FROM outbox_event WHERE type = $1 AND aggregate_id = ANY($2::uuid[])`,
    [type, aggregateIds],
  );
  return rows.map((r) => ({ aggregateId: r.aggregate_id, payload: r.payload }));
}
