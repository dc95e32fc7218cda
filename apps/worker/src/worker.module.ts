import { AuditModule } from '@app/audit';
import { ConfigModule, LoggingModule } from '@app/config';
import { ConventionModule } from '@app/convention';
import { DatabaseModule } from '@app/database';
import { IndicatorsModule } from '@app/indicators';
import { PeculeModule } from '@app/pecule';
import { QueueModule } from '@app/queue';
import { RemindersModule } from '@app/reminders';
import { Module } from '@nestjs/common';
import { IndicatorsProcessor } from './indicators.processor';
import { MaintenanceProcessor } from './maintenance.processor';
import { OutboxRelay } from './outbox-relay';
import { ReminderEmailsProcessor, RemindersProcessor } from './reminders.processor';
import { Schedules } from './schedules';

/** BullMQ processors and schedulers. Runs alone (apps/worker) or inside the API process. */
@Module({
  imports: [
    ConfigModule,
    LoggingModule,
    DatabaseModule,
    QueueModule,
    AuditModule,
    RemindersModule,
    PeculeModule,
    IndicatorsModule,
    ConventionModule,
  ],
  providers: [MaintenanceProcessor, IndicatorsProcessor, RemindersProcessor, ReminderEmailsProcessor, OutboxRelay, Schedules],
})
export class WorkerModule {}
