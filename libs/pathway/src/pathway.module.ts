import { AuditModule } from '@app/audit';
import { AppConfig } from '@app/config';
import { IdentityModule } from '@app/identity';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CommissionRepository } from './commission.repository';
import { CommissionService } from './commission.service';
import { PATHWAY_ENTITIES } from './entities';
import { HouseholdAccess } from './household-access';
import { HouseholdEventsRepository } from './household-events.repository';
import { HouseholdFilesService } from './household-files.service';
import { HouseholdTimelineService } from './household-timeline.service';
import { HouseholdCreationService } from './household-creation.service';
import { HouseholdListsService } from './household-lists.service';
import { HouseholdNotesRepository } from './household-notes.repository';
import { HouseholdNotesService } from './household-notes.service';
import { HouseholdReminderSubjects } from './household-reminder-subjects';
import { HouseholdRules } from './household-rules';
import { HouseholdSharesRepository } from './household-shares.repository';
import { HouseholdSharesService } from './household-shares.service';
import { HouseholdsRepository } from './households.repository';
import { MaraudeRepository } from './maraude.repository';
import { MaraudeService } from './maraude.service';
import { OfferLapsesService } from './offer-lapses.service';
import { PathwayCountsRepository } from './pathway-counts.repository';
import { PathwaySettings } from './pathway.config';
import { PathwayStepsService } from './pathway-steps.service';
import { PersonsRepository } from './persons.repository';
import { HouseholdChangesService } from './household-changes.service';
import { HouseholdImportsRepository } from './household-imports.repository';
import { SiaoImportService } from './siao-import.service';
import { SiaoSettings } from './siao.config';
import { HouseholdRetention } from './household-retention';

@Module({
  imports: [TypeOrmModule.forFeature(PATHWAY_ENTITIES), AuditModule, IdentityModule],
  providers: [
    HouseholdRetention,
    { provide: PathwaySettings, inject: [AppConfig], useFactory: (config: AppConfig) => new PathwaySettings(config) },
    { provide: SiaoSettings, inject: [AppConfig], useFactory: (config: AppConfig) => new SiaoSettings(config) },
    HouseholdsRepository,
    PersonsRepository,
    HouseholdEventsRepository,
    HouseholdNotesRepository,
    HouseholdSharesRepository,
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
    CommissionRepository,
    MaraudeRepository,
    HouseholdImportsRepository,
    PathwayCountsRepository,
    HouseholdReminderSubjects,
  ],
  exports: [
    HouseholdRetention,
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
    PersonsRepository,
    PathwayCountsRepository,
    HouseholdReminderSubjects,
  ],
})
export class PathwayModule {}
