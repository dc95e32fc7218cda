import { AuditModule } from '@app/audit';
import { ConventionModule } from '@app/convention';
import { ConfigModule, LoggingModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { IndicatorsModule } from '@app/indicators';
import { PathwayModule } from '@app/pathway';
import { PeculeModule } from '@app/pecule';
import { JobName, QueueModule } from '@app/queue';
import { RemindersModule } from '@app/reminders';
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
    IndicatorsModule,
    ConventionModule,
  ],
  providers: [...PROCESSORS, OutboxRelay, Schedules],
})
export class JobsModule implements OnModuleInit {
  onModuleInit(): void {
    assertEveryJobHandled(Object.values(JobName), PROCESSORS);
  }
}
