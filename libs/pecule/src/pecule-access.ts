import { Actor, DomainError } from '@app/core';
import { AccessPolicy } from '@app/identity';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { PeculeEnrolment } from './enrolment.entity';
import { PeculeProgramme } from './programme.entity';

/**
 * The authorisation layer of the pécule. Programmes are the territory's; enrolments are seen by
 * the youth team that owns them and by the territory's stipend managers (and admins); bank details
 * by stipend managers only. Anything out of scope answers 404.
 */
@Injectable()
export class PeculeAccess {
  constructor(private readonly policy: AccessPolicy) {}

  seesBankDetails(actor: Actor): boolean {
    return this.policy.hasRole(actor, 'stipend_manager');
  }

  /** Organisation filter of enrolment queries: null for the whole territory (stipend managers, admins). */
  enrolmentOrganisationFilter(actor: Actor): string | null {
    return this.policy.hasRole(actor, 'stipend_manager', 'admin') ? null : actor.organisationId;
  }

  async programme(manager: EntityManager, actor: Actor, id: string, lock = false): Promise<PeculeProgramme> {
    const programme = await manager.getRepository(PeculeProgramme).findOne({
      where: { id, territoryId: actor.territoryId },
      lock: lock ? { mode: 'pessimistic_write' } : undefined,
    });
    if (!programme) throw DomainError.notFound('Programme');
    return programme;
  }

  async enrolment(manager: EntityManager, actor: Actor, id: string, lock = false): Promise<PeculeEnrolment> {
    const organisationId = this.enrolmentOrganisationFilter(actor);
    const enrolment = await manager.getRepository(PeculeEnrolment).findOne({
      where: { id, territoryId: actor.territoryId, ...(organisationId ? { organisationId } : {}) },
      lock: lock ? { mode: 'pessimistic_write' } : undefined,
    });
    if (!enrolment) throw DomainError.notFound('Enrolment');
    return enrolment;
  }
}
