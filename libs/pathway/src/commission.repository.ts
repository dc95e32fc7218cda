import { updateWithVersion } from '@app/database';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { CommissionProposal, CommissionSession } from './commission.entity';
import { CommissionDecision } from './pathway.types';

/**
 * Organisations taking part in session `s`, as SQL (read-only access): the landlords present and
 * the referent organisations of the households proposed (a join on pathway's household table).
 */
const PARTICIPANTS = `array_cat(s.landlord_organisation_ids, ARRAY(
  SELECT DISTINCT h.organisation_id FROM commission_proposal p JOIN household h ON h.id = p.household_id WHERE p.session_id = s.id))`;

export type NewSession = Pick<CommissionSession, 'territoryId' | 'organisationId' | 'sessionAt' | 'landlordOrganisationIds'>;

export type NewProposal = Pick<
  CommissionProposal,
  'sessionId' | 'householdId' | 'offerLandlordOrganisationId' | 'offerCommune' | 'offerTypology' | 'offerRentCents' | 'offerAvailableOn'
>;

/** The landlord's allocation outcome as recorded on a proposal. */
export type AllocationRecord = Pick<
  CommissionProposal,
  'calOutcome' | 'calRank' | 'calCondition' | 'calDecidedAt' | 'calReason' | 'answerDueOn' | 'conditionDueOn'
>;

/** Who runs a session and who takes part in it: what the access policy decides on. */
export interface SessionScopeRow {
  organisation_id: string;
  participants: string[];
}

/** A session of a listing page, with its proposals counted. */
export interface SessionSummaryRow {
  id: string;
  session_at: Date;
  /** The exact timestamp as text (microseconds), for the cursor. */
  at: string;
  landlord_organisation_ids: string[];
  version: number;
  proposals: number;
  decided: number;
}

export interface SessionListFilter {
  territoryId: string;
  from: Date;
  /** Exclusive; null for no end. */
  to: Date | null;
  /** From a previous page: its last session's exact time and id. */
  after: { at: string; id: string } | null;
  /** Null for every session of the territory; else the organisation's and those it takes part in. */
  organisationId: string | null;
}

/** Commission sessions and their proposals: every query on commission_session and commission_proposal. */
@Injectable()
export class CommissionRepository {
  createSession(manager: EntityManager, session: NewSession): Promise<CommissionSession> {
    const repo = manager.getRepository(CommissionSession);
    return repo.save(repo.create(session));
  }

  /** The session's organisation and participants, if it is of the territory. */
  async scopeOfSession(manager: EntityManager, id: string, territoryId: string): Promise<SessionScopeRow | undefined> {
    const [row] = await manager.query<SessionScopeRow[]>(
      `SELECT s.organisation_id, ${PARTICIPANTS} AS participants FROM commission_session s WHERE s.id = $1 AND s.territory_id = $2`,
      [id, territoryId],
    );
    return row;
  }

  /** A session known to exist (its scope was read first). */
  getSession(manager: EntityManager, id: string): Promise<CommissionSession> {
    return manager.getRepository(CommissionSession).findOneByOrFail({ id });
  }

  /** A session's proposals, in the order they were made (by id). */
  proposalsOf(manager: EntityManager, sessionId: string): Promise<CommissionProposal[]> {
    return manager.getRepository(CommissionProposal).find({ where: { sessionId }, order: { id: 'ASC' } });
  }

  /**
   * Sessions from `from` by date, with their proposals and decisions counted. `limit` rows: ask
   * one more than a page to know whether there is a next one.
   */
  listSessions(manager: EntityManager, filter: SessionListFilter, limit: number): Promise<SessionSummaryRow[]> {
    return manager.query<SessionSummaryRow[]>(
      `SELECT s.id, s.session_at, s.session_at::text AS at, s.landlord_organisation_ids, s.version,
              count(p.id)::int AS proposals, count(p.decision)::int AS decided
         FROM commission_session s LEFT JOIN commission_proposal p ON p.session_id = s.id
        WHERE s.territory_id = $1 AND s.session_at >= $2
          AND ($3::timestamptz IS NULL OR s.session_at < $3)
          AND ($4::timestamptz IS NULL OR (s.session_at, s.id) > ($4::timestamptz, $5::uuid))
          AND ($7::uuid IS NULL OR s.organisation_id = $7 OR $7 = ANY(${PARTICIPANTS}))
        GROUP BY s.id
        ORDER BY s.session_at, s.id
        LIMIT $6`,
      [filter.territoryId, filter.from, filter.to, filter.after?.at ?? null, filter.after?.id ?? null, limit, filter.organisationId],
    );
  }

  /** Moves the session, checked against the version read (STALE_VERSION otherwise). */
  async moveSession(manager: EntityManager, id: string, version: number, sessionAt: Date): Promise<void> {
    await updateWithVersion(manager, CommissionSession, id, version, { sessionAt }, 'Commission session');
  }

  addProposal(manager: EntityManager, proposal: NewProposal): Promise<CommissionProposal> {
    const repo = manager.getRepository(CommissionProposal);
    return repo.save(repo.create(proposal));
  }

  findProposal(manager: EntityManager, id: string): Promise<CommissionProposal | null> {
    return manager.getRepository(CommissionProposal).findOneBy({ id });
  }

  /** A proposal known to exist. */
  getProposal(manager: EntityManager, id: string): Promise<CommissionProposal> {
    return manager.getRepository(CommissionProposal).findOneByOrFail({ id });
  }

  /**
   * Records the commission's decision on a proposal not decided yet (a conditional write: a second
   * decision, even concurrent, changes nothing). False when the proposal already had one.
   */
  async recordDecision(
    manager: EntityManager,
    id: string,
    decision: CommissionDecision,
    refusalReason: string | null,
    decidedAt: Date,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(CommissionProposal)
      .set({ decision, refusalReason, decidedAt, version: () => 'version + 1' })
      .where('id = :id AND decision IS NULL', { id })
      .execute();
    return result.affected !== 0;
  }

  /** Records the landlord's allocation outcome (CAL) and its deadlines on the proposal. */
  async recordAllocation(manager: EntityManager, id: string, allocation: AllocationRecord): Promise<void> {
    const changes: QueryDeepPartialEntity<CommissionProposal> = { ...allocation, version: () => 'version + 1' };
    await manager.getRepository(CommissionProposal).update({ id }, changes);
  }
}
