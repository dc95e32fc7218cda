import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Entities from plain SQL that selects a table's own columns (`SELECT t.*, ...`), converted by
 * TypeORM's driver exactly as its query builder would, without building the query or mapping
 * aliases: on the hottest reads that cost more than the query itself. Each entity comes with its
 * row, for the extra columns the query computed.
 */
export async function queryEntities<T extends ObjectLiteral, Row extends ObjectLiteral = ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  sql: string,
  parameters: unknown[],
): Promise<Array<{ entity: T; row: Row }>> {
  const metadata = manager.connection.getMetadata(target);
  const driver = manager.connection.driver;
  const rows = await manager.query<Row[]>(sql, parameters);
  return rows.map((row) => {
    const entity = metadata.create() as T;
    for (const column of metadata.columns) {
      if (column.databaseName in row) column.setEntityValue(entity, driver.prepareHydratedValue(row[column.databaseName], column));
    }
    return { entity, row };
  });
}
