import { Column, Entity, EntityManager, Index, PrimaryColumn } from 'typeorm';

/**
 * A create request's `Idempotency-Key` and the response it got, so a replay answers the same.
 * Written in the transaction of the record the request created (see `inTransaction`), so a
 * record never exists without its key nor a key without its record.
 *
 * Owned here, beside the outbox, rather than by a business context: it is request
 * infrastructure that any context's create operation writes in its own transaction, and the
 * worker purges it, which must not depend on apps/api. Rows hold the response body (personal
 * data included) for 24 hours and are only ever replayed to the user who sent the key.
 */
@Entity()
@Index('ix_idempotency_key_expires_at', ['expiresAt'])
export class IdempotencyKey {
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  /** Method and route pattern, e.g. `POST /households/:id/notes`: a key is scoped to one operation. */
  @PrimaryColumn({ type: 'text' })
  operation: string;

  @PrimaryColumn({ type: 'text' })
  key: string;

  /** SHA-256 of the method, the path and the body: the same key with another request is refused. */
  @Column({ type: 'text' })
  requestHash: string;

  @Column({ type: 'smallint' })
  responseStatus: number;

  /** `json`, not `jsonb`: a replay sends the fields in the order of the first response. */
  @Column({ type: 'json', nullable: true })
  responseBody: unknown;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;
}

/** How long a key is remembered (Stripe keeps them 24 hours). */
export const IDEMPOTENCY_KEY_TTL_HOURS = 24;

export interface IdempotencyScope {
  userId: string;
  operation: string;
  key: string;
}

export interface StoredResponse {
  requestHash: string;
  status: number;
  body: unknown;
}

// First key of the two-key advisory locks, a key space apart from the one-key locks used elsewhere.
const LOCK_CLASS = 0x1de9;

/**
 * Takes the key's lock for the rest of the transaction; false when another transaction holds it
 * (the first request is still being processed). A crashed process's lock goes with its connection.
 * Two keys in flight at once whose hashes collide (32 bits) only cost one of them a 409 and a retry.
 */
export async function lockIdempotencyKey(manager: EntityManager, scope: IdempotencyScope): Promise<boolean> {
  const [{ locked }] = await manager.query<[{ locked: boolean }]>('SELECT pg_try_advisory_xact_lock($1, hashtext($2)) AS locked', [
    LOCK_CLASS,
    JSON.stringify([scope.userId, scope.operation, scope.key]),
  ]);
  return locked;
}

/** The stored response of a key still valid; an expired one is deleted (the request is then processed anew). */
export async function findIdempotencyKey(manager: EntityManager, scope: IdempotencyScope): Promise<StoredResponse | null> {
  const rows = await manager.query<Array<{ request_hash: string; response_status: number; response_body: unknown; expired: boolean }>>(
    `SELECT request_hash, response_status, response_body, expires_at <= now() AS expired
       FROM idempotency_key WHERE user_id = $1 AND operation = $2 AND key = $3`,
    [scope.userId, scope.operation, scope.key],
  );
  const row = rows[0];
  if (!row) return null;
  if (row.expired) {
    await manager.query('DELETE FROM idempotency_key WHERE user_id = $1 AND operation = $2 AND key = $3', [
      scope.userId,
      scope.operation,
      scope.key,
    ]);
    return null;
  }
  return { requestHash: row.request_hash, status: row.response_status, body: row.response_body };
}

export async function saveIdempotencyKey(manager: EntityManager, scope: IdempotencyScope, response: StoredResponse): Promise<void> {
  await manager.query(
    `INSERT INTO idempotency_key (user_id, operation, key, request_hash, response_status, response_body, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6::json, now() + make_interval(hours => $7))`,
    [
      scope.userId,
      scope.operation,
      scope.key,
      response.requestHash,
      response.status,
      response.body === undefined ? null : JSON.stringify(response.body),
      IDEMPOTENCY_KEY_TTL_HOURS,
    ],
  );
}

/** Deletes expired keys (daily maintenance job); returns how many. */
export async function purgeExpiredIdempotencyKeys(manager: EntityManager): Promise<number> {
  const [{ purged }] = await manager.query<[{ purged: number }]>(
    'WITH gone AS (DELETE FROM idempotency_key WHERE expires_at <= now() RETURNING 1) SELECT count(*)::int AS purged FROM gone',
  );
  return purged;
}
