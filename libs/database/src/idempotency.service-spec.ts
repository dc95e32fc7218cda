import { randomUUID } from 'node:crypto';
import { openServiceDatabase, ServiceDatabase } from '../../../test/support/service-database';
import { purgeExpiredIdempotencyKeys } from './idempotency';

describe('purgeExpiredIdempotencyKeys (real database)', () => {
  let db: ServiceDatabase;

  beforeAll(async () => {
    db = await openServiceDatabase('idempotency');
  });
  afterAll(() => db?.close());

  const storeKey = (key: string, expiresIn: string) =>
    db.dataSource.query(
      `INSERT INTO idempotency_key (user_id, operation, key, request_hash, response_status, response_body, expires_at)
       VALUES ($1, 'POST /households', $2, 'hash', 201, '{}', now() + $3::interval)`,
      [randomUUID(), key, expiresIn],
    );

  it('deletes the keys past their expiry and keeps the others', async () => {
    await storeKey('expired', '-1 minute');
    await storeKey('fresh', '23 hours');
    expect(await purgeExpiredIdempotencyKeys(db.dataSource.manager)).toBe(1);
    const left = await db.dataSource.query<Array<{ key: string }>>('SELECT key FROM idempotency_key ORDER BY key');
    expect(left).toEqual([{ key: 'fresh' }]);
  });
});
