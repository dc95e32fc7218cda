import { AppConfig } from '@app/config';
import { ReminderRule, reminderRulesSchema } from './reminder-rules';

/** `config/reminders.json`, validated at start-up. */
export class ReminderSettings {
  readonly timezone: string;
  readonly rules: readonly ReminderRule[];

  constructor(config: AppConfig) {
    const file = config.readConfigFile('reminders.json', reminderRulesSchema);
    this.timezone = file.timezone;
    this.rules = file.rules;
  }
}
