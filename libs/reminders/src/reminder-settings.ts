import { AppConfig } from '@app/config';
import { ReminderRule, reminderRulesSchema } from './reminder-rules';

/** `config/reminders.json`, validated at start-up; the territory's time zone (TERRITORY_TIMEZONE) beside it. */
export class ReminderSettings {
  readonly timezone: string;
  readonly rules: readonly ReminderRule[];

  constructor(config: AppConfig) {
    const file = config.readConfigFile('reminders.json', reminderRulesSchema);
    this.timezone = config.timezone;
    this.rules = file.rules;
  }
}
