import { DomainError } from './domain-error';

/**
 * A status machine's transition table: for each action (a step, a stage, a target status), the
 * statuses it may start from. Declare it `as const satisfies TransitionTable<Action, Status>` so
 * that an action or a status missing or misspelt fails to compile.
 */
export type TransitionTable<Action extends string, Status extends string> = { readonly [A in Action]: readonly Status[] };

/** The actions a status allows, in the table's order. */
export function allowedActions<Action extends string, Status extends string>(
  table: TransitionTable<Action, Status>,
  status: Status,
): Action[] {
  return (Object.keys(table) as Action[]).filter((action) => table[action].includes(status));
}

/** Whether the table lets `action` start from `status`. */
export function isAllowed<Action extends string, Status extends string>(
  table: TransitionTable<Action, Status>,
  status: Status,
  action: Action,
): boolean {
  return table[action].includes(status);
}

/**
 * The one answer to a refused transition: 409 ILLEGAL_TRANSITION with the current status and what
 * it allows (`allowed`), plus any detail a client already relies on.
 */
export function illegalTransition(
  message: string,
  status: string | null,
  allowed: readonly string[],
  details: Record<string, unknown> = {},
): DomainError {
  return new DomainError('ILLEGAL_TRANSITION', message, { status, allowed, ...details });
}

/** Checks `action` against the table; throws ILLEGAL_TRANSITION naming what `status` allows. */
export function assertTransition<Action extends string, Status extends string>(
  table: TransitionTable<Action, Status>,
  status: Status,
  action: Action,
  message: string,
  details: Record<string, unknown> = {},
): void {
  if (!isAllowed(table, status, action)) throw illegalTransition(message, status, allowedActions(table, status), details);
}

/**
 * The one answer to a concurrent edit: 409 STALE_VERSION with the current version (NOT_FOUND when
 * the record is gone). `expectedVersion` is the version the client read, when the API takes one.
 */
export function assertVersion(resource: string, currentVersion: number, expectedVersion: number | undefined): void {
  if (expectedVersion !== undefined && expectedVersion !== currentVersion) throw DomainError.staleVersion(resource, currentVersion);
}
