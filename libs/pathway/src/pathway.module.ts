import { AuditModule } from '@app/audit';
import { AppConfig } from '@app/config';
import { IdentityModule } from '@app/identity';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CommissionService } from './commission.service';
import { PATHWAY_ENTITIES } from './entities';
import { HouseholdAccess } from './household-access';
import { HouseholdsService } from './households.service';
import { MaraudeService } from './maraude.service';
import { PathwaySettings } from './pathway.config';
import { PathwayStepsService } from './pathway-steps.service';

@Module({
  imports: [TypeOrmModule.forFeature(PATHWAY_ENTITIES), AuditModule, IdentityModule],
  providers: [
    { provide: PathwaySettings, inject: [AppConfig], useFactory: (config: AppConfig) => new PathwaySettings(config) },
    HouseholdAccess,
    HouseholdsService,
    PathwayStepsService,
    CommissionService,
    MaraudeService,
  ],
  exports: [HouseholdAccess, HouseholdsService, PathwayStepsService, CommissionService, MaraudeService, PathwaySettings],
})
export class PathwayModule {}
