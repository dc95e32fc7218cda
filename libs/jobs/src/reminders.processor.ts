import { JobName, QueueName, readPayload } from '@app/queue';
import { ReminderDelivery } from '@app/reminders';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';

/** Delivers due reminders to the inbox and queues their e-mail. */
@Processor(QueueName.Reminders, { concurrency: 10 })
export class RemindersProcessor extends WorkerHost {
  static readonly jobs = [JobName.DeliverReminder] as const;

  constructor(private readonly delivery: ReminderDelivery) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    const { reminderId, dueAt } = readPayload(JobName.DeliverReminder, job.data);
    return { outcome: await this.delivery.deliver(reminderId, dueAt) };
  }
}

/** Sends reminder e-mails, retried with exponential backoff while the SMTP server refuses them. */
@Processor(QueueName.ReminderEmails, { concurrency: 10 })
export class ReminderEmailsProcessor extends WorkerHost {
  static readonly jobs = [JobName.SendReminderEmail] as const;

  constructor(private readonly delivery: ReminderDelivery) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    const payload = readPayload(JobName.SendReminderEmail, job.data);
    const finalAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    // More starts than failed attempts: a previous start never finished (its worker died); or the
    // reconciler found the e-mail left `sending` by a job Redis lost.
    const resumed = payload.resume === true || job.attemptsStarted > job.attemptsMade + 1;
    return { outcome: await this.delivery.email(payload.reminderId, { finalAttempt, resumed }) };
  }
}
