import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { openServiceDatabase, ServiceDatabase } from '../../../test/support/service-database';
import { appendToOutbox } from './outbox';
import { inTransaction } from './transactions';

describe('inTransaction (real database)', () => {
  let db: ServiceDatabase;
  const territoryId = randomUUID();

  beforeAll(async () => {
    db = await openServiceDatabase('transactions');
    await db.dataSource.query('INSERT INTO territory (id, code, name) VALUES ($1, $2, $3)', [
      territoryId,
      `t-${territoryId.slice(0, 8)}`,
      'Test',
    ]);
  });
  afterAll(() => db?.close());

  const announce = (manager: EntityManager, aggregateId: string) =>
    appendToOutbox(manager, {
      type: 'convention.report.due',
      aggregateType: 'convention',
      aggregateId,
      territoryId,
      occurredAt: new Date(),
      payload: { conventionId: aggregateId, year: 2025, dueOn: '2026-03-31' },
    });
  const announced = async (...ids: string[]) =>
    Number(
      (
        await db.dataSource.query<Array<{ n: string }>>('SELECT count(*) AS n FROM outbox_event WHERE aggregate_id = ANY($1::uuid[])', [
          ids,
        ])
      )[0].n,
    );
  const backend = async (manager: EntityManager) => (await manager.query<Array<{ pid: number }>>('SELECT pg_backend_pid() AS pid'))[0].pid;

  it("joins the transaction open around the call: the callee's writes commit with the caller's, on one connection", async () => {
    const [caller, callee] = [randomUUID(), randomUUID()];
    const pids = await inTransaction(db.dataSource, async (outer) => {
      await announce(outer, caller);
      // Another context's service, opening its own unit of work.
      return inTransaction(db.dataSource, async (inner) => {
        await announce(inner, callee);
        const seen = await inner.query<unknown[]>('SELECT 1 FROM outbox_event WHERE aggregate_id = $1', [caller]);
        expect(seen).toHaveLength(1); // the caller's uncommitted row
        return [await backend(outer), await backend(inner)];
      });
    });
    expect(pids[0]).toBe(pids[1]);
    expect(await announced(caller, callee)).toBe(2);
  });

  it("rolls the callee's writes back with the caller's", async () => {
    const [caller, callee] = [randomUUID(), randomUUID()];
    const failing = inTransaction(db.dataSource, async (outer) => {
      await announce(outer, caller);
      await inTransaction(db.dataSource, (inner) => announce(inner, callee));
      throw new Error('the caller fails after the callee wrote');
    });
    await expect(failing).rejects.toThrow('the caller fails');
    expect(await announced(caller, callee)).toBe(0);
  });

  it('opens a transaction of its own for work that outlives the one it started in', async () => {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let later: Promise<number> | undefined;
    await inTransaction(db.dataSource, () => {
      // Started inside, run once the transaction is over (a callback left behind): joining would
      // use a released connection and fail.
      later = released.then(() => inTransaction(db.dataSource, backend));
      return Promise.resolve();
    });
    release();
    await expect(later).resolves.toEqual(expect.any(Number));
  });
});
