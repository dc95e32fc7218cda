import { AppConfig } from '@app/config';
import type { EventEmitter } from 'node:events';
import { Logger, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource, DataSourceOptions } from 'typeorm';
import { dataSourceOptions } from './data-source-options';
import { IdempotencyKey } from './idempotency';
import { OutboxEvent } from './outbox-event.entity';
import { databaseAddress, explainDatabaseError, isDatabaseUnreachable } from './reachability';
import { ApplicationRoleCheck } from './roles';

const CONNECT_ATTEMPTS = 10;
const CONNECT_RETRY_DELAY_MS = 1_000;

/**
 * A connection PostgreSQL terminates can emit a second 'error' after TypeORM has released it and
 * removed its own listener; unheard, Node ends the process. Each new client of the pool keeps a
 * listener of its own: the query in flight still fails (503) and the pool drops the client.
 */
function keepLateConnectionErrorsHandled(dataSource: DataSource): DataSource {
  const pool = (dataSource.driver as unknown as { master: { on(event: 'connect', listener: (client: EventEmitter) => void): void } })
    .master;
  pool.on('connect', (client) => client.on('error', () => undefined));
  return dataSource;
}

/**
 * Start even if PostgreSQL is briefly unavailable (readiness reports it meanwhile), saying so in
 * one line rather than a stack trace per attempt as TypeORM's own retry does; then one line naming
 * DATABASE_URL and how to start PostgreSQL if it never answers.
 */
async function initializeDataSource(options: DataSourceOptions | undefined): Promise<DataSource> {
  const url = (options as { url: string }).url;
  for (let attempt = 1; ; attempt++) {
    try {
      return keepLateConnectionErrorsHandled(await new DataSource(options!).initialize());
    } catch (error) {
      if (!isDatabaseUnreachable(error) || attempt >= CONNECT_ATTEMPTS) throw explainDatabaseError(url, error);
      if (attempt === 1) {
        new Logger('Database').warn(
          `PostgreSQL (DATABASE_URL) is unreachable at ${databaseAddress(url)}: ${(error as Error).message || (error as { code?: string }).code}; retrying for ${(CONNECT_ATTEMPTS * CONNECT_RETRY_DELAY_MS) / 1000} s`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, CONNECT_RETRY_DELAY_MS));
    }
  }
}

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
          // initializeDataSource retries, quietly; TypeORM's retry would log a stack per attempt.
          toRetry: () => false,
        };
      },
      dataSourceFactory: initializeDataSource,
    }),
    TypeOrmModule.forFeature([OutboxEvent, IdempotencyKey]),
  ],
  providers: [ApplicationRoleCheck],
})
export class DatabaseModule {}
