/** Every BullMQ queue. One processor class per queue lives in libs/jobs. */
export enum QueueName {
  Maintenance = 'maintenance',
  Reminders = 'reminders',
  /** Reminder e-mails, apart: a slow SMTP server never delays the inbox. */
  ReminderEmails = 'reminder-emails',
  /** Projection of outbox events into anonymised indicator facts. */
  Indicators = 'indicators',
}

/** Every job name: each has a payload schema (job-payloads.ts) and one handler in libs/jobs (checked at start-up). */
export enum JobName {
  PurgeAuditTrail = 'audit.purge',
  ReconcileReminders = 'reminders.reconcile',
  SendReminderDigests = 'reminders.digest',
  DeliverReminder = 'reminder.deliver',
  SendReminderEmail = 'reminder.email',
  AnnouncePeculePayments = 'pecule.announce-due-payments',
  RecordLapsedOffers = 'pathway.record-lapsed-offers',
  ProjectIndicators = 'indicators.project',
  PurgeExpiredFiles = 'retention.purge',
  AnnounceConventionReports = 'convention.announce-reports-due',
}
