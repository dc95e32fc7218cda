import { Clock, EventPayload } from '@app/core';
import { OutboxEvent } from '@app/database';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Due, localDate, scheduleDue } from './due-date';
import type { ScheduledReminder } from './reminder-jobs';
import { ReminderRule, renderMessage } from './reminder-rules';
import { ReminderSettings } from './reminder-settings';
import {
  isSubjectType,
  loadSubjects,
  REMINDER_SUBJECT_SOURCES,
  ReminderSubjectSource,
  sourcesByType,
  SubjectType,
} from './reminder-subjects';
import { NewReminder, RemindersRepository } from './reminders.repository';

/** The pathway's transfer of a file to another organisation (see handOver). */
const HANDOVER_EVENT = 'household.transferred' as const;

/** Jobs to add and remove once the projecting transaction has committed. */
export interface ReminderJobChanges {
  enqueue: ScheduledReminder[];
  remove: ScheduledReminder[];
}

/**
 * Turns outbox events into reminder rows, inside the relay's transaction: cancels what the event
 * makes obsolete, reschedules what it moves, then schedules what it starts. Idempotent: a
 * reminder is unique per rule and starting event.
 *
 * Provided where the modules are composed (libs/jobs, beside the relay), with the subject sources
 * of the contexts that own the files (`REMINDER_SUBJECT_SOURCES`).
 */
@Injectable()
export class RemindersProjector {
  private readonly sources: ReadonlyMap<SubjectType, ReminderSubjectSource>;

  constructor(
    private readonly settings: ReminderSettings,
    private readonly clock: Clock,
    private readonly reminders: RemindersRepository,
    @Inject(REMINDER_SUBJECT_SOURCES) sources: ReminderSubjectSource[],
  ) {
    this.sources = sourcesByType(sources);
  }

  async project(manager: EntityManager, events: OutboxEvent[]): Promise<ReminderJobChanges> {
    const changes: ReminderJobChanges = { enqueue: [], remove: [] };
    // Events are projected in runs of distinct files: within a run, per-file changes commute, so
    // all cancellations then all starts (two statements) give the same result as one event at a
    // time. A file seen twice, or an event that moves reminders across files, closes the run.
    let run: OutboxEvent[] = [];
    const files = new Set<string>();
    const flush = async (moving?: OutboxEvent) => {
      await this.cancel(manager, run, changes);
      if (moving) await this.reschedule(manager, moving, changes);
      if (moving) await this.handOver(manager, moving);
      await this.start(manager, run, changes);
      run = [];
      files.clear();
    };
    for (const event of events) {
      const moves = this.reschedules(event).length > 0 || event.type === HANDOVER_EVENT;
      if (moves || files.has(event.aggregateId)) await flush();
      run.push(event);
      files.add(event.aggregateId);
      if (moves) await flush(event);
    }
    await flush();
    return changes;
  }

  private starts(event: OutboxEvent): ReminderRule[] {
    if (!isSubjectType(event.aggregateType)) return [];
    return this.settings.rules.filter((r) => r.startsOn === event.type && this.matches(r, event));
  }

  private reschedules(event: OutboxEvent): ReminderRule[] {
    return this.settings.rules.filter((r) => r.rescheduledBy?.event === event.type);
  }

  private async cancel(manager: EntityManager, events: OutboxEvent[], changes: ReminderJobChanges): Promise<void> {
    const pairs = events.flatMap((event) =>
      this.settings.rules.filter((r) => r.cancelledBy.includes(event.type)).map((r) => [event.aggregateId, r.code] as const),
    );
    if (pairs.length === 0) return;
    const cancelled = await this.reminders.cancelScheduled(
      manager,
      pairs.map((p) => p[0]),
      pairs.map((p) => p[1]),
      this.clock.now(),
    );
    changes.remove.push(...cancelled);
  }

  private async reschedule(manager: EntityManager, event: OutboxEvent, changes: ReminderJobChanges): Promise<void> {
    for (const rule of this.reschedules(event)) {
      const key = event.payload[rule.rescheduledBy!.key];
      const anchor = this.anchorOf(rule, event);
      if (typeof key !== 'string' || !anchor) continue;
      const rows = await this.reminders.lockScheduledByAnchor(manager, rule.code, key);
      const due = scheduleDue(anchor, rule.offset, rule.at, this.settings.timezone);
      for (const row of rows) {
        await this.reminders.reschedule(manager, row.id, anchor, due.at, this.message(rule, row.subject_reference, due));
        changes.remove.push({ id: row.id, dueAt: row.due_at });
        changes.enqueue.push({ id: row.id, dueAt: due.at });
      }
    }
  }

  /**
   * A file handed to another organisation: its open reminders follow it, to the new organisation's
   * team, or to its new referent for those addressed to the former referent.
   */
  private async handOver(manager: EntityManager, event: OutboxEvent): Promise<void> {
    if (event.type !== HANDOVER_EVENT) return;
    const payload = event.payload as EventPayload<typeof HANDOVER_EVENT>;
    await this.reminders.handOver(manager, event.aggregateId, payload.toOrganisationId, payload.referentUserId ?? null);
  }

  /** Schedules the reminders the events start: one read of their files, one insert. */
  private async start(manager: EntityManager, events: OutboxEvent[], changes: ReminderJobChanges): Promise<void> {
    if (events.length === 0) return;
    const subjects = await loadSubjects(
      manager,
      this.sources,
      this.reminders,
      events.flatMap((e) => (isSubjectType(e.aggregateType) ? [{ type: e.aggregateType, id: e.aggregateId }] : [])),
    );
    const rows: NewReminder[] = [];
    for (const event of events) {
      const subject = subjects.get(event.aggregateId);
      if (!subject) continue;
      for (const rule of this.starts(event)) {
        const anchor = this.anchorOf(rule, event);
        if (!anchor) continue;
        let due = scheduleDue(anchor, rule.offset, rule.at, this.settings.timezone);
        const until = subject.suspendedUntil;
        if (until && until > due.at) due = { ...due, at: until, dueDate: localDate(until, this.settings.timezone) };
        const recipientUserId = rule.recipient === 'referent' ? subject.referentUserId : null;
        const key = rule.rescheduledBy ? event.payload[rule.rescheduledBy.key] : null;
        rows.push({
          territoryId: subject.territoryId,
          ruleCode: rule.code,
          subjectType: subject.type,
          subjectId: event.aggregateId,
          reference: subject.reference,
          label: rule.label,
          message: this.message(rule, subject.reference, due),
          byEmail: rule.channels.includes('email') && recipientUserId !== null,
          anchorKey: typeof key === 'string' ? key : null,
          anchorAt: anchor,
          recipientUserId,
          organisationId: subject.organisationId,
          dueAt: due.at,
          sourceEventId: event.id,
        });
      }
    }
    if (rows.length === 0) return;
    changes.enqueue.push(...(await this.reminders.insertScheduled(manager, rows)));
  }

  private matches(rule: ReminderRule, event: OutboxEvent): boolean {
    return Object.entries(rule.when ?? {}).every(([field, value]) => event.payload[field] === value);
  }

  private anchorOf(rule: ReminderRule, event: OutboxEvent): Date | null {
    if (rule.from === 'occurredAt') return event.occurredAt;
    const value = event.payload[rule.from];
    const date = typeof value === 'string' ? new Date(value) : null;
    return date && !Number.isNaN(date.getTime()) ? date : null;
  }

  private message(rule: ReminderRule, reference: string, due: Due): string {
    return renderMessage(rule.message, { reference, anchorDate: due.anchorDate, dueDate: due.dueDate });
  }
}
