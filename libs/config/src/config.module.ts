import { Global, Module } from '@nestjs/common';
import { AppConfig } from './app-config';

/** Provides the validated AppConfig everywhere; loaded once per process. */
@Global()
@Module({
  providers: [{ provide: AppConfig, useFactory: () => AppConfig.load() }],
  exports: [AppConfig],
})
export class ConfigModule {}
