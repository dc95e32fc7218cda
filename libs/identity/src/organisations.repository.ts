import { updateWithVersion } from '@app/database';
import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { Organisation } from './organisation.entity';

/** Organisations: every query on organisation. Methods take the caller's manager (its transaction). */
@Injectable()
export class OrganisationsRepository {
  /** The territory's organisations, by name. */
  ofTerritory(manager: EntityManager, territoryId: string): Promise<Organisation[]> {
    return manager.getRepository(Organisation).find({ where: { territoryId }, order: { name: 'ASC' } });
  }

  /** An organisation of this territory. */
  findInTerritory(manager: EntityManager, id: string, territoryId: string): Promise<Organisation | null> {
    return manager.getRepository(Organisation).findOneBy({ id, territoryId });
  }

  /** How many of these organisations are of this territory (and of this type). */
  countInTerritory(manager: EntityManager, ids: string[], territoryId: string, type?: Organisation['type']): Promise<number> {
    return manager.getRepository(Organisation).count({ where: { id: In(ids), territoryId, ...(type && { type }) } });
  }

  /** The organisation of this name in the territory (names are unique per territory). */
  findByName(manager: EntityManager, territoryId: string, name: string): Promise<Organisation | null> {
    return manager.getRepository(Organisation).findOneBy({ territoryId, name });
  }

  /** The organisation, which must exist (an EntityNotFoundError otherwise). */
  getById(manager: EntityManager, id: string): Promise<Organisation> {
    return manager.getRepository(Organisation).findOneByOrFail({ id });
  }

  /** Ids and names of these organisations, whatever their territory. */
  namesOf(manager: EntityManager, ids: string[]): Promise<Array<Pick<Organisation, 'id' | 'name'>>> {
    return manager.getRepository(Organisation).find({ select: { id: true, name: true }, where: { id: In(ids) } });
  }

  create(manager: EntityManager, organisation: Pick<Organisation, 'territoryId' | 'name' | 'type'>): Promise<Organisation> {
    const repo = manager.getRepository(Organisation);
    return repo.save(repo.create(organisation));
  }

  /** An edit, checked against the version read (STALE_VERSION otherwise). */
  async update(manager: EntityManager, id: string, version: number, changes: QueryDeepPartialEntity<Organisation>): Promise<void> {
    await updateWithVersion(manager, Organisation, id, version, changes, 'Organisation');
  }
}
