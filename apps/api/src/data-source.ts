// Data source for the TypeORM CLI (migration:generate, migration:check). The apps build their own.
import 'reflect-metadata';
import { AppConfig } from '@app/config';
import { dataSourceOptions } from '@app/database';
import { DataSource } from 'typeorm';
import { ENTITIES } from './entities';

export default new DataSource({
  ...dataSourceOptions(AppConfig.load(), (error) => console.error(error)),
  entities: ENTITIES,
});
