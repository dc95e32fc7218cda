import { AuditModule } from '@app/audit';
import { AppConfig } from '@app/config';
import { IdentityModule } from '@app/identity';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IndicatorFact, StatisticalToken } from './fact.entity';
import { IndicatorSettings } from './indicator-settings';
import { IndicatorsProjector } from './indicators.projector';
import { IndicatorsService } from './indicators.service';
import { RetentionPurge } from './retention-purge';

@Module({
  imports: [TypeOrmModule.forFeature([IndicatorFact, StatisticalToken]), AuditModule, IdentityModule],
  providers: [
    { provide: IndicatorSettings, inject: [AppConfig], useFactory: (config: AppConfig) => new IndicatorSettings(config) },
    IndicatorsProjector,
    IndicatorsService,
    RetentionPurge,
  ],
  exports: [IndicatorSettings, IndicatorsProjector, IndicatorsService, RetentionPurge],
})
export class IndicatorsModule {}
