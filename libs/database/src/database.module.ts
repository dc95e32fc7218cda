import { AppConfig } from '@app/config';
import { Logger, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { dataSourceOptions } from './data-source-options';
import { IdempotencyKey } from './idempotency';
import { OutboxEvent } from './outbox-event.entity';
import { ApplicationRoleCheck } from './roles';

/** The TypeORM connection of the apps; each context registers its entities with forFeature. */
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => {
        const logger = new Logger('Database');
        return {
          ...dataSourceOptions(config, (error) => logger.warn(`PostgreSQL pool error: ${error.message}`)),
          autoLoadEntities: true,
          // Start even if PostgreSQL is briefly unavailable; readiness reports it meanwhile.
          retryAttempts: 10,
          retryDelay: 1_000,
        };
      },
    }),
    TypeOrmModule.forFeature([OutboxEvent, IdempotencyKey]),
  ],
  providers: [ApplicationRoleCheck],
})
export class DatabaseModule {}
