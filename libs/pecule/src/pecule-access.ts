import { Actor, DomainError } from '@app/core';
import { AccessPolicy } from '@app/identity';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { PeculeEnrolment } from './enrolment.entity';
import { EnrolmentsRepository } from './enrolments.repository';
import { PeculeProgramme } from './programme.entity';
import { ProgrammesRepository } from './programmes.repository';

/**
 * The authorisation layer of the pécule. Programmes are the territory's; enrolments are seen by
 * the youth team that owns them and by the territory's stipend managers (and admins); bank details
 * by stipend managers only. Anything out of scope answers 404.
 */
@Injectable()
export class PeculeAccess {
  constructor(
    private readonly policy: AccessPolicy,
    private readonly programmes: ProgrammesRepository,
    private readonly enrolments: EnrolmentsRepository,
  ) {}

  seesBankDetails(actor: Actor): boolean {
    return this.policy.hasRole(actor, 'stipend_manager');
  }

  /** Organisation filter of enrolment queries: null for the whole territory (stipend managers, admins). */
  enrolmentOrganisationFilter(actor: Actor): string | null {
    return this.policy.hasRole(actor, 'stipend_manager', 'admin') ? null : actor.organisationId;
  }

  /** A programme of the actor's territory; `lock` serialises the changes of its money. */
  async programme(manager: EntityManager, actor: Actor, id: string, lock = false): Promise<PeculeProgramme> {
    const programme = await this.programmes.findInTerritory(manager, id, actor.territoryId, lock);
    if (!programme) throw DomainError.notFound('Programme');
    return programme;
  }

  async enrolment(manager: EntityManager, actor: Actor, id: string): Promise<PeculeEnrolment> {
    const enrolment = await this.enrolments.findInScope(manager, id, actor.territoryId, this.enrolmentOrganisationFilter(actor));
    if (!enrolment) throw DomainError.notFound('Enrolment');
    return enrolment;
  }
}
