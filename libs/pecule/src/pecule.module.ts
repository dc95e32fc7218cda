import { AuditModule } from '@app/audit';
import { AppConfig } from '@app/config';
import { FieldCipher } from '@app/core';
import { IdentityModule } from '@app/identity';
import { PathwayModule } from '@app/pathway';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EnrolmentsService } from './enrolments.service';
import { PECULE_ENTITIES } from './entities';
import { PaymentsService } from './payments.service';
import { PeculeAccess } from './pecule-access';
import { ProgrammesService } from './programmes.service';

@Module({
  imports: [TypeOrmModule.forFeature(PECULE_ENTITIES), AuditModule, IdentityModule, PathwayModule],
  providers: [
    { provide: FieldCipher, inject: [AppConfig], useFactory: (config: AppConfig) => new FieldCipher(config.dataKeys) },
    PeculeAccess,
    ProgrammesService,
    EnrolmentsService,
    PaymentsService,
  ],
  exports: [ProgrammesService, EnrolmentsService, PaymentsService],
})
export class PeculeModule {}
