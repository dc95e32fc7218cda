import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditAction, AuditEntry } from './audit-entry.entity';

/** One entry to append: who, and what was traced. */
export type NewAuditEntry = Pick<
  AuditEntry,
  'userId' | 'organisationId' | 'territoryId' | 'requestId' | 'clientAddress' | 'action' | 'resourceType' | 'resourceId' | 'details'
>;

export interface AuditFilter {
  territoryId: string;
  userId?: string;
  organisationId?: string;
  action?: AuditAction;
  resourceType?: string;
  /** Entries on this record: read alone, or returned by a list. */
  resourceId?: string;
  /** Entries of the searches for the term of this keyed hash. */
  searchTermHash?: string;
  from?: string;
  to?: string;
  /** From a previous page: its last entry's id. */
  beforeId?: string;
}

/** The audit trail: every query on audit_entry and audit_retention. Methods take the caller's manager (its transaction). */
@Injectable()
export class AuditRepository {
  /** Appends one entry. Plain SQL: this runs on every read of a personal file, and the query builder costs more than the insert. */
  async append(manager: EntityManager, entry: NewAuditEntry): Promise<void> {
    await manager.query(
      `INSERT INTO audit_entry (user_id, organisation_id, territory_id, request_id, client_address, action, resource_type, resource_id, details)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        entry.userId,
        entry.organisationId,
        entry.territoryId,
        entry.requestId,
        entry.clientAddress,
        entry.action,
        entry.resourceType,
        entry.resourceId,
        entry.details,
      ],
    );
  }

  /** A page of the territory's entries, newest first. One more than `limit` tells there is a next page. */
  search(manager: EntityManager, filter: AuditFilter, limit: number): Promise<AuditEntry[]> {
    const qb = manager
      .getRepository(AuditEntry)
      .createQueryBuilder('a')
      .where('a.territoryId = :territoryId', { territoryId: filter.territoryId })
      .orderBy('a.id', 'DESC')
      .take(limit + 1);
    if (filter.userId) qb.andWhere('a.userId = :userId', { userId: filter.userId });
    if (filter.organisationId) qb.andWhere('a.organisationId = :organisationId', { organisationId: filter.organisationId });
    if (filter.action) qb.andWhere('a.action = :action', { action: filter.action });
    if (filter.resourceType) qb.andWhere('a.resourceType = :resourceType', { resourceType: filter.resourceType });
    // A record was read alone, or returned by a list.
    if (filter.resourceId) {
      qb.andWhere("(a.resourceId = :resourceId OR a.details->'ids' @> jsonb_build_array(CAST(:resourceId AS text)))", {
        resourceId: filter.resourceId,
      });
    }
    if (filter.searchTermHash) {
      qb.andWhere("a.details->'searchTermHashes' @> jsonb_build_array(CAST(:termHash AS text))", { termHash: filter.searchTermHash });
    }
    if (filter.from) qb.andWhere('a.occurredAt >= :from', { from: filter.from });
    if (filter.to) qb.andWhere('a.occurredAt < :to', { to: filter.to });
    if (filter.beforeId) qb.andWhere('a.id < :cursorId', { cursorId: filter.beforeId });
    return qb.getMany();
  }

  /**
   * Deletes the entries past the retention through the owner's SECURITY DEFINER function (the
   * application role may not delete them): how many, and the retention in days it honoured.
   */
  async purgeExpired(manager: EntityManager): Promise<{ purged: number; retentionDays: number }> {
    const [{ purged, days }] = await manager.query<[{ purged: string; days: number }]>(
      'SELECT parcours_purge_audit() AS purged, (SELECT retention_days FROM audit_retention) AS days',
    );
    return { purged: Number(purged), retentionDays: days };
  }
}
