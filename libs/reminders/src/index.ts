export * from './due-date';
export * from './reminder-delivery';
export * from './reminder-jobs';
export * from './reminder-rules';
export * from './reminder-settings';
export * from './reminder.entity';
export * from './reminders.projector';
export * from './reminders.service';
export { RemindersModule } from './reminders.module';
