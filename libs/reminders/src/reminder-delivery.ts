import { AppConfig } from '@app/config';
import { Clock } from '@app/core';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Mailer } from './mailer';
import { ReminderJobs, ScheduledReminder } from './reminder-jobs';
import { Reminder } from './reminder.entity';

export type DeliveryOutcome = 'delivered' | 'emailed' | 'obsolete' | 'held';

/** A due reminder, locked: held back by a suspension, ready to e-mail, or gone (null). */
type Claimed = { kind: 'held'; held: ScheduledReminder } | { kind: 'ready'; reminder: Reminder; delivered: boolean } | null;

/** Delivers due reminders: inbox first (in PostgreSQL), then at most one e-mail. */
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

  /** `finalAttempt`: the e-mail is marked failed instead of pending again when sending fails. */
  async deliver(reminderId: string, dueAt: string, finalAttempt: boolean): Promise<DeliveryOutcome> {
    const now = this.clock.now();
    const result = await this.dataSource.transaction(async (manager): Promise<Claimed> => {
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
    if (!result) return 'obsolete';
    if (result.kind === 'held') {
      await this.jobs.enqueue([result.held]);
      return 'held';
    }
    const { reminder, delivered } = result;
    // A retried job comes back here with the reminder delivered and its e-mail still pending.
    if (reminder.emailStatus === 'pending') return this.email(reminder, finalAttempt);
    return delivered ? 'delivered' : 'obsolete';
  }

  private async email(reminder: Reminder, finalAttempt: boolean): Promise<DeliveryOutcome> {
    // Claim the e-mail: only one job ever gets past this update.
    const [claimed] = await this.dataSource.query<[Array<{ email: string | null }>, number]>(
      `UPDATE reminder r SET email_status = 'sending', email_attempts = email_attempts + 1, updated_at = now()
         FROM app_user u WHERE r.id = $1 AND r.email_status = 'pending' AND u.id = r.recipient_user_id
       RETURNING CASE WHEN u.active THEN u.email END AS email`,
      [reminder.id],
    );
    if (claimed.length === 0) return 'obsolete';
    const to = claimed[0].email;
    if (!to) {
      await this.setEmailStatus(reminder.id, 'failed');
      return 'delivered';
    }
    try {
      await this.mailer.send({
        to,
        subject: `[Parcours] ${reminder.label} — dossier ${reminder.subjectReference}`,
        text: `${reminder.message}\n\nOuvrir le dossier : ${this.config.http.publicUrl}/households/${reminder.subjectId}\n\nCe message ne contient aucune donnée personnelle ; le détail est dans Parcours.`,
        messageId: `<reminder-${reminder.id}@parcours>`,
      });
    } catch (error) {
      await this.setEmailStatus(reminder.id, finalAttempt ? 'failed' : 'pending');
      this.logger.warn(`Reminder ${reminder.id}: e-mail not sent (${String(error)})${finalAttempt ? ', giving up' : ', will retry'}`);
      throw error;
    }
    await this.dataSource.query(`UPDATE reminder SET email_status = 'sent', emailed_at = now(), updated_at = now() WHERE id = $1`, [
      reminder.id,
    ]);
    return 'emailed';
  }

  private async setEmailStatus(id: string, status: 'pending' | 'failed'): Promise<void> {
    await this.dataSource.query(`UPDATE reminder SET email_status = $2, updated_at = now() WHERE id = $1`, [id, status]);
  }
}
