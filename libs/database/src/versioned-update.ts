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
  const result = await manager
    .createQueryBuilder()
    .update(target)
    .set({ ...changes, version: () => 'version + 1' })
    .where('id = :id AND version = :version', { id, version: expectedVersion })
    .execute();
  if (result.affected === 0) {
    const current = await manager.getRepository(target).findOneBy({ id } as FindOptionsWhere<T>);
    throw current ? DomainError.staleVersion(resource, current.version) : DomainError.notFound(resource);
  }
}
