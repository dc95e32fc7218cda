import { JobName, JobPayloads, QueueName } from '@app/queue';
import { ReminderDelivery } from '@app/reminders';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';

/** Delivers due reminders (inbox, then e-mail with retries and exponential backoff). */
@Processor(QueueName.Reminders, { concurrency: 10 })
export class RemindersProcessor extends WorkerHost {
  constructor(private readonly delivery: ReminderDelivery) {
    super();
  }

  async process(job: Job<JobPayloads[JobName.DeliverReminder]>): Promise<unknown> {
    const finalAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    return { outcome: await this.delivery.deliver(job.data.reminderId, job.data.dueAt, finalAttempt) };
  }
}
