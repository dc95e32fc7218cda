import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ArrearsImport } from './alert-import.entity';

/** The alert lists imported: every query on arrears_import. */
@Injectable()
export class AlertImportsRepository {
  /** One import at a time per organisation (until the transaction ends): duplicates are decided against committed files. */
  async lockOrganisation(manager: EntityManager, organisationId: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('arrears-import:' || $1))`, [organisationId]);
  }

  /** The organisation's import of the same file (by its SHA-256), if any. */
  findSameFile(manager: EntityManager, organisationId: string, sha256: string): Promise<ArrearsImport | null> {
    return manager.getRepository(ArrearsImport).findOneBy({ organisationId, sha256 });
  }

  async create(manager: EntityManager, record: Omit<ArrearsImport, 'createdAt'>): Promise<void> {
    await manager.getRepository(ArrearsImport).save(manager.getRepository(ArrearsImport).create(record));
  }
}
