import { UnrecoverableError } from 'bullmq';
import { z } from 'zod';
import { JobName } from './queue.names';

const none = z.object({}).strict();

/**
 * Job payloads, by job name, as read back from Redis. Payloads carry ids only, never personal
 * data: Redis stores them in clear text.
 */
export const JOB_PAYLOADS = {
  [JobName.PurgeAuditTrail]: none,
  [JobName.ReconcileReminders]: none,
  [JobName.SendReminderDigests]: none,
  /** `dueAt` tells a superseded job (the reminder was rescheduled since) from the current one. */
  [JobName.DeliverReminder]: z.object({ reminderId: z.uuid(), dueAt: z.iso.datetime() }).strict(),
  /** `resume`: the e-mail was left `sending` by a job Redis lost; send it again (same Message-ID). */
  [JobName.SendReminderEmail]: z.object({ reminderId: z.uuid(), resume: z.literal(true).optional() }).strict(),
  [JobName.AnnouncePeculePayments]: none,
  [JobName.RecordLapsedOffers]: none,
  [JobName.ProjectIndicators]: none,
  [JobName.PurgeExpiredFiles]: none,
  [JobName.AnnounceConventionReports]: none,
} satisfies Record<JobName, z.ZodType>;

export type JobPayloads = { [N in JobName]: z.infer<(typeof JOB_PAYLOADS)[N]> };

/**
 * A job's payload, validated: a malformed one (written by an older version, or by hand) fails the
 * job for good, naming the job and the fields, rather than reaching a handler. Retrying would not mend it.
 */
export function readPayload<N extends JobName>(name: N, data: unknown): JobPayloads[N] {
  const result = JOB_PAYLOADS[name].safeParse(data);
  if (result.success) return result.data as JobPayloads[N];
  const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(payload)'}: ${issue.message}`);
  throw new UnrecoverableError(`Invalid payload for job ${name}: ${problems.join('; ')}`);
}
