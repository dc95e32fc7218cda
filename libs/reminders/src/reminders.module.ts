import { AppConfig } from '@app/config';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Mailer } from './mailer';
import { ReminderDelivery } from './reminder-delivery';
import { ReminderDigests } from './reminder-digest';
import { ReminderJobs } from './reminder-jobs';
import { ReminderSettings } from './reminder-settings';
import { REMINDER_ENTITIES } from './reminder.entity';
import { RemindersProjector } from './reminders.projector';
import { RemindersService } from './reminders.service';

@Module({
  imports: [TypeOrmModule.forFeature(REMINDER_ENTITIES)],
  providers: [
    { provide: ReminderSettings, inject: [AppConfig], useFactory: (config: AppConfig) => new ReminderSettings(config) },
    Mailer,
    ReminderJobs,
    ReminderDelivery,
    ReminderDigests,
    RemindersProjector,
    RemindersService,
  ],
  exports: [ReminderDelivery, ReminderDigests, ReminderSettings, RemindersProjector, RemindersService, ReminderJobs],
})
export class RemindersModule {}
