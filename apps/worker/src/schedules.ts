import { JobName, QueueName } from '@app/queue';
import { ReminderSettings } from '@app/reminders';
import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bullmq';

/**
 * Periodic jobs, as BullMQ job schedulers upserted at start-up. Upserting is idempotent, so
 * several workers starting together leave exactly one scheduler per id.
 */
@Injectable()
export class Schedules implements OnApplicationBootstrap {
  private readonly logger = new Logger(Schedules.name);

  constructor(
    @InjectQueue(QueueName.Maintenance) private readonly maintenance: Queue,
    @InjectQueue(QueueName.Indicators) private readonly indicators: Queue,
    private readonly settings: ReminderSettings,
  ) {}

  onApplicationBootstrap(): void {
    // Not awaited: start-up must not wait for Redis (BullMQ retries until it is back).
    this.upsert().catch((error: unknown) => this.logger.error(`Could not upsert job schedulers: ${String(error)}`));
  }

  /** Idempotent: also called when Redis comes back empty (the schedulers were lost with it). */
  async upsert(): Promise<void> {
    await this.maintenance.upsertJobScheduler(
      'audit-purge-daily',
      { pattern: '0 3 * * *', tz: 'Europe/Paris' },
      { name: JobName.PurgeAuditTrail, data: {} },
    );
    await this.maintenance.upsertJobScheduler(
      'reminders-digest-daily',
      { pattern: '30 7 * * *', tz: this.settings.timezone },
      { name: JobName.SendReminderDigests, data: {} },
    );
    await this.maintenance.upsertJobScheduler(
      'pecule-payments-due-daily',
      { pattern: '0 8 * * *', tz: this.settings.timezone },
      { name: JobName.AnnouncePeculePayments, data: {} },
    );
    // Every day of March: the execution report of the year before is due by 31 March (article 2.3.2).
    await this.maintenance.upsertJobScheduler(
      'convention-reports-due-march',
      { pattern: '0 8 * 3 *', tz: this.settings.timezone },
      { name: JobName.AnnounceConventionReports, data: {} },
    );
    await this.maintenance.upsertJobScheduler(
      'retention-purge-daily',
      { pattern: '30 3 * * *', tz: 'Europe/Paris' },
      { name: JobName.PurgeExpiredFiles, data: {} },
    );
    // The relay asks for a projection after each batch; this catches up if Redis lost that job.
    await this.indicators.upsertJobScheduler('indicators-project', { every: 60_000 }, { name: JobName.ProjectIndicators, data: {} });
    await this.maintenance.upsertJobScheduler('reminders-reconcile', { every: 5 * 60_000 }, { name: JobName.ReconcileReminders, data: {} });
    this.logger.log('Job schedulers upserted');
  }
}
