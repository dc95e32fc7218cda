import { AuditModule } from '@app/audit';
import { ConfigModule, LoggingModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { QueueModule } from '@app/queue';
import { Module } from '@nestjs/common';
import { MaintenanceProcessor } from './maintenance.processor';
import { Schedules } from './schedules';

/** BullMQ processors and schedulers. Runs alone (apps/worker) or inside the API process. */
@Module({
  imports: [ConfigModule, LoggingModule, DatabaseModule, QueueModule, AuditModule],
  providers: [MaintenanceProcessor, Schedules],
})
export class WorkerModule {}
