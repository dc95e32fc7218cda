import { AppConfig } from '@app/config';
import { dataSourceOptions, migrateDatabase } from '@app/database';
import { DataSource } from 'typeorm';
import { ENTITIES } from '../entities';

/** Migrates, then opens a small data source for one-shot commands. */
export async function openCliDataSource(config: AppConfig): Promise<DataSource> {
  await migrateDatabase(config, (m) => process.stdout.write(`${m}\n`));
  return new DataSource({ ...dataSourceOptions(config, () => undefined), entities: ENTITIES, poolSize: 2 }).initialize();
}
