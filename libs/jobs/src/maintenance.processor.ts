import { AuditService } from '@app/audit';
import { ConventionsService } from '@app/convention';
import { Clock } from '@app/core';
import { purgeExpiredIdempotencyKeys } from '@app/database';
import { RetentionPurge } from '@app/indicators';
import { OfferLapsesService } from '@app/pathway';
import { PaymentsService } from '@app/pecule';
import { JobName, QueueName, readPayload } from '@app/queue';
import { ReminderDigests, RemindersService } from '@app/reminders';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Job, UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';

const MAINTENANCE_JOBS = [
  JobName.PurgeAuditTrail,
  JobName.ReconcileReminders,
  JobName.SendReminderDigests,
  JobName.AnnouncePeculePayments,
  JobName.RecordLapsedOffers,
  JobName.PurgeExpiredFiles,
  JobName.AnnounceConventionReports,
] as const;
type MaintenanceJob = (typeof MAINTENANCE_JOBS)[number];

/** Scheduled housekeeping: retention purges (audit trail and expired idempotency keys, personal files), reminder reconciliation, daily digests, pécule payments due, offers left unanswered, convention reports due. */
@Processor(QueueName.Maintenance)
export class MaintenanceProcessor extends WorkerHost {
  static readonly jobs: readonly JobName[] = MAINTENANCE_JOBS;
  private readonly logger = new Logger(MaintenanceProcessor.name);

  constructor(
    private readonly audit: AuditService,
    private readonly reminders: RemindersService,
    private readonly digests: ReminderDigests,
    private readonly peculePayments: PaymentsService,
    private readonly retention: RetentionPurge,
    private readonly offerLapses: OfferLapsesService,
    private readonly conventions: ConventionsService,
    private readonly clock: Clock,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    super();
  }

  /** One handler per job of this queue: the start-up check (job-handlers.ts) reads the names from `jobs`. */
  private readonly handlers: Record<MaintenanceJob, () => Promise<unknown>> = {
    [JobName.PurgeAuditTrail]: async () => {
      // Expired idempotency keys go with the daily audit purge: first, as a retried job repeats it harmlessly.
      const idempotencyKeys = await purgeExpiredIdempotencyKeys(this.dataSource.manager);
      const purged = await this.audit.purgeExpired();
      this.logger.log(`Audit trail purge: ${purged} entries past retention deleted; ${idempotencyKeys} expired idempotency keys deleted`);
      return { purged, idempotencyKeys };
    },
    [JobName.ReconcileReminders]: () => this.reminders.reconcile(),
    [JobName.SendReminderDigests]: () => this.digests.sendAll(),
    [JobName.AnnouncePeculePayments]: async () => ({ announced: await this.peculePayments.announceDuePayments() }),
    [JobName.RecordLapsedOffers]: async () => ({ lapsed: await this.offerLapses.recordLapsedOffers() }),
    [JobName.AnnounceConventionReports]: async () => ({ announced: await this.conventions.announceReportsDue(this.clock.now()) }),
    [JobName.PurgeExpiredFiles]: async () => {
      const result = await this.retention.purgeExpired();
      this.logger.log(`Retention purge: ${JSON.stringify(result)}`);
      return result;
    },
  };

  async process(job: Job): Promise<unknown> {
    const name = job.name as MaintenanceJob;
    if (!MaintenanceProcessor.jobs.includes(name)) throw new UnrecoverableError(`No handler for job ${job.name} on the maintenance queue`);
    readPayload(name, job.data);
    return this.handlers[name]();
  }
}
