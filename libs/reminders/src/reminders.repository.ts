import { Injectable } from '@nestjs/common';
import { EntityManager, In, MoreThan } from 'typeorm';
import type { ScheduledReminder } from './reminder-jobs';
import {
  EmailStatus,
  OPEN_STATUSES,
  Reminder,
  ReminderDigest,
  ReminderDigestSubscription,
  ReminderStatus,
  ReminderSuspension,
  SHOWN_DUE as DUE,
} from './reminder.entity';

/** Whose inbox a query reads: a territory, and one user's reminders or their team's. */
export interface InboxFilter {
  territoryId: string;
  /** A coordinator with no other role: the convention's reminders only. */
  conventionOnly: boolean;
  recipient: { userId: string } | { organisationId: string };
}

/** The three parts of an inbox, by when a reminder shows as due against the local day. */
export type InboxBucket = 'overdue' | 'today' | 'upcoming';

/** Start of the local day and of the next one. */
export interface DayBounds {
  start: Date;
  end: Date;
}

/** A reminder the projector schedules. */
export interface NewReminder {
  territoryId: string;
  ruleCode: string;
  subjectType: string;
  subjectId: string;
  reference: string;
  label: string;
  message: string;
  byEmail: boolean;
  anchorKey: string | null;
  anchorAt: Date;
  recipientUserId: string | null;
  organisationId: string;
  dueAt: Date;
  sourceEventId: string;
}

/** A reminder whose e-mail a job has claimed: what the e-mail says, and for whom. */
export interface ClaimedEmail {
  label: string;
  message: string;
  subjectType: string;
  subjectId: string;
  subjectReference: string;
  recipientUserId: string | null;
}

/** A reminder the reconciler looks at: to deliver, to e-mail, or its e-mail to resume. */
export interface ReminderToReconcile {
  id: string;
  due_at: Date;
  status: ReminderStatus;
  email_status: string;
  email_attempts: number;
}

/** A line of a daily digest, with the number of lines there would be without the limit. */
export interface DigestLine {
  label: string;
  subject_reference: string;
  due: Date;
  total: number;
}

/** Lines listed in a digest; the rest is counted. */
export const DIGEST_LINES = 30;

const BUCKETS: Record<InboxBucket, string> = {
  overdue: `${DUE} < :start`,
  today: `${DUE} >= :start AND ${DUE} < :end`,
  upcoming: `${DUE} >= :end`,
};

const toScheduled = (rows: Array<{ id: string; due_at: Date }>): ScheduledReminder[] => rows.map((r) => ({ id: r.id, dueAt: r.due_at }));

/**
 * Reminders, suspensions, digest subscriptions and digests: every query on reminder,
 * reminder_suspension, reminder_digest_subscription and reminder_digest. Methods take the caller's
 * manager (its transaction). TypeORM's repository API where it says the query; plain SQL for what
 * it cannot (ON CONFLICT, UPDATE … FROM, unnest, CASE, arrays, intervals) and for the hot paths
 * (the projector's and the delivery's statements, bench/reminders.bench.ts), one statement each.
 */
@Injectable()
export class RemindersRepository {
  // ---- The inbox

  /** One part of an inbox, soonest first, at most `limit` reminders. */
  inboxBucket(manager: EntityManager, filter: InboxFilter, bucket: InboxBucket, day: DayBounds, limit: number): Promise<Reminder[]> {
    return this.inbox(manager, filter).andWhere(BUCKETS[bucket], day).orderBy(DUE, 'ASC').addOrderBy('r.id', 'ASC').limit(limit).getMany();
  }

  /** How many reminders each part of an inbox holds. */
  inboxCounts(manager: EntityManager, filter: InboxFilter, day: DayBounds): Promise<Record<InboxBucket, number> | undefined> {
    return this.inbox(manager, filter)
      .select(`count(*) FILTER (WHERE ${DUE} < :start)::int`, 'overdue')
      .addSelect(`count(*) FILTER (WHERE ${DUE} >= :start AND ${DUE} < :end)::int`, 'today')
      .addSelect(`count(*) FILTER (WHERE ${DUE} >= :end)::int`, 'upcoming')
      .setParameters(day)
      .getRawOne<Record<InboxBucket, number>>();
  }

  private inbox(manager: EntityManager, filter: InboxFilter) {
    const qb = manager
      .getRepository(Reminder)
      .createQueryBuilder('r')
      .where('r.status IN (:...open)', { open: OPEN_STATUSES })
      .andWhere('r.territoryId = :territoryId', { territoryId: filter.territoryId });
    if (filter.conventionOnly) qb.andWhere("r.subjectType = 'convention'");
    return 'userId' in filter.recipient
      ? qb.andWhere('r.recipientUserId = :userId', { userId: filter.recipient.userId })
      : qb.andWhere('r.recipientUserId IS NULL AND r.recipientOrganisationId = :organisationId', {
          organisationId: filter.recipient.organisationId,
        });
  }

  findById(manager: EntityManager, id: string): Promise<Reminder | null> {
    return manager.getRepository(Reminder).findOneBy({ id });
  }

  /** Changes a reminder that is still in one of the statuses `from`; false when it no longer is. */
  async updateIfStatus(manager: EntityManager, id: string, from: ReminderStatus[], change: Partial<Reminder>): Promise<boolean> {
    const updated = await manager
      .getRepository(Reminder)
      .createQueryBuilder()
      .update()
      .set(change)
      .where('id = :id AND status IN (:...from)', { id, from })
      .execute();
    return updated.affected !== 0;
  }

  // ---- Suspensions

  /** Records (or moves) the suspension of a file's reminders until `until`. */
  async suspend(manager: EntityManager, subjectId: string, until: Date, createdBy: string): Promise<void> {
    await manager.query(
      `INSERT INTO reminder_suspension (subject_id, until, created_by) VALUES ($1, $2, $3)
         ON CONFLICT (subject_id) DO UPDATE SET until = excluded.until, created_by = excluded.created_by, created_at = now()`,
      [subjectId, until, createdBy],
    );
  }

  /** Moves a file's scheduled reminders due before `until` to `until`; answers them with their former due instant. */
  async postponeScheduledBefore(manager: EntityManager, subjectId: string, until: Date): Promise<ScheduledReminder[]> {
    const [rows] = await manager.query<[Array<{ id: string; due_at: Date }>, number]>(
      `UPDATE reminder r SET due_at = $2, updated_at = now() FROM reminder old
          WHERE r.id = old.id AND r.subject_id = $1 AND r.status = 'scheduled' AND r.due_at < $2 RETURNING r.id, old.due_at`,
      [subjectId, until],
    );
    return toScheduled(rows);
  }

  /** The end of each of these files' suspension, when they have one (ended or not). */
  async suspensionsOf(manager: EntityManager, subjectIds: string[]): Promise<Map<string, Date>> {
    if (subjectIds.length === 0) return new Map();
    const rows = await manager
      .getRepository(ReminderSuspension)
      .find({ select: { subjectId: true, until: true }, where: { subjectId: In(subjectIds) } });
    return new Map(rows.map((s) => [s.subjectId, s.until]));
  }

  /** The end of a file's suspension, if it is still running at `now`. */
  async suspendedUntil(manager: EntityManager, subjectId: string, now: Date): Promise<Date | null> {
    const suspension = await manager.getRepository(ReminderSuspension).findOneBy({ subjectId, until: MoreThan(now) });
    return suspension?.until ?? null;
  }

  // ---- The projector (in the outbox relay's transaction)

  /** Cancels the scheduled reminders of each (file, rule) pair; answers them as they were scheduled. */
  async cancelScheduled(manager: EntityManager, subjectIds: string[], ruleCodes: string[], at: Date): Promise<ScheduledReminder[]> {
    const [rows] = await manager.query<[Array<{ id: string; due_at: Date }>, number]>(
      `UPDATE reminder r SET status = 'cancelled', closed_at = $3, updated_at = now()
         FROM unnest($1::uuid[], $2::text[]) AS c(subject_id, rule_code)
        WHERE r.subject_id = c.subject_id AND r.rule_code = c.rule_code AND r.status = 'scheduled' RETURNING r.id, r.due_at`,
      [subjectIds, ruleCodes, at],
    );
    return toScheduled(rows);
  }

  /** A rule's scheduled reminders started with this anchor key (a commission session), locked to move them. */
  lockScheduledByAnchor(
    manager: EntityManager,
    ruleCode: string,
    anchorKey: string,
  ): Promise<Array<{ id: string; due_at: Date; subject_reference: string }>> {
    return manager.query<Array<{ id: string; due_at: Date; subject_reference: string }>>(
      `SELECT id, due_at, subject_reference FROM reminder WHERE rule_code = $1 AND anchor_key = $2 AND status = 'scheduled' FOR UPDATE`,
      [ruleCode, anchorKey],
    );
  }

  /** Moves a reminder to a new anchor, with its new due instant and message. */
  async reschedule(manager: EntityManager, id: string, anchorAt: Date, dueAt: Date, message: string): Promise<void> {
    await manager.query(`UPDATE reminder SET anchor_at = $2, due_at = $3, message = $4, updated_at = now() WHERE id = $1`, [
      id,
      anchorAt,
      dueAt,
      message,
    ]);
  }

  /**
   * Hands a file's open reminders to another organisation: its team's inbox, or the new referent
   * for those addressed to a person.
   */
  async handOver(manager: EntityManager, subjectId: string, toOrganisationId: string, referentUserId: string | null): Promise<void> {
    await manager.query(
      `UPDATE reminder SET recipient_organisation_id = $2,
              recipient_user_id = CASE WHEN recipient_user_id IS NULL THEN NULL ELSE $3::uuid END, updated_at = now()
        WHERE subject_id = $1 AND status = ANY($4)`,
      [subjectId, toOrganisationId, referentUserId, OPEN_STATUSES],
    );
  }

  /** Inserts reminders in one statement; one already started by the same rule and event is skipped. Answers those inserted. */
  async insertScheduled(manager: EntityManager, rows: NewReminder[]): Promise<ScheduledReminder[]> {
    const column = <K extends keyof NewReminder>(key: K) => rows.map((r) => r[key]);
    const inserted = await manager.query<Array<{ id: string; due_at: Date }>>(
      `INSERT INTO reminder (territory_id, rule_code, subject_type, subject_id, subject_reference, label, message, by_email, anchor_key, anchor_at,
                             recipient_user_id, recipient_organisation_id, due_at, source_event_id)
       SELECT t, c, st, s, ref, l, m, e, k, a, u, o, d, src
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[], $5::text[], $6::text[], $7::text[], $8::boolean[], $9::text[], $10::timestamptz[],
                     $11::uuid[], $12::uuid[], $13::timestamptz[], $14::bigint[]) AS x(t, c, st, s, ref, l, m, e, k, a, u, o, d, src)
       ON CONFLICT (rule_code, source_event_id) DO NOTHING RETURNING id, due_at`,
      [
        column('territoryId'),
        column('ruleCode'),
        column('subjectType'),
        column('subjectId'),
        column('reference'),
        column('label'),
        column('message'),
        column('byEmail'),
        column('anchorKey'),
        column('anchorAt'),
        column('recipientUserId'),
        column('organisationId'),
        column('dueAt'),
        column('sourceEventId'),
      ],
    );
    return toScheduled(inserted);
  }

  // ---- Delivery

  /**
   * Delivers a reminder due as planned, still scheduled and not suspended at `now`, in one
   * statement; null when it is not that common case.
   */
  async deliverIfDue(
    manager: EntityManager,
    id: string,
    dueAt: string,
    now: Date,
  ): Promise<{ id: string; emailStatus: EmailStatus } | null> {
    const [rows] = await manager.query<[Array<{ id: string; email_status: EmailStatus }>, number]>(
      `UPDATE reminder r SET status = 'delivered', delivered_at = $3, updated_at = now(),
              email_status = (CASE WHEN r.by_email THEN 'pending' ELSE 'none' END)::reminder_email_status
        WHERE r.id = $1 AND r.status = 'scheduled' AND r.due_at = $2
          AND NOT EXISTS (SELECT 1 FROM reminder_suspension s WHERE s.subject_id = r.subject_id AND s.until > $3)
       RETURNING r.id, r.email_status`,
      [id, dueAt, now],
    );
    return rows.length === 0 ? null : { id: rows[0].id, emailStatus: rows[0].email_status };
  }

  /** A reminder, locked until the end of the caller's transaction. */
  lockById(manager: EntityManager, id: string): Promise<Reminder | null> {
    return manager.getRepository(Reminder).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Holds a reminder back: due at the end of its file's suspension. */
  async holdUntil(manager: EntityManager, id: string, until: Date): Promise<void> {
    await manager.update(Reminder, id, { dueAt: until });
  }

  async markDelivered(manager: EntityManager, id: string, at: Date, emailStatus: EmailStatus): Promise<void> {
    await manager.update(Reminder, id, { status: 'delivered', deliveredAt: at, emailStatus });
  }

  /**
   * Claims a delivered reminder's e-mail (pending → sending; or sending again when `resumed`),
   * counting the attempt; null when there is nothing to send (sent, failed, or claimed by another job).
   */
  async claimEmail(manager: EntityManager, id: string, resumed: boolean): Promise<ClaimedEmail | null> {
    const [rows] = await manager.query<
      [
        Array<{
          label: string;
          message: string;
          subject_type: string;
          subject_id: string;
          subject_reference: string;
          recipient_user_id: string | null;
        }>,
        number,
      ]
    >(
      `UPDATE reminder r SET email_status = 'sending', email_attempts = email_attempts + 1, updated_at = now()
        WHERE r.id = $1 AND (r.email_status = 'pending' OR (r.email_status = 'sending' AND $2))
       RETURNING r.label, r.message, r.subject_type, r.subject_id, r.subject_reference, r.recipient_user_id`,
      [id, resumed],
    );
    if (rows.length === 0) return null;
    const [row] = rows;
    return {
      label: row.label,
      message: row.message,
      subjectType: row.subject_type,
      subjectId: row.subject_id,
      subjectReference: row.subject_reference,
      recipientUserId: row.recipient_user_id,
    };
  }

  async markEmailSent(manager: EntityManager, id: string): Promise<void> {
    await manager.query(`UPDATE reminder SET email_status = 'sent', emailed_at = now(), updated_at = now() WHERE id = $1`, [id]);
  }

  /** An e-mail to send again (`pending`) or given up (`failed`). */
  async setEmailStatus(manager: EntityManager, id: string, status: 'pending' | 'failed'): Promise<void> {
    await manager.update(Reminder, id, { emailStatus: status });
  }

  // ---- The reconciler

  /**
   * The next 1,000 reminders after `after` (by id) still to deliver, with an e-mail pending, or with
   * an e-mail `sending` for longer than `stuckSending` (an interval).
   */
  toReconcile(manager: EntityManager, after: string, stuckSending: string): Promise<ReminderToReconcile[]> {
    return manager.query<ReminderToReconcile[]>(
      `SELECT id, due_at, status, email_status, email_attempts FROM reminder
          WHERE (status = 'scheduled' OR email_status = 'pending' OR (email_status = 'sending' AND updated_at < now() - $2::interval))
            AND id > $1 ORDER BY id LIMIT 1000`,
      [after, stuckSending],
    );
  }

  // ---- The daily digest

  isSubscribedToDigest(manager: EntityManager, userId: string): Promise<boolean> {
    return manager.getRepository(ReminderDigestSubscription).existsBy({ userId });
  }

  async subscribeToDigest(manager: EntityManager, userId: string): Promise<void> {
    await manager
      .getRepository(ReminderDigestSubscription)
      .createQueryBuilder()
      .insert()
      .values({ userId })
      .orIgnore()
      .updateEntity(false)
      .execute();
  }

  async unsubscribeFromDigest(manager: EntityManager, userId: string): Promise<void> {
    await manager.getRepository(ReminderDigestSubscription).delete({ userId });
  }

  /** The users subscribed to the digest whose digest of `day` is not claimed yet. */
  async subscribersWithoutDigest(manager: EntityManager, day: string): Promise<string[]> {
    const rows = await manager.query<Array<{ user_id: string }>>(
      `SELECT s.user_id FROM reminder_digest_subscription s
        WHERE NOT EXISTS (SELECT 1 FROM reminder_digest d WHERE d.user_id = s.user_id AND d.day = $1)`,
      [day],
    );
    return rows.map((r) => r.user_id);
  }

  /** A user's open reminders of the territory due before `end` (overdue or due today), soonest first, `DIGEST_LINES` at most. */
  digestLines(manager: EntityManager, userId: string, territoryId: string, end: Date): Promise<DigestLine[]> {
    return manager.query<DigestLine[]>(
      `SELECT r.label, r.subject_reference, ${DUE} AS due, count(*) OVER ()::int AS total FROM reminder r
          WHERE r.recipient_user_id = $1 AND r.territory_id = $2 AND r.status = ANY($4) AND ${DUE} < $3
          ORDER BY due, r.id LIMIT ${DIGEST_LINES}`,
      [userId, territoryId, end, OPEN_STATUSES],
    );
  }

  /** Claims a user's digest of `day` before sending it; false when another run already has. */
  async claimDigest(manager: EntityManager, userId: string, day: string): Promise<boolean> {
    // An INSERT answers its rows alone (UPDATE and DELETE answer [rows, count]).
    const claimed = await manager.query<unknown[]>(
      `INSERT INTO reminder_digest (user_id, day) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING user_id`,
      [userId, day],
    );
    return claimed.length > 0;
  }

  async setDigestStatus(manager: EntityManager, userId: string, day: string, status: 'sent' | 'failed'): Promise<void> {
    await manager.getRepository(ReminderDigest).update({ userId, day }, { status });
  }

  // ---- Retention

  /** Deletes the reminders of these files (any kind of file, by id). An array parameter: the list may be long. */
  async deleteOfSubjects(manager: EntityManager, subjectIds: string[]): Promise<void> {
    await manager.query(`DELETE FROM reminder WHERE subject_id = ANY($1::uuid[])`, [subjectIds]);
  }

  /** Deletes the suspensions of these files. */
  async deleteSuspensionsOf(manager: EntityManager, subjectIds: string[]): Promise<void> {
    await manager.query(`DELETE FROM reminder_suspension WHERE subject_id = ANY($1::uuid[])`, [subjectIds]);
  }
}
