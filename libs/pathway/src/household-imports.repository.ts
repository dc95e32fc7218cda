import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { HouseholdImport } from './household-import.entity';

/** The SI-SIAO exports imported and their stored reports: every query on household_import. */
@Injectable()
export class HouseholdImportsRepository {
  /** One import at a time per territory (until the transaction ends): duplicates are decided against committed files. */
  async lockTerritory(manager: EntityManager, territoryId: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('siao-import:' || $1))`, [territoryId]);
  }

  /** The organisation's import of the same file (by its SHA-256), if any. */
  findSameFile(manager: EntityManager, organisationId: string, sha256: string): Promise<HouseholdImport | null> {
    return manager.getRepository(HouseholdImport).findOneBy({ organisationId, sha256 });
  }

  async create(manager: EntityManager, record: Omit<HouseholdImport, 'createdAt'>): Promise<void> {
    await manager.save(manager.getRepository(HouseholdImport).create(record));
  }
}
