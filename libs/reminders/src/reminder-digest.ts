import { AppConfig } from '@app/config';
import { Actor, Clock } from '@app/core';
import { UsersService } from '@app/identity';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { localDate, localDayBounds } from './due-date';
import { Mailer } from './mailer';
import { ReminderSettings } from './reminder-settings';
import { DigestSubscriptionView } from './reminder.view';
import { RemindersRepository } from './reminders.repository';

/**
 * The daily digest, for users who opt in: one e-mail a day listing their reminders overdue or due
 * today (labels and file references, no names), none on a day without any. At most once per user
 * and local day: the day is claimed in PostgreSQL before sending.
 */
@Injectable()
export class ReminderDigests {
  private readonly logger = new Logger(ReminderDigests.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly settings: ReminderSettings,
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly reminders: RemindersRepository,
    private readonly users: UsersService,
  ) {}

  async subscription(actor: Actor): Promise<DigestSubscriptionView> {
    return { enabled: await this.reminders.isSubscribedToDigest(this.dataSource.manager, actor.userId) };
  }

  async subscribe(actor: Actor, enabled: boolean): Promise<DigestSubscriptionView> {
    if (enabled) await this.reminders.subscribeToDigest(this.dataSource.manager, actor.userId);
    else await this.reminders.unsubscribeFromDigest(this.dataSource.manager, actor.userId);
    return { enabled };
  }

  /** Sends today's digests not sent yet (the daily job; safe to run again). */
  async sendAll(): Promise<{ sent: number }> {
    const now = this.clock.now();
    const tz = this.settings.timezone;
    const { end } = localDayBounds(now, tz);
    const day = DateTime.fromJSDate(now, { zone: tz }).toISODate()!;
    const manager = this.dataSource.manager;
    // The subscribers still to serve today (reminders' tables), then those of them active, with their address (identity's).
    const users = await this.users.activeRecipients(manager, await this.reminders.subscribersWithoutDigest(manager, day));
    let sent = 0;
    for (const user of users) {
      const lines = await this.reminders.digestLines(manager, user.id, user.territoryId, end);
      if (lines.length === 0) continue;
      if (!(await this.reminders.claimDigest(manager, user.id, day))) continue; // another run got it
      const total = lines[0].total;
      const text = [
        `Vos rappels du ${localDate(now, tz)} : ${total} en retard ou à traiter aujourd'hui.`,
        '',
        ...lines.map((l) => `- ${localDate(l.due, tz)} · ${l.label} · dossier ${l.subject_reference}`),
        ...(total > lines.length ? [`… et ${total - lines.length} autres.`] : []),
        '',
        `Ouvrir mes rappels : ${this.config.http.publicUrl}/reminders`,
        '',
        'Ce message ne contient aucune donnée personnelle ; le détail est dans Parcours. Désactiver le récapitulatif : dans Parcours, mes rappels.',
      ].join('\n');
      try {
        await this.mailer.send({
          to: user.email,
          subject: `[Parcours] Vos rappels du jour (${total})`,
          text,
          messageId: `<digest-${user.id}-${day}@parcours>`,
        });
        await this.reminders.setDigestStatus(manager, user.id, day, 'sent');
        sent++;
      } catch (error) {
        // At most once: a digest not sent is not retried (tomorrow's will list the same reminders).
        await this.reminders.setDigestStatus(manager, user.id, day, 'failed');
        this.logger.warn(`Digest for user ${user.id} not sent: ${String(error)}`);
      }
    }
    return { sent };
  }
}
