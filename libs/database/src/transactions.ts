import { AsyncLocalStorage } from 'node:async_hooks';
import { DataSource, EntityManager } from 'typeorm';

interface AmbientTransaction {
  manager: EntityManager;
  /** Set once a service ran its work in it: the caller can tell a route that never joined. */
  joined: boolean;
  /** Cleared when the work is over: a callback that outlives it opens a transaction of its own. */
  open: boolean;
}

const ambientTransaction = new AsyncLocalStorage<AmbientTransaction>();

/**
 * Runs `work` in a transaction: the one already open around the call, or a new one.
 * - An idempotent request's (`withRequestTransaction`): its stored response must commit with the
 *   record it describes.
 * - Another context's: a service of one context that calls a service of another (an arrears file
 *   opening a household file) wraps the call in `inTransaction`, and the callee's own
 *   `inTransaction` joins it. No context hands its EntityManager to another.
 * Services open their transactions here rather than with `dataSource.transaction`, and must read
 * what they return through `manager`: another connection would not see the uncommitted rows.
 */
export function inTransaction<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  const current = ambientTransaction.getStore();
  if (current?.open) {
    current.joined = true;
    return work(current.manager);
  }
  return dataSource.transaction((manager) => runAmbient(manager, true, () => work(manager)).then(({ result }) => result));
}

/**
 * Runs `work` with `manager`'s open transaction as the one `inTransaction` joins; tells whether
 * anything joined it. The caller commits or rolls back.
 */
export function withRequestTransaction<T>(manager: EntityManager, work: () => Promise<T>): Promise<{ result: T; joined: boolean }> {
  return runAmbient(manager, false, work);
}

async function runAmbient<T>(manager: EntityManager, joined: boolean, work: () => Promise<T>): Promise<{ result: T; joined: boolean }> {
  const store: AmbientTransaction = { manager, joined, open: true };
  try {
    const result = await ambientTransaction.run(store, work);
    return { result, joined: store.joined };
  } finally {
    store.open = false;
  }
}
