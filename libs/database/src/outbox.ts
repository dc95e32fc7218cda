import { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { OutboxEvent } from './outbox-event.entity';

export interface OutboxMessage {
  type: string;
  aggregateType: string;
  aggregateId: string;
  territoryId: string;
  occurredAt: Date;
  payload: Record<string, unknown>;
}

/** Appends outbox rows inside the caller's transaction. */
export async function appendToOutbox(manager: EntityManager, ...messages: OutboxMessage[]): Promise<void> {
  if (messages.length === 0) return;
  await manager.insert(OutboxEvent, messages as QueryDeepPartialEntity<OutboxEvent>[]);
}
