import { decodeCursor } from '@app/core';
import { updateWithVersion } from '@app/database';
import { Injectable } from '@nestjs/common';
import { DeepPartial, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { ArrearsContact, ArrearsDebt, ArrearsFile, ArrearsProcedureFact, ArrearsSolution, ArrearsStageRecord } from './arrears-file.entity';
import { FileStatus } from './arrears.types';
import { Stage } from './procedure';

/** A record written beside a file: what the database does not fill in itself. */
type New<T> = Omit<T, 'id' | 'file' | 'createdAt' | 'updatedAt' | 'version'>;

/** Where a query looks: the territory, and one organisation unless the reader sees them all. */
export interface FileScope {
  territoryId: string;
  organisationId?: string;
}

export interface FileFilter {
  status?: FileStatus;
  stage?: Stage;
  advisorUserId?: string;
  landlordId?: string;
  /** From a previous page: its last file's creation time and id. */
  cursor?: string;
}

/**
 * Arrears files and what is recorded on them (contacts, debts, solutions, procedure stages and
 * facts): every query on those tables. Methods take the caller's manager (its transaction).
 */
@Injectable()
export class ArrearsFilesRepository {
  /** A file in scope; `lock` serialises the writes on one file. */
  findInScope(manager: EntityManager, id: string, scope: FileScope, lock = false): Promise<ArrearsFile | null> {
    return manager.getRepository(ArrearsFile).findOne({
      where: { id, ...scope },
      lock: lock ? { mode: 'pessimistic_write' } : undefined,
    });
  }

  /** The next `A-000123` reference. */
  async nextReference(manager: EntityManager): Promise<string> {
    const [{ reference }] = await manager.query<[{ reference: string }]>(
      `SELECT 'A-' || lpad(nextval('arrears_file_reference_seq')::text, 6, '0') AS reference`,
    );
    return reference;
  }

  create(manager: EntityManager, file: DeepPartial<ArrearsFile>): Promise<ArrearsFile> {
    return manager.getRepository(ArrearsFile).save(manager.getRepository(ArrearsFile).create(file));
  }

  /** An edit of the file's own fields, checked against the version read (STALE_VERSION otherwise). */
  async update(manager: EntityManager, id: string, version: number, changes: QueryDeepPartialEntity<ArrearsFile>): Promise<void> {
    await updateWithVersion(manager, ArrearsFile, id, version, changes, 'Arrears file');
  }

  /** Changes columns that follow from what was recorded on the file (last contact, current debt): no version check. */
  async updateFollowUp(
    manager: EntityManager,
    id: string,
    changes: Pick<QueryDeepPartialEntity<ArrearsFile>, 'lastContactOn' | 'nextContactDueOn' | 'currentDebtCents'>,
  ): Promise<void> {
    await manager.getRepository(ArrearsFile).update(id, changes);
  }

  /** Links the pathway household opened (or found) for the tenant's rehousing. */
  async linkHousehold(manager: EntityManager, id: string, householdId: string): Promise<void> {
    await manager.getRepository(ArrearsFile).update(id, { householdId });
  }

  /** A page of files in scope, latest first, with their landlords. One more than `limit` tells there is a next page. */
  list(manager: EntityManager, scope: FileScope, filter: FileFilter, limit: number): Promise<ArrearsFile[]> {
    const qb = manager
      .getRepository(ArrearsFile)
      .createQueryBuilder('f')
      .innerJoinAndSelect('f.landlord', 'l')
      .where('f.territoryId = :territoryId', { territoryId: scope.territoryId })
      .orderBy('f.createdAt', 'DESC')
      .addOrderBy('f.id', 'DESC')
      .take(limit + 1);
    if (scope.organisationId) qb.andWhere('f.organisationId = :organisationId', { organisationId: scope.organisationId });
    if (filter.status) qb.andWhere('f.status = :status', { status: filter.status });
    if (filter.stage) qb.andWhere('f.stage = :stage', { stage: filter.stage });
    if (filter.advisorUserId) qb.andWhere('f.advisorUserId = :advisor', { advisor: filter.advisorUserId });
    if (filter.landlordId) qb.andWhere('f.landlordId = :landlordId', { landlordId: filter.landlordId });
    if (filter.cursor) {
      const { c, i } = decodeCursor(filter.cursor, { c: 'timestamp', i: 'uuid' });
      qb.andWhere('(f.createdAt, f.id) < (:c, :i)', { c, i });
    }
    return qb.getMany();
  }

  /** A landlord's files, latest first (id, reference and status only). */
  ofLandlord(manager: EntityManager, landlordId: string): Promise<Array<Pick<ArrearsFile, 'id' | 'reference' | 'status'>>> {
    return manager
      .getRepository(ArrearsFile)
      .find({ select: { id: true, reference: true, status: true }, where: { landlordId }, order: { createdAt: 'DESC' } });
  }

  /** The organisation's open files of these tenants (by tenant key): the duplicates of an import. */
  openByTenantKeys(
    manager: EntityManager,
    organisationId: string,
    tenantKeys: string[],
  ): Promise<Array<{ tenantKey: string; reference: string }>> {
    return manager
      .getRepository(ArrearsFile)
      .createQueryBuilder('f')
      .select(['f.tenantKey', 'f.reference'])
      .where(`f.organisationId = :organisationId AND f.status = 'open' AND f.tenantKey = ANY(:tenantKeys)`, { organisationId, tenantKeys })
      .getMany();
  }

  // The counts the indicators' reconciliation compares its facts with ($1 territories, $2 and $3 the
  // range's first and last days; a day of an instant is the session's time zone's, set by the caller).

  /** Files whose tenant was reached in the range. */
  countTenantsReached(manager: EntityManager, territoryIds: string[], from: string, to: string): Promise<number> {
    return this.count(
      manager,
      `SELECT count(DISTINCT c.file_id) FROM arrears_contact c JOIN arrears_file f ON f.id = c.file_id
                                  WHERE f.territory_id = ANY($1::uuid[]) AND c.party = 'tenant' AND c.reached AND c.contacted_on BETWEEN $2::date AND $3::date`,
      [territoryIds, from, to],
    );
  }

  /** Landlords (themselves or their letting agent) reached in the range, each once. */
  countLandlordsReached(manager: EntityManager, territoryIds: string[], from: string, to: string): Promise<number> {
    return this.count(
      manager,
      `SELECT count(DISTINCT f.landlord_id) FROM arrears_contact c JOIN arrears_file f ON f.id = c.file_id
                                 WHERE f.territory_id = ANY($1::uuid[]) AND c.party IN ('landlord', 'letting_agent') AND c.reached
                                   AND c.contacted_on BETWEEN $2::date AND $3::date`,
      [territoryIds, from, to],
    );
  }

  /** Files opened in the range with a debt given at opening (written in the file's transaction, hence with its created_at). */
  countOpenedWithDebt(manager: EntityManager, territoryIds: string[], from: string, to: string): Promise<number> {
    return this.count(
      manager,
      `SELECT count(*) FROM arrears_file f
                             WHERE f.territory_id = ANY($1::uuid[]) AND f.opened_on BETWEEN $2::date AND $3::date
                               AND EXISTS (SELECT 1 FROM arrears_debt d WHERE d.file_id = f.id AND d.created_at = f.created_at)`,
      [territoryIds, from, to],
    );
  }

  /**
   * Files with a solution started or changed in the range. A solution keeps its start and its last
   * change: a change in the range superseded by a later one is not seen here.
   */
  countWithSolutionActivity(manager: EntityManager, territoryIds: string[], from: string, to: string): Promise<number> {
    return this.count(
      manager,
      `SELECT count(DISTINCT s.file_id) FROM arrears_solution s JOIN arrears_file f ON f.id = s.file_id
                       WHERE f.territory_id = ANY($1::uuid[]) AND (s.started_on BETWEEN $2::date AND $3::date OR (s.version > 1 AND (s.updated_at AT TIME ZONE current_setting('TimeZone'))::date BETWEEN $2::date AND $3::date))`,
      [territoryIds, from, to],
    );
  }

  /** Files closed in the range. */
  countClosed(manager: EntityManager, territoryIds: string[], from: string, to: string): Promise<number> {
    return this.count(
      manager,
      `SELECT count(*) FROM arrears_file f WHERE f.territory_id = ANY($1::uuid[]) AND f.closed_on BETWEEN $2::date AND $3::date`,
      [territoryIds, from, to],
    );
  }

  /** A count's one value (whatever its column's name), as a number. */
  private async count(manager: EntityManager, sql: string, params: unknown[]): Promise<number> {
    const [row] = await manager.query<Array<Record<string, string | number>>>(sql, params);
    return Number(Object.values(row)[0]);
  }

  addContact(manager: EntityManager, contact: New<ArrearsContact>): Promise<ArrearsContact> {
    return manager.getRepository(ArrearsContact).save(manager.getRepository(ArrearsContact).create(contact));
  }

  contactsOf(manager: EntityManager, fileId: string): Promise<ArrearsContact[]> {
    return manager.getRepository(ArrearsContact).find({ where: { fileId }, order: { contactedOn: 'DESC', createdAt: 'DESC' } });
  }

  addDebt(manager: EntityManager, debt: New<ArrearsDebt>): Promise<ArrearsDebt> {
    return manager.getRepository(ArrearsDebt).save(manager.getRepository(ArrearsDebt).create(debt));
  }

  debtsOf(manager: EntityManager, fileId: string): Promise<ArrearsDebt[]> {
    return manager.getRepository(ArrearsDebt).find({ where: { fileId }, order: { observedOn: 'ASC', createdAt: 'ASC' } });
  }

  /** The debt last observed (by date, then by when it was recorded). */
  async latestDebtCents(manager: EntityManager, fileId: string): Promise<number | null> {
    const latest = await manager
      .getRepository(ArrearsDebt)
      .findOne({ where: { fileId }, order: { observedOn: 'DESC', createdAt: 'DESC' } });
    return latest?.amountCents ?? null;
  }

  addSolution(manager: EntityManager, solution: New<ArrearsSolution>): Promise<ArrearsSolution> {
    return manager.getRepository(ArrearsSolution).save(manager.getRepository(ArrearsSolution).create(solution));
  }

  findSolution(manager: EntityManager, fileId: string, id: string): Promise<ArrearsSolution | null> {
    return manager.getRepository(ArrearsSolution).findOneBy({ id, fileId });
  }

  solutionsOf(manager: EntityManager, fileId: string): Promise<ArrearsSolution[]> {
    return manager.getRepository(ArrearsSolution).find({ where: { fileId }, order: { startedOn: 'ASC', createdAt: 'ASC' } });
  }

  addStage(manager: EntityManager, stage: New<ArrearsStageRecord>): Promise<ArrearsStageRecord> {
    return manager.getRepository(ArrearsStageRecord).save(manager.getRepository(ArrearsStageRecord).create(stage));
  }

  /** A file's procedure stages, oldest first. */
  stagesOf(manager: EntityManager, fileId: string): Promise<ArrearsStageRecord[]> {
    return manager.getRepository(ArrearsStageRecord).find({ where: { fileId }, order: { occurredOn: 'ASC', createdAt: 'ASC' } });
  }

  addFact(manager: EntityManager, fact: New<ArrearsProcedureFact>): Promise<ArrearsProcedureFact> {
    return manager.getRepository(ArrearsProcedureFact).save(manager.getRepository(ArrearsProcedureFact).create(fact));
  }

  /** A file's procedure facts, oldest first. */
  factsOf(manager: EntityManager, fileId: string): Promise<ArrearsProcedureFact[]> {
    return manager.getRepository(ArrearsProcedureFact).find({ where: { fileId }, order: { occurredOn: 'ASC', createdAt: 'ASC' } });
  }

  /** These files' references, territories, advisors and organisations: what reminders show and whom they go to. */
  referencesAndTeamsOf(
    manager: EntityManager,
    ids: string[],
  ): Promise<Array<Pick<ArrearsFile, 'id' | 'territoryId' | 'reference' | 'advisorUserId' | 'organisationId'>>> {
    return manager
      .getRepository(ArrearsFile)
      .createQueryBuilder('f')
      .select(['f.id', 'f.territoryId', 'f.reference', 'f.advisorUserId', 'f.organisationId'])
      .where('f.id = ANY(:ids)', { ids })
      .getMany();
  }

  /** Closed files with no contact since `cutoff`, locked until the end of the caller's transaction. */
  lockClosedBefore(manager: EntityManager, cutoff: string): Promise<Array<{ id: string; reference: string }>> {
    return manager.query(
      `SELECT id, reference FROM arrears_file
        WHERE status = 'closed' AND GREATEST(closed_on, coalesce(last_contact_on, closed_on)) < $1::date FOR UPDATE`,
      [cutoff],
    );
  }

  /** Deletes files with their contacts, debts, solutions and stages (by cascade). */
  async purge(manager: EntityManager, ids: string[]): Promise<void> {
    await manager.query(`DELETE FROM arrears_file WHERE id = ANY($1::uuid[])`, [ids]);
  }
}
