import { AppConfig } from '@app/config';
import { DataSourceOptions } from 'typeorm';
import { migrations } from './migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/**
 * Options shared by the apps and the TypeORM CLI. Never `synchronize`: the schema only changes
 * through the reviewed migrations listed in ./migrations/index.ts.
 */
export function dataSourceOptions(config: AppConfig, onPoolError: (error: Error) => void): DataSourceOptions & { type: 'postgres' } {
  return {
    type: 'postgres',
    url: config.database.url,
    applicationName: 'parcours',
    uuidExtension: 'pgcrypto', // gen_random_uuid() is built into PostgreSQL 13+
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    migrations: migrations(config),
    poolSize: config.database.poolMax,
    connectTimeoutMS: config.database.connectTimeoutMs,
    // An idle client's error (server restart, killed backend) must not crash the process.
    poolErrorHandler: onPoolError,
    extra: {
      statement_timeout: config.database.statementTimeoutMs,
      idleTimeoutMillis: 30_000,
    },
  };
}
