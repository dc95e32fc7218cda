import { AppConfig } from '@app/config';
import { Catalogue, catalogueSchema, Indicator } from './catalogue';

/** `config/indicators.json`, validated at start-up: the catalogue, masking threshold, retention. */
export class IndicatorSettings {
  readonly catalogue: Catalogue & { timezone: string };
  readonly byCode: ReadonlyMap<string, Indicator>;

  constructor(config: AppConfig) {
    this.catalogue = { ...config.readConfigFile('indicators.json', catalogueSchema), timezone: config.timezone };
    this.byCode = new Map(this.catalogue.indicators.map((i) => [i.code, i]));
  }
}
