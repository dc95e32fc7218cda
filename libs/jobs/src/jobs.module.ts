import { ArrearsFileReminderSubjects, ArrearsModule } from '@app/arrears';
import { AuditModule } from '@app/audit';
import { ConventionModule, ConventionReminderSubjects } from '@app/convention';
import { ConfigModule, LoggingModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { IndicatorsModule } from '@app/indicators';
import { HouseholdReminderSubjects, PathwayModule } from '@app/pathway';
import { EnrolmentReminderSubjects, PeculeModule, ProgrammeReminderSubjects } from '@app/pecule';
import { JobName, QueueModule } from '@app/queue';
import { REMINDER_SUBJECT_SOURCES, ReminderSubjectSource, RemindersModule, RemindersProjector } from '@app/reminders';
import { Module, OnModuleInit } from '@nestjs/common';
import { IndicatorsProcessor } from './indicators.processor';
import { assertEveryJobHandled } from './job-handlers';
import { MaintenanceProcessor } from './maintenance.processor';
import { OutboxRelay } from './outbox-relay';
import { ReminderEmailsProcessor, RemindersProcessor } from './reminders.processor';
import { Schedules } from './schedules';

/** BullMQ processors, schedulers and the outbox relay: composed by apps/worker, and by apps/api when it runs the worker too. */
/** Every processor: each job name must be handled by exactly one of them (checked at start-up). */
export const PROCESSORS = [MaintenanceProcessor, IndicatorsProcessor, RemindersProcessor, ReminderEmailsProcessor];

/** How reminders read each kind of file: one source per subject type, from the context that owns it. */
const REMINDER_SUBJECT_SOURCE_CLASSES = [
  HouseholdReminderSubjects,
  EnrolmentReminderSubjects,
  ProgrammeReminderSubjects,
  ArrearsFileReminderSubjects,
  ConventionReminderSubjects,
];

@Module({
  imports: [
    ConfigModule,
    LoggingModule,
    DatabaseModule,
    QueueModule,
    AuditModule,
    RemindersModule,
    PathwayModule,
    PeculeModule,
    ArrearsModule,
    IndicatorsModule,
    ConventionModule,
  ],
  providers: [
    ...PROCESSORS,
    OutboxRelay,
    Schedules,
    // The reminders projector runs in the relay: here, where every context it reads files from is composed.
    {
      provide: REMINDER_SUBJECT_SOURCES,
      inject: REMINDER_SUBJECT_SOURCE_CLASSES,
      useFactory: (...sources: ReminderSubjectSource[]) => sources,
    },
    RemindersProjector,
  ],
})
export class JobsModule implements OnModuleInit {
  onModuleInit(): void {
    assertEveryJobHandled(Object.values(JobName), PROCESSORS);
  }
}
