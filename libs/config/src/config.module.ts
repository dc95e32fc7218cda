import { Clock } from '@app/core';
import { Global, Module } from '@nestjs/common';
import { AppConfig } from './app-config';

/** Provides the validated AppConfig everywhere, loaded once per process, and the Clock in the territory's time zone. */
@Global()
@Module({
  providers: [
    { provide: AppConfig, useFactory: () => AppConfig.load() },
    { provide: Clock, useFactory: (config: AppConfig) => new Clock(config.timezone), inject: [AppConfig] },
  ],
  exports: [AppConfig, Clock],
})
export class ConfigModule {}
