import { assertVersion, DomainError } from '@app/core';
import { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { appendToOutbox, OutboxMessage } from './outbox';
import { updateIfVersion } from './versioned-update';

/**
 * The workflow helper's write (the transition tables and the ILLEGAL_TRANSITION and STALE_VERSION
 * answers are pure, in @app/core's transitions.ts).
 */
export interface StatusWrite<T extends ObjectLiteral> {
  target: EntityTarget<T>;
  /** The record's name in error messages ("Payment"). */
  resource: string;
  /** The record as read (its status and version are the write's conditions). */
  read: T & { id: string; version: number };
  /** The status column's property, when not `status`. */
  statusProperty?: keyof T & string;
  /** The version the client read, when the API takes one: checked before anything is written. */
  expectedVersion?: number;
  /** The new status and any other column changed with it. */
  changes: QueryDeepPartialEntity<T>;
  /** The outbox rows of the change. */
  outbox?: OutboxMessage[];
  /** Writes the rest of the change (its timeline event, its audit row) once the status moved. */
  then?: () => Promise<unknown>;
}

/**
 * Moves a record's status inside the caller's transaction: one conditional
 * `UPDATE … WHERE id AND status AND version` (version bumped), then its outbox and audit rows.
 * Zero rows means someone else changed the record since it was read: STALE_VERSION with the
 * current version, and nothing written. Check the transition (assertTransition) before calling.
 */
export async function writeTransition<T extends ObjectLiteral>(manager: EntityManager, write: StatusWrite<T>): Promise<void> {
  const { read, resource } = write;
  assertVersion(resource, read.version, write.expectedVersion);
  const statusProperty = write.statusProperty ?? 'status';
  const condition = { [statusProperty]: read[statusProperty] } as unknown as QueryDeepPartialEntity<T>;
  if (!(await updateIfVersion(manager, write.target, read.id, read.version, write.changes, condition))) {
    const current = await manager.getRepository(write.target).findOneBy({ id: read.id } as unknown as FindOptionsWhere<T>);
    throw current
      ? DomainError.staleVersion(resource, (current as unknown as { version: number }).version)
      : DomainError.notFound(resource);
  }
  await appendToOutbox(manager, ...(write.outbox ?? []));
  await write.then?.();
}
