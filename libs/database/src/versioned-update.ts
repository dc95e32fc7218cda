import { DomainError } from '@app/core';
import { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

/**
 * Optimistic locking: one conditional `UPDATE ... WHERE id = :id AND version = :version` that
 * bumps the version. TypeORM's @VersionColumn does not check the version on save(), so writes
 * go through here. Zero rows means someone else changed the record (STALE_VERSION) or it is
 * gone (NOT_FOUND). Call it after the record was loaded through the access policy.
 */
export async function updateWithVersion<T extends ObjectLiteral & { id: string; version: number }>(
  manager: EntityManager,
  target: EntityTarget<T>,
  id: string,
  expectedVersion: number,
  changes: QueryDeepPartialEntity<T>,
  resource: string,
): Promise<void> {
  if (!(await updateIfVersion(manager, target, id, expectedVersion, changes))) {
    const current = await manager.getRepository(target).findOneBy({ id } as FindOptionsWhere<T>);
    throw current ? DomainError.staleVersion(resource, current.version) : DomainError.notFound(resource);
  }
}

/**
 * The conditional update itself, as plain SQL built from the entity's metadata (values converted by
 * TypeORM's driver, `updated_at` bumped as its query builder would, which costs more than the update
 * on the hottest write). `conditions` are further columns the row must still hold (a status: see
 * workflow.ts). False when no row had that version (and those values).
 */
export async function updateIfVersion<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  id: string,
  expectedVersion: number,
  changes: QueryDeepPartialEntity<T>,
  conditions: QueryDeepPartialEntity<T> = {},
): Promise<boolean> {
  const metadata = manager.connection.getMetadata(target);
  const parameters: unknown[] = [id, expectedVersion];
  const column = (property: string) => {
    const found = metadata.findColumnWithPropertyName(property);
    if (!found) throw new Error(`${metadata.name} has no column ${property}`);
    return found;
  };
  const assignments = ['"version" = "version" + 1'];
  for (const [property, value] of Object.entries(changes)) {
    if (value === undefined) continue; // as TypeORM's update: an absent field is left alone, not set to NULL
    const changed = column(property);
    parameters.push(manager.connection.driver.preparePersistentValue(value, changed));
    assignments.push(`"${changed.databaseName}" = $${parameters.length}`);
  }
  const where = ['"id" = $1', '"version" = $2'];
  for (const [property, value] of Object.entries(conditions)) {
    if (value === undefined) throw new Error(`${metadata.name}.${property}: a condition needs a value (null for IS NULL)`);
    const held = column(property);
    if (value === null) {
      where.push(`"${held.databaseName}" IS NULL`);
    } else {
      parameters.push(manager.connection.driver.preparePersistentValue(value, held));
      where.push(`"${held.databaseName}" = $${parameters.length}`);
    }
  }
  const updatedAt = metadata.updateDateColumn;
  if (updatedAt && !(updatedAt.propertyName in changes)) assignments.push(`"${updatedAt.databaseName}" = now()`);
  const [, affected] = await manager.query<[unknown[], number]>(
    `UPDATE "${metadata.tableName}" SET ${assignments.join(', ')} WHERE ${where.join(' AND ')}`,
    parameters,
  );
  return affected > 0;
}
