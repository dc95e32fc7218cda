import { AuditModule } from '@app/audit';
import { IdentityModule } from '@app/identity';
import { IndicatorsModule } from '@app/indicators';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CONVENTION_ENTITIES } from './convention.entity';
import { ConventionReminderSubjects } from './convention-reminder-subjects';
import { ConventionRepository } from './convention.repository';
import { ConventionsService } from './conventions.service';
import { ExecutionReportService } from './execution-report.service';

@Module({
  imports: [TypeOrmModule.forFeature(CONVENTION_ENTITIES), AuditModule, IdentityModule, IndicatorsModule],
  providers: [ConventionRepository, ConventionsService, ExecutionReportService, ConventionReminderSubjects],
  exports: [ConventionsService, ExecutionReportService, ConventionReminderSubjects],
})
export class ConventionModule {}
