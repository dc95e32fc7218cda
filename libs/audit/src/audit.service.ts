import { AppConfig } from '@app/config';
import { Actor, decodeCursor, DomainError, encodeCursor, normalizeName, Page } from '@app/core';
import { createHmac } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditAction, AuditEntry } from './audit-entry.entity';
import { AuditEntryDto, AuditQueryDto, toAuditEntryDto } from './audit-query.dto';
import { AuditRepository } from './audit.repository';

/** What is being traced; never the personal data itself. */
export interface AuditRecord {
  action: AuditAction;
  resourceType: string;
  resourceId?: string | null;
  details?: Record<string, unknown>;
}

@Injectable()
export class AuditService {
  private readonly termKey: Buffer;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly entries: AuditRepository,
  ) {
    this.termKey = createHmac('sha256', config.auth.jwtSecret).update('parcours/audit-search-terms').digest();
  }

  /**
   * A search term as the audit trail keeps it: a keyed hash (HMAC) of its normalised form, so that
   * "who looked for Dupont?" can be answered (`searchTerm` on the audit search) without the trail
   * holding the names people typed. The key derives from JWT_SECRET: changing it starts new hashes.
   */
  hashSearchTerm(term: string): string {
    return createHmac('sha256', this.termKey).update(normalizeName(term)).digest('hex');
  }

  /**
   * A read of a list or a search: the ids it returned and the hashes of the search terms (never the
   * terms), so that who saw a record, or looked for a person, can be answered.
   */
  async recordList(actor: Actor, resourceType: string, ids: readonly string[], searchTerms: Array<string | undefined> = []): Promise<void> {
    const terms = searchTerms.filter((t): t is string => typeof t === 'string' && t.trim() !== '');
    const details: Record<string, unknown> = { list: true, count: ids.length, ids };
    if (terms.length > 0) details.searchTermHashes = terms.map((t) => this.hashSearchTerm(t));
    await this.record(actor, { action: 'read', resourceType, details });
  }

  /**
   * Appends one entry. Pass the transaction's manager for changes, so that the change and its
   * trace commit (or roll back) together.
   */
  async record(actor: Actor | null, record: AuditRecord, manager?: EntityManager): Promise<void> {
    await this.insert(
      {
        userId: actor?.userId ?? null,
        organisationId: actor?.organisationId ?? null,
        territoryId: actor?.territoryId ?? null,
        requestId: actor?.requestId ?? null,
        clientAddress: actor?.clientAddress ?? null,
      },
      record,
      manager,
    );
  }

  /** For events without an authenticated actor (failed logins, a deadline Parcours records itself): who is known only by ids. */
  async recordAnonymous(
    context: {
      userId?: string | null;
      organisationId?: string | null;
      territoryId?: string | null;
      requestId?: string;
      clientAddress?: string;
    },
    record: AuditRecord,
    manager?: EntityManager,
  ): Promise<void> {
    await this.insert(
      {
        userId: context.userId ?? null,
        organisationId: context.organisationId ?? null,
        territoryId: context.territoryId ?? null,
        requestId: context.requestId ?? null,
        clientAddress: context.clientAddress ?? null,
      },
      record,
      manager,
    );
  }

  private async insert(
    who: Pick<AuditEntry, 'userId' | 'organisationId' | 'territoryId' | 'requestId' | 'clientAddress'>,
    record: AuditRecord,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await this.entries.append(manager, {
      userId: who.userId,
      organisationId: who.organisationId,
      territoryId: who.territoryId,
      requestId: who.requestId,
      clientAddress: who.clientAddress,
      action: record.action,
      resourceType: record.resourceType,
      resourceId: record.resourceId ?? null,
      details: record.details ?? null,
    });
  }

  /** Admin search within the admin's territory, newest first, cursor-paginated. */
  async search(actor: Actor, query: AuditQueryDto): Promise<Page<AuditEntryDto>> {
    let beforeId: string | undefined;
    if (query.cursor) {
      ({ id: beforeId } = decodeCursor(query.cursor, { id: 'bigint' }));
      if (!/^\d+$/.test(beforeId)) throw DomainError.validation([{ field: 'cursor', problems: ['cursor is not valid'] }]);
    }
    const rows = await this.entries.search(
      this.dataSource.manager,
      {
        territoryId: actor.territoryId,
        userId: query.userId,
        organisationId: query.organisationId,
        action: query.action,
        resourceType: query.resourceType,
        resourceId: query.resourceId,
        searchTermHash: query.searchTerm ? this.hashSearchTerm(query.searchTerm) : undefined,
        from: query.from,
        to: query.to,
        beforeId,
      },
      query.limit,
    );
    const items = rows.slice(0, query.limit);
    // Reading the trail is traced too: what was searched, not the entries' contents.
    const filters = Object.entries(query)
      .filter(([key, value]) => value !== undefined && !['limit', 'cursor', 'searchTerm'].includes(key))
      .map(([key]) => key);
    await this.record(actor, {
      action: 'read',
      resourceType: 'audit_entry',
      details: {
        list: true,
        count: items.length,
        filters,
        ...(query.resourceId ? { resourceId: query.resourceId } : {}),
        ...(query.searchTerm ? { searchTermHashes: [this.hashSearchTerm(query.searchTerm)] } : {}),
      },
    });
    const last = items.at(-1);
    return { items: items.map(toAuditEntryDto), nextCursor: rows.length > query.limit && last ? encodeCursor({ id: last.id }) : null };
  }

  /**
   * Deletes entries past the retention through the owner's SECURITY DEFINER function: the
   * application role itself may not delete audit entries, and the retention it honours is the one
   * the owner wrote at start-up (AUDIT_RETENTION_DAYS), not one a session could pass. Traced.
   */
  async purgeExpired(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const { purged, retentionDays } = await this.entries.purgeExpired(manager);
      await this.insert(
        { userId: null, organisationId: null, territoryId: null, requestId: null, clientAddress: null },
        { action: 'purge', resourceType: 'audit_entry', details: { purged, retentionDays } },
        manager,
      );
      return purged;
    });
  }
}
