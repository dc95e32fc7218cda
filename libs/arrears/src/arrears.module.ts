import { AuditModule } from '@app/audit';
import { AppConfig } from '@app/config';
import { IdentityModule } from '@app/identity';
import { PathwayModule } from '@app/pathway';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AlertImportService } from './alert-import.service';
import { AlertImportsRepository } from './alert-imports.repository';
import { ArrearsAccess } from './arrears-access';
import { ArrearsFilesRepository } from './arrears-files.repository';
import { ArrearsFilesService } from './arrears-files.service';
import { ArrearsFileReminderSubjects } from './arrears-reminder-subjects';
import { ArrearsStepsService } from './arrears-steps.service';
import { ArrearsSettings } from './arrears.config';
import { ARREARS_ENTITIES } from './entities';
import { LandlordsRepository } from './landlords.repository';
import { LandlordsService } from './landlords.service';
import { ArrearsRetention } from './arrears-retention';

@Module({
  imports: [TypeOrmModule.forFeature(ARREARS_ENTITIES), AuditModule, IdentityModule, PathwayModule],
  providers: [
    ArrearsRetention,
    { provide: ArrearsSettings, inject: [AppConfig], useFactory: (config: AppConfig) => new ArrearsSettings(config) },
    ArrearsFilesRepository,
    LandlordsRepository,
    AlertImportsRepository,
    ArrearsAccess,
    ArrearsFilesService,
    ArrearsStepsService,
    LandlordsService,
    AlertImportService,
    ArrearsFileReminderSubjects,
  ],
  exports: [
    ArrearsRetention,
    ArrearsAccess,
    ArrearsFilesService,
    ArrearsStepsService,
    LandlordsService,
    AlertImportService,
    ArrearsSettings,
    ArrearsFileReminderSubjects,
  ],
})
export class ArrearsModule {}
