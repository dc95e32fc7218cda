import { AuditModule } from '@app/audit';
import { AppConfig } from '@app/config';
import { IdentityModule } from '@app/identity';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CommissionService } from './commission.service';
import { PATHWAY_ENTITIES } from './entities';
import { HouseholdAccess } from './household-access';
import { HouseholdFilesService } from './household-files.service';
import { HouseholdTimelineService } from './household-timeline.service';
import { HouseholdCreationService } from './household-creation.service';
import { HouseholdListsService } from './household-lists.service';
import { HouseholdNotesService } from './household-notes.service';
import { HouseholdReminderSubjects } from './household-reminder-subjects';
import { HouseholdRules } from './household-rules';
import { HouseholdSharesService } from './household-shares.service';
import { MaraudeService } from './maraude.service';
import { OfferLapsesService } from './offer-lapses.service';
import { PathwaySettings } from './pathway.config';
import { PathwayStepsService } from './pathway-steps.service';
import { HouseholdChangesService } from './household-changes.service';
import { SiaoImportService } from './siao-import.service';
import { SiaoSettings } from './siao.config';

@Module({
  imports: [TypeOrmModule.forFeature(PATHWAY_ENTITIES), AuditModule, IdentityModule],
  providers: [
    { provide: PathwaySettings, inject: [AppConfig], useFactory: (config: AppConfig) => new PathwaySettings(config) },
    { provide: SiaoSettings, inject: [AppConfig], useFactory: (config: AppConfig) => new SiaoSettings(config) },
    HouseholdAccess,
    HouseholdTimelineService,
    HouseholdFilesService,
    HouseholdRules,
    HouseholdCreationService,
    HouseholdListsService,
    HouseholdSharesService,
    HouseholdNotesService,
    PathwayStepsService,
    CommissionService,
    MaraudeService,
    OfferLapsesService,
    HouseholdChangesService,
    SiaoImportService,
    HouseholdReminderSubjects,
  ],
  exports: [
    HouseholdAccess,
    HouseholdTimelineService,
    HouseholdFilesService,
    HouseholdCreationService,
    HouseholdListsService,
    HouseholdSharesService,
    HouseholdNotesService,
    PathwayStepsService,
    CommissionService,
    MaraudeService,
    OfferLapsesService,
    PathwaySettings,
    HouseholdChangesService,
    SiaoImportService,
    SiaoSettings,
    HouseholdReminderSubjects,
  ],
})
export class PathwayModule {}
