import { decodeCursor } from '@app/core';
import { queryEntities, updateWithVersion } from '@app/database';
import { Injectable } from '@nestjs/common';
import { DeepPartial, EntityManager, SelectQueryBuilder } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { Household } from './household.entity';
import { Person } from './person.entity';
import { SiaoEvaluation } from './siao-evaluation.entity';

/** A household with the organisations it is shared with, beside its referent organisation. */
export interface HouseholdWithShares {
  household: Household;
  shares: string[];
}

/** Where a list looks: the territory, and the files of one organisation (its own or shared with it) unless the reader sees them all. */
export interface HouseholdScope {
  territoryId: string;
  /** Null: the whole territory. */
  organisationId: string | null;
}

export interface HouseholdSearch {
  status?: Household['status'];
  /** The referent organisation. */
  ownerId?: string;
  referentUserId?: string;
  entryChannel?: Household['entryChannel'];
  commune?: string;
  /** Files in the evaluated part of the pathway whose last evaluation is older than this. */
  staleBefore?: Date;
  /** The reference person born in these years (inclusive). */
  birthYears?: { fromYear: number; toYear: number };
  /** A name, normalized: files by word similarity, best first (no cursor); restricted files of others are left out. */
  q?: string;
  /** The organisation reading, to which a restricted file shows its names. */
  readerOrganisationId: string;
  sortColumn: 'openedAt' | 'updatedAt';
  /** From a previous page: its last file's sort value and id. */
  cursor?: string;
}

export type NewEvaluation = Pick<
  SiaoEvaluation,
  'householdId' | 'evaluatedAt' | 'evaluatorUserId' | 'livingSituation' | 'resources' | 'debtsCents' | 'needs' | 'orientation' | 'intensity'
>;

const SHARES = 'ARRAY(SELECT s.organisation_id FROM household_share s WHERE s.household_id = h.id ORDER BY s.created_at)';
const VISIBLE_TO_ORGANISATION =
  '(h.organisationId = :org OR EXISTS (SELECT 1 FROM household_share s WHERE s.household_id = h.id AND s.organisation_id = :org))';

/**
 * Household files and their SI-SIAO evaluations: every query on household and siao_evaluation
 * (persons, events, notes and shares have their own repositories). Methods take the caller's
 * manager (its transaction).
 */
@Injectable()
export class HouseholdsRepository {
  /** The household with its shares, in one round trip: this runs before every read and change of a file. */
  async findWithShares(manager: EntityManager, id: string): Promise<HouseholdWithShares | null> {
    const [found] = await queryEntities<Household, { shares: string[] }>(
      manager,
      Household,
      `SELECT h.*, ${SHARES} AS shares FROM household h WHERE h.id = $1`,
      [id],
    );
    return found ? { household: found.entity, shares: found.row.shares } : null;
  }

  /** The next `M-000123` reference. */
  async nextReference(manager: EntityManager): Promise<string> {
    const [{ reference }] = await manager.query<[{ reference: string }]>(
      `SELECT 'M-' || lpad(nextval('household_reference_seq')::text, 6, '0') AS reference`,
    );
    return reference;
  }

  create(manager: EntityManager, household: DeepPartial<Household>): Promise<Household> {
    return manager.getRepository(Household).save(manager.getRepository(Household).create(household));
  }

  /** An edit of the file, checked against the version read (STALE_VERSION otherwise); no changes only moves the version on. */
  async update(manager: EntityManager, id: string, version: number, changes: QueryDeepPartialEntity<Household>): Promise<void> {
    await updateWithVersion(manager, Household, id, version, changes, 'Household');
  }

  /** The reference of another file of the territory holding this SI-SIAO demand number, if any. */
  async holderOfDemandNumber(manager: EntityManager, territoryId: string, number: string, exceptId: string | null): Promise<string | null> {
    const [other] = await manager.query<Array<{ reference: string }>>(
      'SELECT reference FROM household WHERE territory_id = $1 AND siao_demand_number = $2 AND id IS DISTINCT FROM $3',
      [territoryId, number, exceptId],
    );
    return other?.reference ?? null;
  }

  /** The references of the territory's files holding these SI-SIAO demand numbers. */
  referencesByDemandNumber(manager: EntityManager, territoryId: string, numbers: string[]) {
    return manager.query<Array<{ siao_demand_number: string; reference: string }>>(
      'SELECT siao_demand_number, reference FROM household WHERE territory_id = $1 AND siao_demand_number = ANY($2::text[])',
      [territoryId, numbers],
    );
  }

  /** The references of the territory's files with a person of one of these normalized names and birth dates (pairs by index). */
  referencesByPerson(manager: EntityManager, territoryId: string, normalizedNames: string[], birthDates: string[]) {
    return manager.query<Array<{ normalized_name: string; birth_date: string; reference: string }>>(
      `SELECT p.normalized_name, to_char(p.birth_date, 'YYYY-MM-DD') AS birth_date, h.reference
         FROM person p JOIN household h ON h.id = p.household_id
        WHERE h.territory_id = $1 AND (p.normalized_name, p.birth_date) IN (SELECT * FROM unnest($2::text[], $3::date[]))`,
      [territoryId, normalizedNames, birthDates],
    );
  }

  /**
   * Other files of the territory with a person of the same normalized name and birth date, and
   * whether each is shared with `organisationId`.
   */
  possibleDuplicates(
    manager: EntityManager,
    territoryId: string,
    householdId: string,
    organisationId: string,
    keys: Array<Pick<Person, 'normalizedName' | 'birthDate'>>,
  ): Promise<Array<{ id: string; reference: string; organisation_id: string; shared: boolean }>> {
    return manager.query(
      `SELECT DISTINCT h.id, h.reference, h.organisation_id,
              EXISTS (SELECT 1 FROM household_share s WHERE s.household_id = h.id AND s.organisation_id = $4) AS shared
         FROM person p JOIN household h ON h.id = p.household_id
        WHERE h.territory_id = $1 AND h.id <> $2 AND (p.normalized_name, p.birth_date) IN (SELECT * FROM unnest($3::text[], $5::date[]))`,
      [territoryId, householdId, keys.map((p) => p.normalizedName), organisationId, keys.map((p) => p.birthDate)],
    );
  }

  /** A page of the files in scope matching the search, with their shares. One more than `limit` tells there is a next page. */
  searchPage(manager: EntityManager, scope: HouseholdScope, search: HouseholdSearch, limit: number): Promise<HouseholdWithShares[]> {
    const qb = manager
      .getRepository(Household)
      .createQueryBuilder('h')
      .where('h.territoryId = :territoryId', { territoryId: scope.territoryId });
    if (scope.organisationId) qb.andWhere(VISIBLE_TO_ORGANISATION, { org: scope.organisationId });
    if (search.status) qb.andWhere('h.status = :status', { status: search.status });
    if (search.ownerId) qb.andWhere('h.organisationId = :ownerId', { ownerId: search.ownerId });
    if (search.referentUserId) qb.andWhere('h.referentUserId = :referentUserId', { referentUserId: search.referentUserId });
    if (search.entryChannel) qb.andWhere('h.entryChannel = :entryChannel', { entryChannel: search.entryChannel });
    if (search.commune) qb.andWhere('h.commune = :commune', { commune: search.commune });
    if (search.staleBefore) {
      qb.andWhere("h.status IN ('evaluated', 'proposed', 'retained', 'allocated') AND h.lastEvaluatedAt < :staleBefore", {
        staleBefore: search.staleBefore,
      });
    }
    if (search.birthYears) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM person p WHERE p.household_id = h.id AND p.is_reference AND p.birth_year BETWEEN :fromYear AND :toYear)',
        search.birthYears,
      );
    }
    const sortColumn = search.sortColumn;
    if (search.q !== undefined) {
      // Word similarity (pg_trgm) survives typos; restricted files of other organisations are never found by name.
      qb.andWhere(':q <% h.searchText', { q: search.q })
        .andWhere('(h.restricted = false OR h.organisationId = :actorOrg)', { actorOrg: search.readerOrganisationId })
        .orderBy('word_similarity(:q, h.search_text)', 'DESC')
        .addOrderBy('h.id', 'ASC');
    } else {
      qb.orderBy(`h.${sortColumn}`, 'DESC').addOrderBy('h.id', 'DESC');
      if (search.cursor) {
        const cursor = decodeCursor(search.cursor, { at: 'timestamp', id: 'uuid' });
        qb.andWhere(`(h.${sortColumn}, h.id) < (:at::timestamptz, :id::uuid)`, cursor);
      }
    }
    return this.withShares(manager, qb.take(limit + 1));
  }

  /** Files in scope evaluated but not yet proposed, oldest evaluation first, with their shares. */
  awaitingProposal(manager: EntityManager, scope: HouseholdScope, limit: number): Promise<HouseholdWithShares[]> {
    const qb = manager
      .getRepository(Household)
      .createQueryBuilder('h')
      .where("h.territoryId = :territoryId AND h.status = 'evaluated'", { territoryId: scope.territoryId })
      .orderBy('h.lastEvaluatedAt', 'ASC')
      .addOrderBy('h.id', 'ASC')
      .take(limit);
    if (scope.organisationId) qb.andWhere(VISIBLE_TO_ORGANISATION, { org: scope.organisationId });
    return this.withShares(manager, qb);
  }

  /** Allocated files whose offer was left unanswered past `today`, locked (others' locks skipped): the offers that lapse. */
  async lockLapsedOffers(manager: EntityManager, today: string): Promise<Household[]> {
    const rows = await queryEntities(
      manager,
      Household,
      `SELECT * FROM household WHERE status = 'allocated' AND offer_answer_due_on < $1 ORDER BY id FOR UPDATE SKIP LOCKED`,
      [today],
    );
    return rows.map((r) => r.entity);
  }

  /** When an offer lapses: the end of its last day to answer (in `timezone`), or the last step when keyed in later. */
  async lapseInstant(manager: EntityManager, dueOn: string, timezone: string, lastStepAt: Date): Promise<Date> {
    const [{ at }] = await manager.query<Array<{ at: Date }>>(
      `SELECT greatest(($1::date + 1)::timestamp AT TIME ZONE $2, $3::timestamptz) AS at`,
      [dueOn, timezone, lastStepAt],
    );
    return at;
  }

  /** A step Parcours records itself on a file it holds locked: the changes, and the version moved on (no version read to check). */
  async updateLocked(manager: EntityManager, id: string, changes: QueryDeepPartialEntity<Household>): Promise<void> {
    await manager.update(Household, { id }, { ...changes, version: () => 'version + 1' });
  }

  addEvaluation(manager: EntityManager, evaluation: NewEvaluation): Promise<SiaoEvaluation> {
    const repo = manager.getRepository(SiaoEvaluation);
    return repo.save(repo.create(evaluation));
  }

  /**
   * Closed households whose last step is older than `cutoff` (a civil date in `timezone`), locked
   * until the end of the caller's transaction: the retention purge's candidates.
   */
  lockClosedBefore(manager: EntityManager, cutoff: string, timezone: string): Promise<Array<{ id: string; reference: string }>> {
    return manager.query(
      `SELECT id, reference FROM household WHERE status = 'closed' AND (last_step_at AT TIME ZONE $2)::date < $1::date FOR UPDATE`,
      [cutoff, timezone],
    );
  }

  /** These households' territory, reference, referent and team (what their reminders need). */
  referencesAndTeamsOf(
    manager: EntityManager,
    ids: string[],
  ): Promise<Array<Pick<Household, 'id' | 'territoryId' | 'reference' | 'referentUserId' | 'organisationId'>>> {
    return manager
      .getRepository(Household)
      .createQueryBuilder('h')
      .select(['h.id', 'h.territoryId', 'h.reference', 'h.referentUserId', 'h.organisationId'])
      .where('h.id = ANY(:ids)', { ids })
      .getMany();
  }

  /** Deletes households with their persons, timeline, evaluations, notes, shares and proposals (by cascade). */
  async purge(manager: EntityManager, ids: string[]): Promise<void> {
    await manager.query(`DELETE FROM household WHERE id = ANY($1::uuid[])`, [ids]);
  }

  /** Runs a query on households (alias `h`) and returns each with its shares, in the same round trip. */
  private async withShares(manager: EntityManager, qb: SelectQueryBuilder<Household>): Promise<HouseholdWithShares[]> {
    const [sql, parameters] = qb.select('h.*').addSelect(SHARES, 'shares').getQueryAndParameters();
    const found = await queryEntities<Household, { shares: string[] }>(manager, Household, sql, parameters);
    return found.map(({ entity, row }) => ({ household: entity, shares: row.shares }));
  }
}
