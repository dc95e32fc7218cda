import { AppConfig } from '@app/config';
import { IdentityModule } from '@app/identity';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Mailer } from './mailer';
import { ReminderDelivery } from './reminder-delivery';
import { ReminderDigests } from './reminder-digest';
import { ReminderJobs } from './reminder-jobs';
import { ReminderSettings } from './reminder-settings';
import { REMINDER_ENTITIES } from './reminder.entity';
import { RemindersRepository } from './reminders.repository';
import { RemindersService } from './reminders.service';
import { ReminderRetention } from './reminder-retention';

/**
 * The inbox, delivery, e-mails and digests. The projector (`RemindersProjector`) is provided where
 * the outbox relay runs (libs/jobs), beside the subject sources of the contexts that own the files:
 * this module imports none of them.
 */
@Module({
  imports: [TypeOrmModule.forFeature(REMINDER_ENTITIES), IdentityModule],
  providers: [
    ReminderRetention,
    { provide: ReminderSettings, inject: [AppConfig], useFactory: (config: AppConfig) => new ReminderSettings(config) },
    Mailer,
    ReminderJobs,
    ReminderDelivery,
    ReminderDigests,
    RemindersRepository,
    RemindersService,
  ],
  exports: [ReminderRetention, ReminderDelivery, ReminderDigests, ReminderSettings, RemindersRepository, RemindersService, ReminderJobs],
})
export class RemindersModule {}
