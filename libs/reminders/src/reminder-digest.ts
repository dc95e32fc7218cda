import { AppConfig } from '@app/config';
import { Actor, Clock } from '@app/core';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { localDate, localDayBounds } from './due-date';
import { Mailer } from './mailer';
import { ReminderSettings } from './reminder-settings';
import { OPEN_STATUSES, SHOWN_DUE as DUE } from './reminder.entity';
import { DigestSubscriptionView } from './reminder.view';

/** Lines listed in a digest; the rest is counted. */
const DIGEST_LINES = 30;

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
  ) {}

  async subscription(actor: Actor): Promise<DigestSubscriptionView> {
    const rows = await this.dataSource.query<unknown[]>(`SELECT 1 FROM reminder_digest_subscription WHERE user_id = $1`, [actor.userId]);
    return { enabled: rows.length > 0 };
  }

  async subscribe(actor: Actor, enabled: boolean): Promise<DigestSubscriptionView> {
    await this.dataSource.query(
      enabled
        ? `INSERT INTO reminder_digest_subscription (user_id) VALUES ($1) ON CONFLICT DO NOTHING`
        : `DELETE FROM reminder_digest_subscription WHERE user_id = $1`,
      [actor.userId],
    );
    return { enabled };
  }

  /** Sends today's digests not sent yet (the daily job; safe to run again). */
  async sendAll(): Promise<{ sent: number }> {
    const now = this.clock.now();
    const tz = this.settings.timezone;
    const { end } = localDayBounds(now, tz);
    const day = DateTime.fromJSDate(now, { zone: tz }).toISODate()!;
    const users = await this.dataSource.query<Array<{ id: string; email: string; territory_id: string }>>(
      `SELECT u.id, u.email, u.territory_id FROM reminder_digest_subscription s JOIN app_user u ON u.id = s.user_id
        WHERE u.active AND NOT EXISTS (SELECT 1 FROM reminder_digest d WHERE d.user_id = u.id AND d.day = $1)`,
      [day],
    );
    let sent = 0;
    for (const user of users) {
      const lines = await this.dataSource.query<Array<{ label: string; subject_reference: string; due: Date; total: number }>>(
        `SELECT r.label, r.subject_reference, ${DUE} AS due, count(*) OVER ()::int AS total FROM reminder r
          WHERE r.recipient_user_id = $1 AND r.territory_id = $2 AND r.status = ANY($4) AND ${DUE} < $3
          ORDER BY due, r.id LIMIT ${DIGEST_LINES}`,
        [user.id, user.territory_id, end, OPEN_STATUSES],
      );
      if (lines.length === 0) continue;
      const [claimed] = await this.dataSource.query<[unknown[], number]>(
        `INSERT INTO reminder_digest (user_id, day) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING user_id`,
        [user.id, day],
      );
      if (claimed.length === 0) continue; // another run got it
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
        await this.dataSource.query(`UPDATE reminder_digest SET status = 'sent' WHERE user_id = $1 AND day = $2`, [user.id, day]);
        sent++;
      } catch (error) {
        // At most once: a digest not sent is not retried (tomorrow's will list the same reminders).
        await this.dataSource.query(`UPDATE reminder_digest SET status = 'failed' WHERE user_id = $1 AND day = $2`, [user.id, day]);
        this.logger.warn(`Digest for user ${user.id} not sent: ${String(error)}`);
      }
    }
    return { sent };
  }
}
