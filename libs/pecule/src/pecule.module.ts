import { AuditModule } from '@app/audit';
import { AppConfig } from '@app/config';
import { FieldCipher } from '@app/core';
import { IdentityModule } from '@app/identity';
import { PathwayModule } from '@app/pathway';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EnrolmentsRepository } from './enrolments.repository';
import { EnrolmentsService } from './enrolments.service';
import { PECULE_ENTITIES } from './entities';
import { PaymentsRepository } from './payments.repository';
import { PaymentsService } from './payments.service';
import { PeculeAccess } from './pecule-access';
import { EnrolmentReminderSubjects, ProgrammeReminderSubjects } from './pecule-reminder-subjects';
import { ProgrammesRepository } from './programmes.repository';
import { ProgrammesService } from './programmes.service';
import { EnrolmentRetention } from './enrolment-retention';

@Module({
  imports: [TypeOrmModule.forFeature(PECULE_ENTITIES), AuditModule, IdentityModule, PathwayModule],
  providers: [
    EnrolmentRetention,
    { provide: FieldCipher, inject: [AppConfig], useFactory: (config: AppConfig) => new FieldCipher(config.dataKeys) },
    ProgrammesRepository,
    EnrolmentsRepository,
    PaymentsRepository,
    PeculeAccess,
    ProgrammesService,
    EnrolmentsService,
    PaymentsService,
    EnrolmentReminderSubjects,
    ProgrammeReminderSubjects,
  ],
  exports: [
    EnrolmentRetention,
    ProgrammesService,
    EnrolmentsService,
    PaymentsService,
    EnrolmentReminderSubjects,
    ProgrammeReminderSubjects,
  ],
})
export class PeculeModule {}
