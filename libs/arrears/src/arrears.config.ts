import { AppConfig } from '@app/config';
import { ArrearsConfig, arrearsConfigSchema } from './legal-deadlines';

/** `config/arrears.json`, validated at start-up: legal delays, winter truce, contact interval, plan limits. */
export class ArrearsSettings {
  readonly config: ArrearsConfig;

  constructor(config: AppConfig) {
    this.config = config.readConfigFile('arrears.json', arrearsConfigSchema);
  }
}
