import { ArrearsModule } from '@app/arrears';
import { AuditModule } from '@app/audit';
import { ConfigModule, LoggingModule } from '@app/config';
import { ConventionModule } from '@app/convention';
import { DatabaseModule } from '@app/database';
import { IdentityModule } from '@app/identity';
import { IndicatorsModule } from '@app/indicators';
import { JobsModule } from '@app/jobs';
import { PathwayModule } from '@app/pathway';
import { PeculeModule } from '@app/pecule';
import { QueueModule } from '@app/queue';
import { RemindersModule } from '@app/reminders';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { RemindersController } from './reminders/reminders.controller';
import { ArrearsFilesController, ArrearsImportsController, LandlordsController } from './arrears/arrears.controllers';
import { AuditController } from './audit/audit.controller';
import { CommunesController } from './communes/communes.controller';
import { ConventionController } from './convention/convention.controller';
import { HealthController } from './health/health.controller';
import { AuthGuard } from './http/auth.guard';
import { ErrorFilter } from './http/error.filter';
import { ExpensiveRequestGuard } from './http/rate-limit';
import { AuthController } from './identity/auth.controller';
import { IndicatorsController } from './indicators/indicators.controller';
import { OrganisationsController } from './identity/organisations.controller';
import { TerritoriesController } from './identity/territories.controller';
import { UsersController } from './identity/users.controller';
import { CommissionController } from './pathway/commission.controller';
import { HouseholdsController } from './pathway/households.controller';
import { MaraudeController } from './pathway/maraude.controller';
import { RefusalReasonsController } from './pathway/refusal-reasons.controller';
import { SiaoListsController } from './pathway/siao-lists.controller';
import { OperationsController } from './operations/operations.controller';
import { EnrolmentsController, PaymentsController, ProgrammesController } from './pecule/pecule.controllers';

@Module({
  imports: [
    ConfigModule,
    LoggingModule,
    DatabaseModule,
    QueueModule,
    AuditModule,
    IdentityModule,
    PathwayModule,
    PeculeModule,
    ArrearsModule,
    IndicatorsModule,
    ConventionModule,
    RemindersModule,
  ],
  controllers: [
    HealthController,
    AuthController,
    OrganisationsController,
    TerritoriesController,
    UsersController,
    AuditController,
    HouseholdsController,
    CommissionController,
    MaraudeController,
    RefusalReasonsController,
    SiaoListsController,
    CommunesController,
    RemindersController,
    ProgrammesController,
    EnrolmentsController,
    PaymentsController,
    LandlordsController,
    ArrearsFilesController,
    ArrearsImportsController,
    OperationsController,
    IndicatorsController,
    ConventionController,
  ],
  providers: [
    { provide: APP_GUARD, useClass: AuthGuard },
    // After authentication: limits are per user.
    { provide: APP_GUARD, useClass: ExpensiveRequestGuard },
    { provide: APP_FILTER, useClass: ErrorFilter },
  ],
})
export class ApiModule {
  /** The API alone, or API and worker in one process (small deployments, `npm start`). */
  static forRoot(options: { withWorker: boolean }): DynamicModule {
    return { module: ApiModule, imports: options.withWorker ? [JobsModule] : [] };
  }
}
