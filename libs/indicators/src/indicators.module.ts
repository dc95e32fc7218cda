import { ArrearsModule } from '@app/arrears';
import { AuditModule } from '@app/audit';
import { AppConfig } from '@app/config';
import { IdentityModule } from '@app/identity';
import { PathwayModule } from '@app/pathway';
import { PeculeModule } from '@app/pecule';
import { RemindersModule } from '@app/reminders';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IndicatorFact, StatisticalToken } from './fact.entity';
import { FactsRepository } from './facts.repository';
import { IndicatorSettings } from './indicator-settings';
import { IndicatorsProjector } from './indicators.projector';
import { IndicatorsService } from './indicators.service';
import { OperationalCounts } from './operational-counts';
import { RetentionPurge } from './retention-purge';

@Module({
  imports: [
    TypeOrmModule.forFeature([IndicatorFact, StatisticalToken]),
    AuditModule,
    IdentityModule,
    PathwayModule,
    ArrearsModule,
    PeculeModule,
    RemindersModule,
  ],
  providers: [
    { provide: IndicatorSettings, inject: [AppConfig], useFactory: (config: AppConfig) => new IndicatorSettings(config) },
    FactsRepository,
    OperationalCounts,
    IndicatorsProjector,
    IndicatorsService,
    RetentionPurge,
  ],
  exports: [IndicatorSettings, IndicatorsProjector, IndicatorsService, RetentionPurge],
})
export class IndicatorsModule {}
