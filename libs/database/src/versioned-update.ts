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
 * on the hottest write). False when no row had that version.
 */
export async function updateIfVersion<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  id: string,
  expectedVersion: number,
  changes: QueryDeepPartialEntity<T>,
): Promise<boolean> {
  const metadata = manager.connection.getMetadata(target);
  const parameters: unknown[] = [id, expectedVersion];
  const assignments = ['"version" = "version" + 1'];
  for (const [property, value] of Object.entries(changes)) {
    if (value === undefined) continue; // as TypeORM's update: an absent field is left alone, not set to NULL
    const column = metadata.findColumnWithPropertyName(property);
    if (!column) throw new Error(`${metadata.name} has no column ${property}`);
    parameters.push(manager.connection.driver.preparePersistentValue(value, column));
    assignments.push(`"${column.databaseName}" = $${parameters.length}`);
  }
  const updatedAt = metadata.updateDateColumn;
  if (updatedAt && !(updatedAt.propertyName in changes)) assignments.push(`"${updatedAt.databaseName}" = now()`);
  const [, affected] = await manager.query<[unknown[], number]>(
    `UPDATE "${metadata.tableName}" SET ${assignments.join(', ')} WHERE "id" = $1 AND "version" = $2`,
    parameters,
  );
  return affected > 0;
}
