import { Clock } from '@app/core';
import { OutboxEvent } from '@app/database';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { dueDate, localDate } from './due-date';
import type { ScheduledReminder } from './reminder-jobs';
import { ReminderRule, renderMessage } from './reminder-rules';
import { ReminderSettings } from './reminder-settings';

interface Subject {
  territoryId: string;
  reference: string;
  referentUserId: string | null;
  organisationId: string;
}

/** Jobs to add and remove once the projecting transaction has committed. */
export interface ReminderJobChanges {
  enqueue: ScheduledReminder[];
  remove: ScheduledReminder[];
}

/**
 * Turns outbox events into reminder rows, inside the relay's transaction: cancels what the event
 * makes obsolete, reschedules what it moves, then schedules what it starts. Idempotent: a
 * reminder is unique per rule and starting event.
 */
@Injectable()
export class RemindersProjector {
  constructor(
    private readonly settings: ReminderSettings,
    private readonly clock: Clock,
  ) {}

  async project(manager: EntityManager, events: OutboxEvent[]): Promise<ReminderJobChanges> {
    const changes: ReminderJobChanges = { enqueue: [], remove: [] };
    for (const event of events) {
      await this.cancel(manager, event, changes);
      await this.reschedule(manager, event, changes);
      await this.start(manager, event, changes);
    }
    return changes;
  }

  private async cancel(manager: EntityManager, event: OutboxEvent, changes: ReminderJobChanges): Promise<void> {
    const codes = this.settings.rules.filter((r) => r.cancelledBy.includes(event.type)).map((r) => r.code);
    if (codes.length === 0) return;
    const [rows] = await manager.query<[Array<{ id: string; due_at: Date }>, number]>(
      `UPDATE reminder SET status = 'cancelled', closed_at = $3, updated_at = now()
        WHERE subject_id = $1 AND status = 'scheduled' AND rule_code = ANY($2) RETURNING id, due_at`,
      [event.aggregateId, codes, this.clock.now()],
    );
    changes.remove.push(...rows.map((r) => ({ id: r.id, dueAt: r.due_at })));
  }

  private async reschedule(manager: EntityManager, event: OutboxEvent, changes: ReminderJobChanges): Promise<void> {
    for (const rule of this.settings.rules.filter((r) => r.rescheduledBy?.event === event.type)) {
      const key = event.payload[rule.rescheduledBy!.key];
      const anchor = this.anchorOf(rule, event);
      if (typeof key !== 'string' || !anchor) continue;
      const rows = await manager.query<Array<{ id: string; due_at: Date; subject_reference: string }>>(
        `SELECT id, due_at, subject_reference FROM reminder WHERE rule_code = $1 AND anchor_key = $2 AND status = 'scheduled' FOR UPDATE`,
        [rule.code, key],
      );
      for (const row of rows) {
        const due = dueDate(anchor, rule.offset, rule.at, this.settings.timezone);
        await manager.query(`UPDATE reminder SET anchor_at = $2, due_at = $3, message = $4, updated_at = now() WHERE id = $1`, [
          row.id,
          anchor,
          due,
          this.message(rule, row.subject_reference, anchor, due),
        ]);
        changes.remove.push({ id: row.id, dueAt: row.due_at });
        changes.enqueue.push({ id: row.id, dueAt: due });
      }
    }
  }

  private async start(manager: EntityManager, event: OutboxEvent, changes: ReminderJobChanges): Promise<void> {
    const rules = this.settings.rules.filter((r) => r.startsOn === event.type && this.matches(r, event));
    if (rules.length === 0 || event.aggregateType !== 'household') return;
    const subject = await this.household(manager, event.aggregateId);
    if (!subject) return;
    const [suspension] = await manager.query<Array<{ until: Date }>>(`SELECT until FROM reminder_suspension WHERE subject_id = $1`, [
      event.aggregateId,
    ]);
    for (const rule of rules) {
      const anchor = this.anchorOf(rule, event);
      if (!anchor) continue;
      let due = dueDate(anchor, rule.offset, rule.at, this.settings.timezone);
      if (suspension && suspension.until > due) due = suspension.until;
      const recipientUserId = rule.recipient === 'referent' ? subject.referentUserId : null;
      const key = rule.rescheduledBy ? event.payload[rule.rescheduledBy.key] : null;
      const [row] = await manager.query<Array<{ id: string }>>(
        `INSERT INTO reminder (territory_id, rule_code, subject_type, subject_id, subject_reference, label, message, by_email, anchor_key, anchor_at,
                               recipient_user_id, recipient_organisation_id, due_at, source_event_id)
         VALUES ($1, $2, 'household', $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
         ON CONFLICT (rule_code, source_event_id) DO NOTHING RETURNING id`,
        [
          subject.territoryId,
          rule.code,
          event.aggregateId,
          subject.reference,
          rule.label,
          this.message(rule, subject.reference, anchor, due),
          rule.channels.includes('email') && recipientUserId !== null,
          typeof key === 'string' ? key : null,
          anchor,
          recipientUserId,
          subject.organisationId,
          due,
          event.id,
        ],
      );
      if (row) changes.enqueue.push({ id: row.id, dueAt: due });
    }
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

  private message(rule: ReminderRule, reference: string, anchor: Date, due: Date): string {
    const tz = this.settings.timezone;
    return renderMessage(rule.message, { reference, anchorDate: localDate(anchor, tz), dueDate: localDate(due, tz) });
  }

  private async household(manager: EntityManager, id: string): Promise<Subject | null> {
    const [row] = await manager.query<
      Array<{ territory_id: string; reference: string; referent_user_id: string | null; organisation_id: string }>
    >(`SELECT territory_id, reference, referent_user_id, organisation_id FROM household WHERE id = $1`, [id]);
    return row
      ? {
          territoryId: row.territory_id,
          reference: row.reference,
          referentUserId: row.referent_user_id,
          organisationId: row.organisation_id,
        }
      : null;
  }
}
