import { ApiProperty } from '@nestjs/swagger';
import { SUBJECT_TYPES, SubjectType } from './reminder-subjects';
import { REMINDER_STATUSES, ReminderStatus } from './reminder.entity';

export class ReminderView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'evaluation_stale', description: 'The rule of config/reminders.json that scheduled it' }) ruleCode: string;
  @ApiProperty({ example: 'Évaluation SIAO à renouveler' }) label: string;
  @ApiProperty({ description: 'French message: a reference and dates, never names' }) message: string;
  @ApiProperty({ enum: SUBJECT_TYPES, description: 'The kind of file it is about' }) subjectType: SubjectType;
  @ApiProperty({ format: 'uuid', description: 'The file it is about' }) subjectId: string;
  @ApiProperty({ example: 'M-000042', description: "The file's reference (a programme's name for a pécule programme)" })
  reference: string;
  @ApiProperty({ enum: REMINDER_STATUSES }) status: ReminderStatus;
  @ApiProperty({ type: Date, description: 'When it shows as due: the due date, or the end of a snooze' }) dueAt: Date;
  @ApiProperty({ description: "In the organisation's team inbox rather than a person's" }) team: boolean;
}

/** The inbox in three buckets by the local day (Europe/Paris); each bucket holds at most 200 reminders, soonest first. */
export class InboxView {
  @ApiProperty({ type: [ReminderView], description: 'Due before today' }) overdue: ReminderView[];
  @ApiProperty({ type: [ReminderView] }) today: ReminderView[];
  @ApiProperty({ type: [ReminderView], description: 'Due after today' }) upcoming: ReminderView[];
}

export class InboxCountsView {
  @ApiProperty({ example: 2 }) overdue: number;
  @ApiProperty({ example: 1 }) today: number;
  @ApiProperty({ example: 7 }) upcoming: number;
}

export class DigestSubscriptionView {
  @ApiProperty({ description: 'Whether the daily digest e-mail is sent to me' }) enabled: boolean;
}

export class ReminderSuspensionView {
  @ApiProperty({ type: Date, description: 'Reminders of the file are held back until then' }) until: Date;
  @ApiProperty({ example: 2, description: 'Scheduled reminders moved to that date' }) postponed: number;
}

export class HouseholdReminderSuspensionView extends ReminderSuspensionView {
  @ApiProperty({ format: 'uuid' }) householdId: string;
}

export class ArrearsFileReminderSuspensionView extends ReminderSuspensionView {
  @ApiProperty({ format: 'uuid' }) fileId: string;
}

export class ReconcileResultView {
  @ApiProperty({ example: 0, description: 'Delivery and e-mail jobs added again (adding an existing job changes nothing)' })
  enqueued: number;
}
