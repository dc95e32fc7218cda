import { Actor, Clock, DomainError } from '@app/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { localDayBounds } from './due-date';
import { ReminderJobs } from './reminder-jobs';
import { ReminderSettings } from './reminder-settings';
import { SubjectType } from './reminder-subjects';
import { OPEN_STATUSES as OPEN, Reminder, ReminderStatus } from './reminder.entity';
import { InboxCountsView, InboxView, ReconcileResultView, ReminderSuspensionView, ReminderView } from './reminder.view';
import { InboxBucket, InboxFilter, RemindersRepository } from './reminders.repository';

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
    private readonly reminders: RemindersRepository,
  ) {}

  async inbox(actor: Actor, scope: InboxScope): Promise<InboxView> {
    const day = localDayBounds(this.clock.now(), this.settings.timezone);
    const filter = this.inboxOf(actor, scope);
    const bucket = async (part: InboxBucket) =>
      (await this.reminders.inboxBucket(this.dataSource.manager, filter, part, day, INBOX_LIMIT)).map((r) => this.view(r));
    const [overdue, today, upcoming] = await Promise.all([bucket('overdue'), bucket('today'), bucket('upcoming')]);
    return { overdue, today, upcoming };
  }

  /** For a badge. */
  async counts(actor: Actor, scope: InboxScope): Promise<InboxCountsView> {
    const day = localDayBounds(this.clock.now(), this.settings.timezone);
    const row = await this.reminders.inboxCounts(this.dataSource.manager, this.inboxOf(actor, scope), day);
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
   * The caller has checked, through the file's own context, that the actor may see it.
   */
  async suspend(actor: Actor, fileId: string, until: Date): Promise<ReminderSuspensionView> {
    this.assertHoldUntil(until);
    const { moved, postponed } = await this.dataSource.transaction(async (manager) => {
      await this.reminders.suspend(manager, fileId, until, actor.userId);
      const rows = await this.reminders.postponeScheduledBefore(manager, fileId, until);
      return { moved: rows, postponed: rows.length };
    });
    await this.jobs.remove(moved);
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
      const rows = await this.reminders.toReconcile(this.dataSource.manager, after, STUCK_SENDING);
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

  /** The actor's own reminders, or their team's; a coordinator with no other role sees the convention's only. */
  private inboxOf(actor: Actor, scope: InboxScope): InboxFilter {
    return {
      territoryId: actor.territoryId,
      conventionOnly: seesConventionOnly(actor),
      recipient: scope === 'mine' ? { userId: actor.userId } : { organisationId: actor.organisationId },
    };
  }

  private async transition(actor: Actor, id: string, from: ReminderStatus[], change: Partial<Reminder>): Promise<ReminderView> {
    const manager = this.dataSource.manager;
    const reminder = await this.reminders.findById(manager, id);
    const visible =
      reminder &&
      reminder.territoryId === actor.territoryId &&
      (reminder.recipientUserId === actor.userId ||
        (reminder.recipientUserId === null && reminder.recipientOrganisationId === actor.organisationId)) &&
      (!seesConventionOnly(actor) || reminder.subjectType === 'convention');
    if (!visible) throw DomainError.notFound('Reminder');
    if (!(await this.reminders.updateIfStatus(manager, id, from, change))) {
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
