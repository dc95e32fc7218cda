import { Actor, DomainError } from '@app/core';
import { AccessPolicy } from '@app/identity';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ArrearsFile } from './arrears-file.entity';
import { ArrearsFilesRepository, FileScope } from './arrears-files.repository';
import { ArrearsLandlord } from './landlord.entity';
import { LandlordsRepository } from './landlords.repository';

/**
 * The authorisation layer of arrears files: an ADIL organisation's files and landlords are seen
 * by its arrears advisors, and by the territory's admins. Anything else answers 404.
 */
@Injectable()
export class ArrearsAccess {
  constructor(
    private readonly policy: AccessPolicy,
    private readonly files: ArrearsFilesRepository,
    private readonly landlords: LandlordsRepository,
  ) {}

  /** Where the actor's queries look: the territory, and their organisation unless they are an admin. */
  scope(actor: Actor): FileScope {
    const organisationId = this.policy.organisationFilter(actor);
    return { territoryId: actor.territoryId, ...(organisationId ? { organisationId } : {}) };
  }

  async file(manager: EntityManager, actor: Actor, id: string, lock = false): Promise<ArrearsFile> {
    const file = await this.files.findInScope(manager, id, this.scope(actor), lock);
    if (!file) throw DomainError.notFound('Arrears file');
    return file;
  }

  async landlord(manager: EntityManager, actor: Actor, id: string): Promise<ArrearsLandlord | null> {
    return this.landlords.findInScope(manager, id, this.scope(actor));
  }
}
