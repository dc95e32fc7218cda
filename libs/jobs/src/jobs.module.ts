import { AuditModule } from '@app/audit';
import { ConfigModule, LoggingModule } from '@app/config';
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

/** BullMQ processors, schedulers and the outbox relay: composed by apps/worker, and by apps/api when it runs the worker too. */
@Module({
  imports: [ConfigModule, LoggingModule, DatabaseModule, QueueModule, AuditModule, RemindersModule, PeculeModule, IndicatorsModule],
  providers: [MaintenanceProcessor, IndicatorsProcessor, RemindersProcessor, ReminderEmailsProcessor, OutboxRelay, Schedules],
})
export class JobsModule {}
