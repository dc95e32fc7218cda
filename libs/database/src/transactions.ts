import { AsyncLocalStorage } from 'node:async_hooks';
import { DataSource, EntityManager } from 'typeorm';

interface RequestTransaction {
  manager: EntityManager;
  /** Set once a service ran its work in it: the caller can tell a route that never joined. */
  joined: boolean;
}

const requestTransaction = new AsyncLocalStorage<RequestTransaction>();

/**
 * Runs `work` in a transaction: the one the current request already holds (an idempotent
 * request, whose stored response must commit with the record it describes), or a new one.
 * Services that may serve an `@Idempotent()` route open their transaction here rather than with
 * `dataSource.transaction`, and must read what they return through `manager`: another connection
 * would not see the uncommitted rows.
 */
export function inTransaction<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  const current = requestTransaction.getStore();
  if (!current) return dataSource.transaction(work);
  current.joined = true;
  return work(current.manager);
}

/**
 * Runs `work` with `manager`'s open transaction as the one `inTransaction` joins; tells whether
 * anything joined it. The caller commits or rolls back.
 */
export async function withRequestTransaction<T>(manager: EntityManager, work: () => Promise<T>): Promise<{ result: T; joined: boolean }> {
  const store: RequestTransaction = { manager, joined: false };
  const result = await requestTransaction.run(store, work);
  return { result, joined: store.joined };
}
