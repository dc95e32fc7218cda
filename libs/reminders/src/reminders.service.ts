import { Actor, Clock, DomainError } from '@app/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { localDayBounds } from './due-date';
import { ReminderJobs } from './reminder-jobs';
import { ReminderSettings } from './reminder-settings';
import { SubjectType } from './reminder-subjects';
import { OPEN_STATUSES as OPEN, Reminder, ReminderStatus, SHOWN_DUE as DUE } from './reminder.entity';
import { InboxCountsView, InboxView, ReconcileResultView, ReminderSuspensionView, ReminderView } from './reminder.view';

export type InboxScope = 'mine' | 'team';

const INBOX_LIMIT = 200;
/** Far beyond an SMTP call (timeouts of 10 to 20 s) and BullMQ's own recovery of a stalled job (30 s): an e-mail `sending` that long has lost its job. */
const STUCK_SENDING = '15 minutes';

/** The longest a reminder may be snoozed or a file's reminders suspended. */
export const MAX_HOLD_DAYS = 366;

/** The inbox: a user's own reminders and their team's, and what they do with them. */
/** A coordinator with no other role sees the reminders about the convention, never those about a file. */
function seesConventionOnly(actor: Actor): boolean {
  return actor.roles.every((role) => role === 'coordinator');
}

@Injectable()
export class RemindersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly settings: ReminderSettings,
    private readonly jobs: ReminderJobs,
    private readonly clock: Clock,
  ) {}

  async inbox(actor: Actor, scope: InboxScope): Promise<InboxView> {
    const { start, end } = localDayBounds(this.clock.now(), this.settings.timezone);
    const bucket = async (condition: string) =>
      (
        await this.scoped(actor, scope)
          .andWhere(condition, { start, end })
          .orderBy(DUE, 'ASC')
          .addOrderBy('r.id', 'ASC')
          .limit(INBOX_LIMIT)
          .getMany()
      ).map((r) => this.view(r));
    const [overdue, today, upcoming] = await Promise.all([
      bucket(`${DUE} < :start`),
      bucket(`${DUE} >= :start AND ${DUE} < :end`),
      bucket(`${DUE} >= :end`),
    ]);
    return { overdue, today, upcoming };
  }

  /** For a badge. */
  async counts(actor: Actor, scope: InboxScope): Promise<InboxCountsView> {
    const { start, end } = localDayBounds(this.clock.now(), this.settings.timezone);
    const row = await this.scoped(actor, scope)
      .select(`count(*) FILTER (WHERE ${DUE} < :start)::int`, 'overdue')
      .addSelect(`count(*) FILTER (WHERE ${DUE} >= :start AND ${DUE} < :end)::int`, 'today')
      .addSelect(`count(*) FILTER (WHERE ${DUE} >= :end)::int`, 'upcoming')
      .setParameters({ start, end })
      .getRawOne<InboxCountsView>();
    return row ?? { overdue: 0, today: 0, upcoming: 0 };
  }

  acknowledge(actor: Actor, id: string): Promise<ReminderView> {
    return this.transition(actor, id, ['delivered', 'snoozed'], { status: 'acknowledged' });
  }

  done(actor: Actor, id: string): Promise<ReminderView> {
    return this.transition(actor, id, OPEN, { status: 'done', closedAt: this.clock.now(), closedBy: actor.userId });
  }

  /** A snooze or a suspension ends in the future, and within a year: past that, a file needs a new look, not silence. */
  private assertHoldUntil(until: Date): void {
    const now = this.clock.now().getTime();
    if (until.getTime() <= now) throw DomainError.validation([{ field: 'until', problems: ['must be in the future'] }]);
    if (until.getTime() > now + MAX_HOLD_DAYS * 86_400_000) {
      throw DomainError.validation([{ field: 'until', problems: [`must be within ${MAX_HOLD_DAYS} days`] }]);
    }
  }

  snooze(actor: Actor, id: string, until: Date): Promise<ReminderView> {
    this.assertHoldUntil(until);
    return this.transition(actor, id, ['delivered', 'acknowledged', 'snoozed'], { status: 'snoozed', snoozedUntil: until });
  }

  /**
   * Holds back every reminder of a file (household, arrears file) until `until`: those falling due
   * before then are delivered at that date, and so are those scheduled later during the period.
   * `loadFile` reads the file through its own authorisation layer (404 when out of the actor's scope).
   */
  async suspend(
    actor: Actor,
    fileId: string,
    until: Date,
    loadFile: (manager: EntityManager) => Promise<unknown>,
  ): Promise<ReminderSuspensionView> {
    this.assertHoldUntil(until);
    const { moved, postponed } = await this.dataSource.transaction(async (manager) => {
      await loadFile(manager);
      await manager.query(
        `INSERT INTO reminder_suspension (subject_id, until, created_by) VALUES ($1, $2, $3)
         ON CONFLICT (subject_id) DO UPDATE SET until = excluded.until, created_by = excluded.created_by, created_at = now()`,
        [fileId, until, actor.userId],
      );
      const [rows] = await manager.query<[Array<{ id: string; due_at: Date }>, number]>(
        `UPDATE reminder r SET due_at = $2, updated_at = now() FROM reminder old
          WHERE r.id = old.id AND r.subject_id = $1 AND r.status = 'scheduled' AND r.due_at < $2 RETURNING r.id, old.due_at`,
        [fileId, until],
      );
      return { moved: rows, postponed: rows.length };
    });
    await this.jobs.remove(moved.map((r) => ({ id: r.id, dueAt: r.due_at })));
    await this.jobs.enqueue(moved.map((r) => ({ id: r.id, dueAt: until })));
    return { until, postponed };
  }

  /**
   * Re-adds the delivery job of every reminder still to deliver, and the e-mail job of every
   * e-mail still to send. Adding an existing job is a no-op, so this is safe at any time; it
   * restores everything after Redis lost its data. An e-mail `sending` for longer than any SMTP
   * call lasts (its job vanished mid-send) is resumed.
   */
  async reconcile(): Promise<ReconcileResultView> {
    let enqueued = 0;
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = await this.dataSource.query<
        Array<{ id: string; due_at: Date; status: ReminderStatus; email_status: string; email_attempts: number }>
      >(
        `SELECT id, due_at, status, email_status, email_attempts FROM reminder
          WHERE (status = 'scheduled' OR email_status = 'pending' OR (email_status = 'sending' AND updated_at < now() - $2::interval))
            AND id > $1 ORDER BY id LIMIT 1000`,
        [after, STUCK_SENDING],
      );
      if (rows.length === 0) return { enqueued };
      const [toDeliver, toEmail] = partition(rows, (r) => r.status === 'scheduled');
      const [toResume, pending] = partition(toEmail, (r) => r.email_status === 'sending');
      await this.jobs.enqueue(toDeliver.map((r) => ({ id: r.id, dueAt: r.due_at })));
      await this.jobs.enqueueEmails(pending.map((r) => r.id));
      await this.jobs.resumeEmails(toResume.map((r) => ({ id: r.id, attempts: r.email_attempts })));
      enqueued += rows.length;
      after = rows[rows.length - 1].id;
    }
  }

  private scoped(actor: Actor, scope: InboxScope) {
    const qb = this.dataSource
      .getRepository(Reminder)
      .createQueryBuilder('r')
      .where('r.status IN (:...open)', { open: OPEN })
      .andWhere('r.territoryId = :territoryId', { territoryId: actor.territoryId });
    if (seesConventionOnly(actor)) qb.andWhere("r.subjectType = 'convention'");
    return scope === 'mine'
      ? qb.andWhere('r.recipientUserId = :userId', { userId: actor.userId })
      : qb.andWhere('r.recipientUserId IS NULL AND r.recipientOrganisationId = :organisationId', { organisationId: actor.organisationId });
  }

  private async transition(actor: Actor, id: string, from: ReminderStatus[], change: Partial<Reminder>): Promise<ReminderView> {
    const repo = this.dataSource.getRepository(Reminder);
    const reminder = await repo.findOneBy({ id });
    const visible =
      reminder &&
      reminder.territoryId === actor.territoryId &&
      (reminder.recipientUserId === actor.userId ||
        (reminder.recipientUserId === null && reminder.recipientOrganisationId === actor.organisationId)) &&
      (!seesConventionOnly(actor) || reminder.subjectType === 'convention');
    if (!visible) throw DomainError.notFound('Reminder');
    const updated = await repo.createQueryBuilder().update().set(change).where('id = :id AND status IN (:...from)', { id, from }).execute();
    if (updated.affected === 0) {
      throw new DomainError('CONFLICT', `The reminder is ${reminder.status}`, { status: reminder.status, allowedFrom: from });
    }
    return this.view({ ...reminder, ...change });
  }

  private view(r: Reminder): ReminderView {
    return {
      id: r.id,
      ruleCode: r.ruleCode,
      label: r.label,
      message: r.message,
      subjectType: r.subjectType as SubjectType,
      subjectId: r.subjectId,
      reference: r.subjectReference,
      status: r.status,
      dueAt: r.status === 'snoozed' && r.snoozedUntil ? r.snoozedUntil : r.dueAt,
      team: r.recipientUserId === null,
    };
  }
}

function partition<T>(items: T[], test: (item: T) => boolean): [T[], T[]] {
  return [items.filter(test), items.filter((item) => !test(item))];
}
