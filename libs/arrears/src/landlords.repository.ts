import { updateWithVersion } from '@app/database';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { FileScope } from './arrears-files.repository';
import { ArrearsLandlord } from './landlord.entity';

export type NewLandlord = Omit<ArrearsLandlord, 'id' | 'version' | 'createdAt' | 'updatedAt'>;

/** An ADIL organisation's landlords: every query on arrears_landlord. */
@Injectable()
export class LandlordsRepository {
  findInScope(manager: EntityManager, id: string, scope: FileScope): Promise<ArrearsLandlord | null> {
    return manager.getRepository(ArrearsLandlord).findOne({ where: { id, ...scope } });
  }

  /** A file's landlord (the file was read through the access policy). */
  ofFile(manager: EntityManager, landlordId: string): Promise<ArrearsLandlord> {
    return manager.getRepository(ArrearsLandlord).findOneByOrFail({ id: landlordId });
  }

  /** The organisation's landlord of that name and commune (see landlordMatchKey). */
  findByMatchKey(manager: EntityManager, organisationId: string, matchKey: string): Promise<ArrearsLandlord | null> {
    return manager.getRepository(ArrearsLandlord).findOneBy({ organisationId, matchKey });
  }

  create(manager: EntityManager, landlord: NewLandlord): Promise<ArrearsLandlord> {
    return manager.getRepository(ArrearsLandlord).save(manager.getRepository(ArrearsLandlord).create(landlord));
  }

  /** Records the landlord unless the organisation has one of that name and commune already; returns the one recorded. */
  async findOrCreate(manager: EntityManager, landlord: NewLandlord): Promise<ArrearsLandlord> {
    await manager.getRepository(ArrearsLandlord).createQueryBuilder().insert().values(landlord).orIgnore().execute();
    return manager.getRepository(ArrearsLandlord).findOneByOrFail({ organisationId: landlord.organisationId, matchKey: landlord.matchKey });
  }

  /** Landlords in scope by name (`matchKey` fragment, already normalised), 200 at most. */
  search(manager: EntityManager, scope: FileScope, matchKeyFragment?: string): Promise<ArrearsLandlord[]> {
    const qb = manager
      .getRepository(ArrearsLandlord)
      .createQueryBuilder('l')
      .where('l.territoryId = :territoryId', { territoryId: scope.territoryId })
      .orderBy('l.name')
      .take(200);
    if (scope.organisationId) qb.andWhere('l.organisationId = :organisationId', { organisationId: scope.organisationId });
    if (matchKeyFragment) qb.andWhere(`l.matchKey LIKE :q ESCAPE '\\'`, { q: `%${matchKeyFragment.replace(/[\\%_]/g, '\\$&')}%` });
    return qb.getMany();
  }

  async update(manager: EntityManager, id: string, version: number, changes: QueryDeepPartialEntity<ArrearsLandlord>): Promise<void> {
    await updateWithVersion(manager, ArrearsLandlord, id, version, changes, 'Landlord');
  }

  /** Deletes the landlords without a tenant file and unchanged since `cutoff` (a civil date in `timezone`); their ids. */
  async purgeWithoutFiles(manager: EntityManager, cutoff: string, timezone: string): Promise<string[]> {
    const rows = await manager.query<Array<{ id: string }>>(
      `DELETE FROM arrears_landlord l WHERE NOT EXISTS (SELECT 1 FROM arrears_file f WHERE f.landlord_id = l.id)
          AND (l.updated_at AT TIME ZONE $2)::date < $1::date RETURNING id`,
      [cutoff, timezone],
    );
    return rows.map((r) => r.id);
  }
}
