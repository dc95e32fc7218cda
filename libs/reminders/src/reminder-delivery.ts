import { AppConfig } from '@app/config';
import { Clock } from '@app/core';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Mailer } from './mailer';
import { ReminderJobs, ScheduledReminder } from './reminder-jobs';
import { EmailStatus, Reminder } from './reminder.entity';
import { subjectPath } from './reminder-subjects';

export type DeliveryOutcome = 'delivered' | 'obsolete' | 'held';
export type EmailOutcome = 'sent' | 'obsolete' | 'no-address';

/** A due reminder, locked: held back by a suspension, delivered (now or before), or gone (null). */
type Claimed = { kind: 'held'; held: ScheduledReminder } | { kind: 'ready'; reminder: Reminder; delivered: boolean } | null;

/**
 * Delivers due reminders to the inbox (in PostgreSQL), then hands their e-mail to its own queue,
 * where it is sent at most once.
 */
@Injectable()
export class ReminderDelivery {
  private readonly logger = new Logger(ReminderDelivery.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: ReminderJobs,
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async deliver(reminderId: string, dueAt: string): Promise<DeliveryOutcome> {
    const now = this.clock.now();
    const direct = await this.deliverDirectly(reminderId, dueAt, now);
    const result = direct ?? (await this.claim(reminderId, dueAt, now));
    if (!result) return 'obsolete';
    if (result.kind === 'held') {
      await this.jobs.enqueue([result.held]);
      return 'held';
    }
    // Also when a retried job finds it delivered with its e-mail not yet queued: queuing is idempotent.
    if (result.reminder.emailStatus === 'pending') await this.jobs.enqueueEmails([result.reminder.id]);
    return result.delivered ? 'delivered' : 'obsolete';
  }

  /** The common case in one statement: due as planned, scheduled, not suspended. */
  private async deliverDirectly(reminderId: string, dueAt: string, now: Date): Promise<Claimed> {
    const [rows] = await this.dataSource.query<[Array<{ id: string; email_status: EmailStatus }>, number]>(
      `UPDATE reminder r SET status = 'delivered', delivered_at = $3, updated_at = now(),
              email_status = (CASE WHEN r.by_email THEN 'pending' ELSE 'none' END)::reminder_email_status
        WHERE r.id = $1 AND r.status = 'scheduled' AND r.due_at = $2
          AND NOT EXISTS (SELECT 1 FROM reminder_suspension s WHERE s.subject_id = r.subject_id AND s.until > $3)
       RETURNING r.id, r.email_status`,
      [reminderId, dueAt, now],
    );
    if (rows.length === 0) return null;
    return {
      kind: 'ready',
      reminder: Object.assign(new Reminder(), { id: rows[0].id, emailStatus: rows[0].email_status }),
      delivered: true,
    };
  }

  /** Every other case, under a row lock: gone, moved, suspended, or a retry of a delivered one. */
  private async claim(reminderId: string, dueAt: string, now: Date): Promise<Claimed> {
    return this.dataSource.transaction(async (manager): Promise<Claimed> => {
      const reminder = await manager.getRepository(Reminder).findOne({ where: { id: reminderId }, lock: { mode: 'pessimistic_write' } });
      if (!reminder) return null;
      if (reminder.status !== 'scheduled') return { kind: 'ready', reminder, delivered: false };
      if (reminder.dueAt.toISOString() !== dueAt) return null; // rescheduled since: its own job will come
      const [suspension] = await manager.query<Array<{ until: Date }>>(
        `SELECT until FROM reminder_suspension WHERE subject_id = $1 AND until > $2`,
        [reminder.subjectId, now],
      );
      if (suspension) {
        await manager.update(Reminder, reminder.id, { dueAt: suspension.until });
        return { kind: 'held', held: { id: reminder.id, dueAt: suspension.until } };
      }
      reminder.emailStatus = reminder.byEmail ? 'pending' : 'none';
      await manager.update(Reminder, reminder.id, { status: 'delivered', deliveredAt: now, emailStatus: reminder.emailStatus });
      return { kind: 'ready', reminder, delivered: true };
    });
  }

  /**
   * Sends a delivered reminder's e-mail: the job that moves it from pending to sending is the only
   * one that sends. `resumed`: a job of this e-mail died while it was `sending` (a stalled job that
   * BullMQ retries, or one the reconciler found lost with Redis); it sends again, with the same Message-ID so
   * that a receiving server can drop the copy if the first one had got through. `finalAttempt`:
   * on failure it is marked failed, not pending again for the next retry.
   */
  async email(reminderId: string, options: { finalAttempt: boolean; resumed: boolean }): Promise<EmailOutcome> {
    const { finalAttempt, resumed } = options;
    const [rows] = await this.dataSource.query<
      [
        Array<{
          label: string;
          message: string;
          subject_type: string;
          subject_id: string;
          subject_reference: string;
          email: string | null;
        }>,
        number,
      ]
    >(
      `UPDATE reminder r SET email_status = 'sending', email_attempts = email_attempts + 1, updated_at = now()
        WHERE r.id = $1 AND (r.email_status = 'pending' OR (r.email_status = 'sending' AND $2))
       RETURNING r.label, r.message, r.subject_type, r.subject_id, r.subject_reference,
                 (SELECT u.email FROM app_user u WHERE u.id = r.recipient_user_id AND u.active) AS email`,
      [reminderId, resumed],
    );
    if (rows.length === 0) return 'obsolete';
    const [reminder] = rows;
    if (!reminder.email) {
      await this.setEmailStatus(reminderId, 'failed');
      return 'no-address';
    }
    try {
      await this.mailer.send({
        to: reminder.email,
        subject: `[Parcours] ${reminder.label} — dossier ${reminder.subject_reference}`,
        text: `${reminder.message}\n\nOuvrir le dossier : ${this.config.http.publicUrl}${subjectPath(reminder.subject_type, reminder.subject_id)}\n\nCe message ne contient aucune donnée personnelle ; le détail est dans Parcours.`,
        messageId: `<reminder-${reminderId}@parcours>`,
      });
    } catch (error) {
      await this.setEmailStatus(reminderId, finalAttempt ? 'failed' : 'pending');
      this.logger.warn(`Reminder ${reminderId}: e-mail not sent (${String(error)})${finalAttempt ? ', giving up' : ', will retry'}`);
      throw error;
    }
    await this.dataSource.query(`UPDATE reminder SET email_status = 'sent', emailed_at = now(), updated_at = now() WHERE id = $1`, [
      reminderId,
    ]);
    return 'sent';
  }

  private async setEmailStatus(id: string, status: 'pending' | 'failed'): Promise<void> {
    await this.dataSource.query(`UPDATE reminder SET email_status = $2, updated_at = now() WHERE id = $1`, [id, status]);
  }
}
