import { JobName, JobPayloads, QueueName } from '@app/queue';
import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import type { Queue } from 'bullmq';

export interface ScheduledReminder {
  id: string;
  dueAt: Date;
}

/**
 * BullMQ side of reminders. A job's id is the reminder's id and due instant: adding it again is a
 * no-op (so the reconciler may re-add everything), and a rescheduled reminder gets a new job
 * without colliding with the one it replaces.
 */
@Injectable()
export class ReminderJobs {
  private readonly logger = new Logger(ReminderJobs.name);

  constructor(
    @InjectQueue(QueueName.Reminders) private readonly queue: Queue,
    @InjectQueue(QueueName.ReminderEmails) private readonly emails: Queue,
  ) {}

  static jobId(reminder: ScheduledReminder): string {
    return `${reminder.id}-${reminder.dueAt.getTime()}`;
  }

  async enqueue(reminders: ScheduledReminder[], now = Date.now()): Promise<void> {
    if (reminders.length === 0) return;
    await this.queue.addBulk(
      reminders.map((r) => ({
        name: JobName.DeliverReminder,
        data: { reminderId: r.id, dueAt: r.dueAt.toISOString() } satisfies JobPayloads[JobName.DeliverReminder],
        opts: { jobId: ReminderJobs.jobId(r), delay: Math.max(0, r.dueAt.getTime() - now) },
      })),
    );
  }

  /** One e-mail job per reminder (the job id is the reminder's): adding it again is a no-op. */
  async enqueueEmails(reminderIds: string[]): Promise<void> {
    if (reminderIds.length === 0) return;
    await this.emails.addBulk(
      reminderIds.map((reminderId) => ({
        name: JobName.SendReminderEmail,
        data: { reminderId } satisfies JobPayloads[JobName.SendReminderEmail],
        opts: { jobId: `email-${reminderId}` },
      })),
    );
  }

  /**
   * Resumes e-mails left `sending` whose job is gone (Redis lost it) or given up (stalled too
   * often). The job id names the attempt, so an old job of the same reminder does not swallow it
   * and two reconciler runs during one attempt add it once.
   */
  async resumeEmails(reminders: Array<{ id: string; attempts: number }>): Promise<void> {
    if (reminders.length === 0) return;
    await this.emails.addBulk(
      reminders.map(({ id, attempts }) => ({
        name: JobName.SendReminderEmail,
        data: { reminderId: id, resume: true } satisfies JobPayloads[JobName.SendReminderEmail],
        opts: { jobId: `email-${id}-resume-${attempts}` },
      })),
    );
  }

  /** Best effort: a job left behind finds its reminder cancelled or moved and does nothing. */
  async remove(reminders: ScheduledReminder[]): Promise<void> {
    for (const r of reminders) {
      await this.queue
        .remove(ReminderJobs.jobId(r))
        .catch((error: unknown) => this.logger.warn(`Job ${ReminderJobs.jobId(r)} not removed: ${String(error)}`));
    }
  }
}
