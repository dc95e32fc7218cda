import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Territory } from './territory.entity';

/** Territories: every query on territory. Methods take the caller's manager (its transaction). */
@Injectable()
export class TerritoriesRepository {
  /** All territories by name, or only the one given. */
  listByName(manager: EntityManager, onlyId?: string): Promise<Territory[]> {
    return manager.getRepository(Territory).find({ where: onlyId === undefined ? {} : { id: onlyId }, order: { name: 'ASC' } });
  }

  findByCode(manager: EntityManager, code: string): Promise<Territory | null> {
    return manager.getRepository(Territory).findOneBy({ code });
  }

  create(manager: EntityManager, territory: Pick<Territory, 'code' | 'name'>): Promise<Territory> {
    const repo = manager.getRepository(Territory);
    return repo.save(repo.create(territory));
  }
}
