import { Actor, DomainError, Role } from '@app/core';
import { Injectable } from '@nestjs/common';

/** Where a personal record lives: its territory, owning organisation, and who it is shared with. */
export interface ScopedRecord {
  territoryId: string;
  organisationId: string;
  sharedWithOrganisationIds?: readonly string[];
}

/**
 * The one authorisation layer for personal data. Every query for personal data is scoped by
 * territory and organisation here; a record out of scope is reported as not found (404), so
 * that ids of other organisations' records reveal nothing.
 */
@Injectable()
export class AccessPolicy {
  hasRole(actor: Actor, ...roles: Role[]): boolean {
    return roles.some((role) => actor.roles.includes(role));
  }

  isAdmin(actor: Actor): boolean {
    return actor.roles.includes('admin');
  }

  /** Organisation filter for a personal-data query: null means the whole territory (admins). */
  organisationFilter(actor: Actor): string | null {
    return this.isAdmin(actor) ? null : actor.organisationId;
  }

  canSee(actor: Actor, record: ScopedRecord): boolean {
    if (record.territoryId !== actor.territoryId) return false;
    if (this.isAdmin(actor)) return true;
    return record.organisationId === actor.organisationId || (record.sharedWithOrganisationIds ?? []).includes(actor.organisationId);
  }

  /** Returns the record when the actor may see it; otherwise answers NOT_FOUND. */
  visibleOrNotFound<T extends ScopedRecord>(actor: Actor, record: T | null | undefined, resource: string): T {
    if (!record || !this.canSee(actor, record)) throw DomainError.notFound(resource);
    return record;
  }
}
