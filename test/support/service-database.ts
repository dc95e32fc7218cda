import { DataSource, EntitySchema } from 'typeorm';
import { SnakeNamingStrategy } from '../../libs/database/src/snake-naming.strategy';
import { appDatabaseUrl, createTestDatabase, dropTestDatabase } from './databases';

/** A DataSource on a fresh clone of the migrated template, connected as the application role (as the app is). */
export interface ServiceDatabase {
  dataSource: DataSource;
  /** Closes the connections and drops the database. */
  close: () => Promise<void>;
}

/**
 * For the service tier (`*.service-spec.ts`): what needs the real database but no HTTP, one
 * database per test file. Nest itself is an ES module that Jest does not load, so these tests drive
 * the libraries' functions and classes over a TypeORM DataSource, with the entities they read.
 */
export async function openServiceDatabase(
  label: string,
  entities: Array<(new () => unknown) | EntitySchema> = [],
): Promise<ServiceDatabase> {
  const name = await createTestDatabase(label);
  const dataSource = new DataSource({
    type: 'postgres',
    url: appDatabaseUrl(name),
    namingStrategy: new SnakeNamingStrategy(),
    entities,
    poolSize: 4,
  });
  try {
    await dataSource.initialize();
  } catch (error) {
    await dropTestDatabase(name);
    throw error;
  }
  return {
    dataSource,
    close: async () => {
      await dataSource.destroy();
      await dropTestDatabase(name);
    },
  };
}
