import { AppConfig } from '@app/config';
import { Clock } from '@app/core';
import { UsersService } from '@app/identity';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Mailer } from './mailer';
import { ReminderJobs, ScheduledReminder } from './reminder-jobs';
import { Reminder } from './reminder.entity';
import { subjectPath } from './reminder-subjects';
import { ClaimedEmail, RemindersRepository } from './reminders.repository';

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
    private readonly reminders: RemindersRepository,
    private readonly users: UsersService,
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
    const delivered = await this.reminders.deliverIfDue(this.dataSource.manager, reminderId, dueAt, now);
    if (!delivered) return null;
    return { kind: 'ready', reminder: Object.assign(new Reminder(), delivered), delivered: true };
  }

  /** Every other case, under a row lock: gone, moved, suspended, or a retry of a delivered one. */
  private async claim(reminderId: string, dueAt: string, now: Date): Promise<Claimed> {
    return this.dataSource.transaction(async (manager): Promise<Claimed> => {
      const reminder = await this.reminders.lockById(manager, reminderId);
      if (!reminder) return null;
      if (reminder.status !== 'scheduled') return { kind: 'ready', reminder, delivered: false };
      if (reminder.dueAt.toISOString() !== dueAt) return null; // rescheduled since: its own job will come
      const until = await this.reminders.suspendedUntil(manager, reminder.subjectId, now);
      if (until) {
        await this.reminders.holdUntil(manager, reminder.id, until);
        return { kind: 'held', held: { id: reminder.id, dueAt: until } };
      }
      reminder.emailStatus = reminder.byEmail ? 'pending' : 'none';
      await this.reminders.markDelivered(manager, reminder.id, now, reminder.emailStatus);
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
    const claimed = await this.claimEmail(reminderId, resumed);
    if (!claimed) return 'obsolete';
    const { reminder, email } = claimed;
    if (!email) {
      await this.setEmailStatus(reminderId, 'failed');
      return 'no-address';
    }
    try {
      await this.mailer.send({
        to: email,
        subject: `[Parcours] ${reminder.label} — dossier ${reminder.subjectReference}`,
        text: `${reminder.message}\n\nOuvrir le dossier : ${this.config.http.publicUrl}${subjectPath(reminder.subjectType, reminder.subjectId)}\n\nCe message ne contient aucune donnée personnelle ; le détail est dans Parcours.`,
        messageId: `<reminder-${reminderId}@parcours>`,
      });
    } catch (error) {
      await this.setEmailStatus(reminderId, finalAttempt ? 'failed' : 'pending');
      this.logger.warn(`Reminder ${reminderId}: e-mail not sent (${String(error)})${finalAttempt ? ', giving up' : ', will retry'}`);
      throw error;
    }
    await this.reminders.markEmailSent(this.dataSource.manager, reminderId);
    return 'sent';
  }

  /**
   * Claims the e-mail, then reads its recipient's address (an active user's; identity owns them):
   * two statements, no transaction (each round trip counts when due reminders pile up). Should the
   * read fail, the claim is handed back (pending) for the job's retry; if even that fails, the
   * reconciler resumes an e-mail left `sending`.
   */
  private async claimEmail(reminderId: string, resumed: boolean): Promise<{ reminder: ClaimedEmail; email: string | null } | null> {
    const reminder = await this.reminders.claimEmail(this.dataSource.manager, reminderId, resumed);
    if (!reminder) return null;
    try {
      const [recipient] = reminder.recipientUserId
        ? await this.users.activeRecipients(this.dataSource.manager, [reminder.recipientUserId])
        : [];
      return { reminder, email: recipient?.email ?? null };
    } catch (error) {
      await this.setEmailStatus(reminderId, 'pending').catch(() => undefined);
      throw error;
    }
  }

  private async setEmailStatus(id: string, status: 'pending' | 'failed'): Promise<void> {
    await this.reminders.setEmailStatus(this.dataSource.manager, id, status);
  }
}
