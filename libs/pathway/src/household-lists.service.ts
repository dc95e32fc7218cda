import { AuditService } from '@app/audit';
import { Actor, birthYearsOf, Clock, encodeCursor, normalizeName, Page } from '@app/core';
import { AccessPolicy } from '@app/identity';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ListHouseholdsQueryDto } from './dto/household.dto';
import { HouseholdFilesService } from './household-files.service';
import { HouseholdView, WorklistHouseholdView } from './household.view';
import { HouseholdsRepository } from './households.repository';

/** The lists of files an actor may see: the search with its filters, and the worklist of files awaiting a proposal. */
@Injectable()
export class HouseholdListsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly files: HouseholdFilesService,
    private readonly households: HouseholdsRepository,
  ) {}

  async list(actor: Actor, query: ListHouseholdsQueryDto): Promise<Page<HouseholdView>> {
    const sortColumn = query.sort === 'updated_at' ? 'updatedAt' : 'openedAt';
    const birthYears = query.ageBand ? birthYearsOf(query.ageBand, Number(this.clock.today().slice(0, 4))) : undefined;
    const rows = await this.households.searchPage(
      this.dataSource.manager,
      { territoryId: actor.territoryId, organisationId: this.policy.organisationFilter(actor) },
      {
        status: query.status,
        ownerId: query.organisationId,
        referentUserId: query.referentUserId,
        entryChannel: query.entryChannel,
        commune: query.commune,
        staleBefore: query.staleEvaluation === 'true' ? this.files.staleBefore() : undefined,
        birthYears,
        q: query.q ? normalizeName(query.q) : undefined,
        readerOrganisationId: actor.organisationId,
        sortColumn,
        cursor: query.cursor,
      },
      query.limit,
    );
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
    const found = await this.households.awaitingProposal(
      this.dataSource.manager,
      { territoryId: actor.territoryId, organisationId: this.policy.organisationFilter(actor) },
      limit,
    );
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

  /** The birth years of the reference person in an age band, this year. */
}
