import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { QueueName } from '../../libs/queue/src/queue.names';
import { REDIS_URL, TestApp } from './app';

const POLL_MS = 50;

/**
 * Waits, at most `timeoutMs`, until the app has nothing in flight: every outbox event relayed
 * (reminders written in the same transaction) and projected into indicator facts, and no job
 * waiting or running on any queue. Jobs delayed to a later date (reminders not yet due) are not in
 * flight. A test then asserts on the outcome once, instead of polling for that outcome.
 */
export async function drained(app: TestApp, timeoutMs = 10_000): Promise<void> {
  const connection = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
  const queues = Object.values(QueueName).map((name) => new Queue(name, { connection, prefix: app.queuePrefix }));
  try {
    const end = Date.now() + timeoutMs;
    // Twice in a row: the relay marks a batch published, then adds its jobs.
    let quiet = 0;
    while (quiet < 2) {
      quiet = (await inFlight(app, queues)) === 0 ? quiet + 1 : 0;
      if (Date.now() > end)
        throw new Error(`queues not drained within ${timeoutMs} ms: ${await inFlight(app, queues)} events or jobs in flight`);
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  } finally {
    await Promise.all(queues.map((q) => q.close()));
    connection.disconnect();
  }
}

async function inFlight(app: TestApp, queues: Queue[]): Promise<number> {
  const { rows } = await app.db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM outbox_event WHERE published_at IS NULL OR projected_at IS NULL',
  );
  const counts = await Promise.all(queues.map((q) => q.getJobCounts('waiting', 'active', 'prioritized')));
  return rows[0].n + counts.reduce((sum, c) => sum + Object.values(c).reduce((a, b) => a + b, 0), 0);
}
