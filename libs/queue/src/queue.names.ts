/** Every BullMQ queue. One processor class per queue lives in apps/worker. */
export enum QueueName {
  Maintenance = 'maintenance',
  Reminders = 'reminders',
  /** Reminder e-mails, apart: a slow SMTP server never delays the inbox. */
  ReminderEmails = 'reminder-emails',
  /** Projection of outbox events into anonymised indicator facts. */
  Indicators = 'indicators',
}

/** Every job name, so that processors' `switch (job.name)` is checked for exhaustiveness. */
export enum JobName {
  PurgeAuditTrail = 'audit.purge',
  ReconcileReminders = 'reminders.reconcile',
  SendReminderDigests = 'reminders.digest',
  DeliverReminder = 'reminder.deliver',
  SendReminderEmail = 'reminder.email',
  AnnouncePeculePayments = 'pecule.announce-due-payments',
  ProjectIndicators = 'indicators.project',
  PurgeExpiredFiles = 'retention.purge',
  AnnounceConventionReports = 'convention.announce-reports-due',
}

/**
 * Job payloads, by job name. Payloads carry ids only, never personal data: Redis stores them
 * in clear text.
 */
export interface JobPayloads {
  [JobName.PurgeAuditTrail]: Record<string, never>;
  [JobName.ReconcileReminders]: Record<string, never>;
  [JobName.SendReminderDigests]: Record<string, never>;
  /** `dueAt` tells a superseded job (the reminder was rescheduled since) from the current one. */
  [JobName.DeliverReminder]: { reminderId: string; dueAt: string };
  /** `resume`: the e-mail was left `sending` by a job Redis lost; send it again (same Message-ID). */
  [JobName.SendReminderEmail]: { reminderId: string; resume?: true };
  [JobName.AnnouncePeculePayments]: Record<string, never>;
  [JobName.ProjectIndicators]: Record<string, never>;
  [JobName.PurgeExpiredFiles]: Record<string, never>;
  [JobName.AnnounceConventionReports]: Record<string, never>;
}
