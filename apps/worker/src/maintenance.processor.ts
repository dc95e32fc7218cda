import { AuditService } from '@app/audit';
import { ConventionsService } from '@app/convention';
import { purgeExpiredIdempotencyKeys } from '@app/database';
import { RetentionPurge } from '@app/indicators';
import { PaymentsService } from '@app/pecule';
import { JobName, QueueName } from '@app/queue';
import { ReminderDigests, RemindersService } from '@app/reminders';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';

/** Scheduled housekeeping: retention purges (audit trail and expired idempotency keys, personal files), reminder reconciliation, daily digests, pécule payments due, convention reports due. */
@Processor(QueueName.Maintenance)
export class MaintenanceProcessor extends WorkerHost {
  private readonly logger = new Logger(MaintenanceProcessor.name);

  constructor(
    private readonly audit: AuditService,
    private readonly reminders: RemindersService,
    private readonly digests: ReminderDigests,
    private readonly peculePayments: PaymentsService,
    private readonly retention: RetentionPurge,
    private readonly conventions: ConventionsService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    const name = job.name as JobName;
    switch (name) {
      case JobName.PurgeAuditTrail: {
        // Expired idempotency keys go with the daily audit purge: first, as a retried job repeats it harmlessly.
        const idempotencyKeys = await purgeExpiredIdempotencyKeys(this.dataSource.manager);
        const purged = await this.audit.purgeExpired();
        this.logger.log(`Audit trail purge: ${purged} entries past retention deleted; ${idempotencyKeys} expired idempotency keys deleted`);
        return { purged, idempotencyKeys };
      }
      case JobName.ReconcileReminders:
        return this.reminders.reconcile();
      case JobName.SendReminderDigests:
        return this.digests.sendAll();
      case JobName.AnnouncePeculePayments:
        return { announced: await this.peculePayments.announceDuePayments() };
      case JobName.AnnounceConventionReports:
        return { announced: await this.conventions.announceReportsDue(new Date()) };
      case JobName.PurgeExpiredFiles: {
        const result = await this.retention.purgeExpired();
        this.logger.log(`Retention purge: ${JSON.stringify(result)}`);
        return result;
      }
      case JobName.DeliverReminder:
      case JobName.SendReminderEmail:
      case JobName.ProjectIndicators:
        throw new Error(`${name} runs on its own queue`);
      default: {
        const unhandled: never = name;
        throw new Error(`No handler for job ${String(unhandled)}`);
      }
    }
  }
}
