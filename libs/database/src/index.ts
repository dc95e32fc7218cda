export { dataSourceOptions } from './data-source-options';
export { ensureDatabase, migrateDatabase } from './migrator';
export { SnakeNamingStrategy } from './snake-naming.strategy';
export { updateWithVersion } from './versioned-update';
export { DatabaseModule } from './database.module';
