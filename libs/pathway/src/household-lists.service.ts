import { AuditService } from '@app/audit';
import { Actor, birthYearsOf, Clock, decodeCursor, encodeCursor, normalizeName, Page } from '@app/core';
import { AccessPolicy } from '@app/identity';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ListHouseholdsQueryDto } from './dto/household.dto';
import { HouseholdAccess } from './household-access';
import { HouseholdFilesService } from './household-files.service';
import { Household } from './household.entity';
import { HouseholdView, WorklistHouseholdView } from './household.view';

/** The lists of files an actor may see: the search with its filters, and the worklist of files awaiting a proposal. */
@Injectable()
export class HouseholdListsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: HouseholdAccess,
    private readonly policy: AccessPolicy,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly files: HouseholdFilesService,
  ) {}

  async list(actor: Actor, query: ListHouseholdsQueryDto): Promise<Page<HouseholdView>> {
    const qb = this.dataSource
      .getRepository(Household)
      .createQueryBuilder('h')
      .where('h.territoryId = :territoryId', { territoryId: actor.territoryId });
    const organisationId = this.policy.organisationFilter(actor);
    if (organisationId) {
      qb.andWhere(
        '(h.organisationId = :org OR EXISTS (SELECT 1 FROM household_share s WHERE s.household_id = h.id AND s.organisation_id = :org))',
        { org: organisationId },
      );
    }
    if (query.status) qb.andWhere('h.status = :status', { status: query.status });
    if (query.organisationId) qb.andWhere('h.organisationId = :ownerId', { ownerId: query.organisationId });
    if (query.referentUserId) qb.andWhere('h.referentUserId = :referentUserId', { referentUserId: query.referentUserId });
    if (query.entryChannel) qb.andWhere('h.entryChannel = :entryChannel', { entryChannel: query.entryChannel });
    if (query.commune) qb.andWhere('h.commune = :commune', { commune: query.commune });
    if (query.staleEvaluation === 'true') {
      qb.andWhere("h.status IN ('evaluated', 'proposed', 'retained', 'allocated') AND h.lastEvaluatedAt < :staleBefore", {
        staleBefore: this.files.staleBefore(),
      });
    }
    if (query.ageBand) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM person p WHERE p.household_id = h.id AND p.is_reference AND p.birth_year BETWEEN :fromYear AND :toYear)',
        birthYearsOf(query.ageBand, Number(this.clock.today().slice(0, 4))),
      );
    }
    const sortColumn = query.sort === 'updated_at' ? 'updatedAt' : 'openedAt';
    if (query.q) {
      // Word similarity (pg_trgm) survives typos; restricted files of other organisations are never found by name.
      qb.andWhere(':q <% h.searchText', { q: normalizeName(query.q) })
        .andWhere('(h.restricted = false OR h.organisationId = :actorOrg)', { actorOrg: actor.organisationId })
        .orderBy('word_similarity(:q, h.search_text)', 'DESC')
        .addOrderBy('h.id', 'ASC');
    } else {
      qb.orderBy(`h.${sortColumn}`, 'DESC').addOrderBy('h.id', 'DESC');
      if (query.cursor) {
        const cursor = decodeCursor(query.cursor, { at: 'timestamp', id: 'uuid' });
        qb.andWhere(`(h.${sortColumn}, h.id) < (:at::timestamptz, :id::uuid)`, cursor);
      }
    }
    const rows = await this.access.withShares(this.dataSource.manager, qb.take(query.limit + 1));
    const page = rows.slice(0, query.limit);
    const views = await this.files.viewsOf(actor, page);
    await this.audit.recordList(
      actor,
      'household',
      page.map((r) => r.household.id),
      [query.q, query.commune],
    );
    const last = page.at(-1)?.household;
    const more = rows.length > query.limit && !query.q && last;
    return { items: views, nextCursor: more ? encodeCursor({ at: last[sortColumn].toISOString(), id: last.id }) : null };
  }

  /** Households evaluated but not yet proposed, oldest evaluation first, with the days waiting. */
  async awaitingProposal(actor: Actor, limit: number): Promise<WorklistHouseholdView[]> {
    const qb = this.dataSource
      .getRepository(Household)
      .createQueryBuilder('h')
      .where("h.territoryId = :territoryId AND h.status = 'evaluated'", { territoryId: actor.territoryId })
      .orderBy('h.lastEvaluatedAt', 'ASC')
      .addOrderBy('h.id', 'ASC')
      .take(limit);
    const organisationId = this.policy.organisationFilter(actor);
    if (organisationId) {
      qb.andWhere(
        '(h.organisationId = :org OR EXISTS (SELECT 1 FROM household_share s WHERE s.household_id = h.id AND s.organisation_id = :org))',
        { org: organisationId },
      );
    }
    const found = await this.access.withShares(this.dataSource.manager, qb);
    const rows = found.map((r) => r.household);
    const now = this.clock.now().getTime();
    const views = await this.files.viewsOf(actor, found);
    await this.audit.record(actor, {
      action: 'read',
      resourceType: 'household',
      details: { count: rows.length, worklist: 'awaiting_proposal' },
    });
    return views.map((view, i) => ({
      ...view,
      daysWaiting: Math.floor((now - (rows[i].lastEvaluatedAt ?? rows[i].lastStepAt).getTime()) / 86_400_000),
    }));
  }
}
