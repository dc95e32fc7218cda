import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';

export const REMINDER_STATUSES = ['scheduled', 'delivered', 'acknowledged', 'snoozed', 'done', 'cancelled'] as const;
export type ReminderStatus = (typeof REMINDER_STATUSES)[number];

/**
 * E-mail of a reminder: `sending` is claimed before the SMTP call, so a retried job or a restarted
 * worker never sends twice (at most once; a crash in the middle leaves `sending` for a human to see).
 */
export const EMAIL_STATUSES = ['none', 'pending', 'sending', 'sent', 'failed'] as const;
export type EmailStatus = (typeof EMAIL_STATUSES)[number];

/** Statuses of a reminder still in someone's inbox. */
export const OPEN_STATUSES: ReminderStatus[] = ['scheduled', 'delivered', 'acknowledged', 'snoozed'];

/** SQL: when a reminder (alias `r`) shows as due: its due date, or the end of its snooze. */
export const SHOWN_DUE = "(CASE WHEN r.status = 'snoozed' THEN r.snoozed_until ELSE r.due_at END)";

/** A reminder. PostgreSQL is the source of truth; BullMQ only carries the delayed delivery job. */
@Entity()
@Unique(['ruleCode', 'sourceEventId']) // one reminder per rule and outbox event: replaying an event changes nothing
@Index(['recipientUserId', 'status', 'dueAt'])
@Index(['recipientOrganisationId', 'status', 'dueAt'])
@Index(['subjectId', 'status'])
@Index(['status', 'dueAt'])
export class Reminder {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  territoryId: string;

  @Column({ type: 'text' })
  ruleCode: string;

  /** The file it is about (a household for now); the e-mail shows only its reference. */
  @Column({ type: 'text' })
  subjectType: string;

  @Column({ type: 'uuid' })
  subjectId: string;

  @Column({ type: 'text' })
  subjectReference: string;

  /** Label and message rendered when scheduled (a reference and dates, no names). */
  @Column({ type: 'text' })
  label: string;

  @Column({ type: 'text' })
  message: string;

  @Column({ type: 'boolean' })
  byEmail: boolean;

  /** Value of the rule's `rescheduledBy.key` in the starting event (a commission session id). */
  @Column({ type: 'text', nullable: true })
  anchorKey: string | null;

  @Column({ type: 'timestamptz' })
  anchorAt: Date;

  /** The person it is for; null for a team reminder. */
  @Column({ type: 'uuid', nullable: true })
  recipientUserId: string | null;

  /** The team inbox it belongs to (the recipient's organisation for personal reminders). */
  @Column({ type: 'uuid' })
  recipientOrganisationId: string;

  @Column({ type: 'timestamptz' })
  dueAt: Date;

  @Column({ type: 'enum', enum: REMINDER_STATUSES, enumName: 'reminder_status', default: 'scheduled' })
  status: ReminderStatus;

  @Column({ type: 'timestamptz', nullable: true })
  snoozedUntil: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  closedBy: string | null;

  @Column({ type: 'enum', enum: EMAIL_STATUSES, enumName: 'reminder_email_status', default: 'none' })
  emailStatus: EmailStatus;

  @Column({ type: 'int', default: 0 })
  emailAttempts: number;

  @Column({ type: 'timestamptz', nullable: true })
  emailedAt: Date | null;

  @Column({ type: 'bigint' })
  sourceEventId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** Reminders of a file held back until a date (workers already in touch with the household). */
@Entity()
export class ReminderSuspension {
  @PrimaryColumn({ type: 'uuid' })
  subjectId: string;

  @Column({ type: 'timestamptz' })
  until: Date;

  @Column({ type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** A user who asked for the daily digest e-mail (opt-in). */
@Entity()
export class ReminderDigestSubscription {
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** A digest claimed for a user and local day, before sending: never two the same day. */
@Entity()
export class ReminderDigest {
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @PrimaryColumn({ type: 'date' })
  day: string;

  @Column({ type: 'text', default: 'sending' })
  status: 'sending' | 'sent' | 'failed';

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

export const REMINDER_ENTITIES = [Reminder, ReminderSuspension, ReminderDigestSubscription, ReminderDigest];
