import { AppConfig } from '@app/config';
import { lockUnpublishedEvents, markPublished } from '@app/database';
import { JobName, QueueName, RedisService } from '@app/queue';
import { ReminderJobChanges, ReminderJobs, RemindersProjector, RemindersService } from '@app/reminders';
import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { Schedules } from './schedules';

const BATCH = 200;
/** Advisory lock key: one relay at a time, so events are projected in order. */
const RELAY_LOCK = 0x0b7b0c5;

/**
 * Relays outbox events, in order, to their consumers: each batch is projected into reminders and
 * marked published in one transaction, then the BullMQ jobs it implies are added, and the
 * indicators projector is asked to read the new events (it keeps its own cursor).
 * When Redis refuses them, the rows are safe in PostgreSQL and the reconciler re-adds the jobs
 * once Redis answers again.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private timer?: NodeJS.Timeout;
  private running: Promise<void> | null = null;
  private needsReconcile = true; // at start: Redis may have lost jobs while we were down

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly projector: RemindersProjector,
    private readonly jobs: ReminderJobs,
    private readonly reminders: RemindersService,
    @InjectQueue(QueueName.Indicators) private readonly indicators: Queue,
    private readonly redis: RedisService,
    private readonly schedules: Schedules,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.tick(), this.config.outboxPollMs);
    this.tick();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  private tick(): void {
    if (this.running) return;
    this.running = this.drain()
      .catch((error: unknown) => this.logger.error(`Outbox relay: ${String(error)}`))
      .finally(() => (this.running = null));
  }

  private async drain(): Promise<void> {
    // A Redis that restarted without its data has lost the queued jobs and the job schedulers: a marker key tells.
    const marker = this.redis.key('worker', 'redis-seen');
    if (!this.needsReconcile)
      this.needsReconcile = await this.redis.client.exists(marker).then(
        (n) => n === 0,
        () => false,
      );
    if (this.needsReconcile) {
      // Redis may still be away: projecting into PostgreSQL goes on regardless.
      await this.recover(marker).catch((error: unknown) => this.logger.warn(`Recovery after Redis deferred: ${String(error)}`));
    }
    while ((await this.relayBatch()) === BATCH) {
      /* next batch */
    }
  }

  /** Re-adds what Redis may have lost: reminder jobs, the job schedulers, a projection of pending events. */
  private async recover(marker: string): Promise<void> {
    const { enqueued } = await this.reminders.reconcile();
    await this.schedules.upsert();
    await this.indicators.add(JobName.ProjectIndicators, {}, { jobId: `project-recovery-${Date.now()}` });
    await this.redis.client.set(marker, '1');
    this.needsReconcile = false;
    if (enqueued > 0) this.logger.log(`Reconciled reminders: ${enqueued} delivery jobs re-added (existing ones untouched)`);
  }

  private async relayBatch(): Promise<number> {
    let changes: ReminderJobChanges = { enqueue: [], remove: [] };
    let lastId = '';
    const count = await this.dataSource.transaction(async (manager) => {
      const events = await lockUnpublishedEvents(manager, RELAY_LOCK, BATCH);
      if (events.length === 0) return 0;
      changes = await this.projector.project(manager, events);
      lastId = events[events.length - 1].id;
      await markPublished(
        manager,
        events.map((e) => e.id),
      );
      return events.length;
    });
    try {
      await this.jobs.enqueue(changes.enqueue);
      await this.jobs.remove(changes.remove);
    } catch (error) {
      this.needsReconcile = true;
      this.logger.warn(`Reminder jobs not queued (${String(error)}); the reconciler will add them`);
    }
    if (count > 0)
      await this.indicators
        .add(JobName.ProjectIndicators, {}, { jobId: `project-${lastId}` })
        .catch((error: unknown) => this.logger.warn(`Indicator projection not queued (${String(error)}); the scheduler will run it`));
    return count;
  }
}
