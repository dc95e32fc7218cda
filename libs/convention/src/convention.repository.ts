import { outboxPayloadsOf, updateIfVersion } from '@app/database';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { Convention, ConventionAction, ConventionActionYear, ConventionExpense, ConventionYear } from './convention.entity';

/** The outbox event that starts the "execution report due" reminder. */
export const REPORT_DUE_EVENT = 'convention.report.due' as const;

/** A convention with everything under it, as one read. */
export interface ConventionAggregate {
  convention: Convention;
  years: ConventionYear[];
  actions: ConventionAction[];
  actionYears: ConventionActionYear[];
  expenses: ConventionExpense[];
}

/**
 * The only reader and writer of the convention tables, through TypeORM's repositories. Every method
 * takes the manager of the caller's transaction (or reads outside one when it is omitted).
 */
@Injectable()
export class ConventionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The territory's conventions, latest first. */
  conventionsOfTerritory(territoryId: string): Promise<Convention[]> {
    return this.dataSource.getRepository(Convention).find({ where: { territoryId }, order: { startsOn: 'DESC', key: 'ASC' } });
  }

  /** Year numbers of these conventions. */
  yearsOfConventions(conventionIds: string[]): Promise<ConventionYear[]> {
    return this.dataSource.getRepository(ConventionYear).find({ where: { conventionId: In(conventionIds) }, order: { year: 'ASC' } });
  }

  /** The conventions that have this year, whose report no event has announced yet. */
  async conventionsWithReportToAnnounce(manager: EntityManager, year: number): Promise<Convention[]> {
    const withYear = await manager.getRepository(ConventionYear).find({ where: { year }, relations: { convention: true } });
    const announced = new Set(
      (
        await outboxPayloadsOf(
          manager,
          REPORT_DUE_EVENT,
          withYear.map((y) => y.conventionId),
        )
      )
        .filter((e) => e.payload.year === year)
        .map((e) => e.aggregateId),
    );
    return withYear.flatMap((y) => (y.convention && !announced.has(y.conventionId) ? [y.convention] : []));
  }

  /** The convention of this territory, locked against concurrent changes when asked; null when it is not theirs. */
  conventionInTerritory(manager: EntityManager, territoryId: string, id: string, lock = false): Promise<Convention | null> {
    return manager
      .getRepository(Convention)
      .findOne({ where: { id, territoryId }, ...(lock ? { lock: { mode: 'pessimistic_write' } } : {}) });
  }

  /** Serialises writers that must see every convention (the yearly announcement). */
  async lockConventions(manager: EntityManager): Promise<void> {
    await manager.getRepository(Convention).find({ select: { id: true }, lock: { mode: 'pessimistic_write' } });
  }

  isKeyTaken(manager: EntityManager, territoryId: string, key: string): Promise<boolean> {
    return manager.getRepository(Convention).existsBy({ territoryId, key });
  }

  /** The convention, its years, actions, lines and expense entries, in their order. */
  async aggregate(manager: EntityManager, convention: Convention): Promise<ConventionAggregate> {
    const conventionId = convention.id;
    const [years, actions, actionYears, expenses] = await Promise.all([
      manager.getRepository(ConventionYear).find({ where: { conventionId }, order: { year: 'ASC' } }),
      manager.getRepository(ConventionAction).find({ where: { conventionId }, order: { position: 'ASC' } }),
      manager.getRepository(ConventionActionYear).find({ where: { conventionId }, order: { year: 'ASC' } }),
      manager.getRepository(ConventionExpense).find({ where: { conventionId }, order: { year: 'ASC', position: 'ASC' } }),
    ]);
    return { convention, years, actions, actionYears, expenses };
  }

  insertConvention(manager: EntityManager, fields: Omit<Convention, 'id' | 'version' | 'createdAt' | 'updatedAt'>): Promise<Convention> {
    const repository = manager.getRepository(Convention);
    return repository.save(repository.create(fields));
  }

  /** False when someone else changed the convention since `version` was read. */
  updateConvention(manager: EntityManager, id: string, version: number, changes: QueryDeepPartialEntity<Convention>): Promise<boolean> {
    return updateIfVersion(manager, Convention, id, version, changes);
  }

  /** Adds or replaces years, whole. */
  async saveYears(manager: EntityManager, years: ConventionYear[]): Promise<void> {
    if (years.length) await manager.getRepository(ConventionYear).upsert(years, ['conventionId', 'year']);
  }

  /** The action of this convention, locked against concurrent changes when asked. */
  action(manager: EntityManager, conventionId: string, id: string, lock = false): Promise<ConventionAction | null> {
    return manager
      .getRepository(ConventionAction)
      .findOne({ where: { id, conventionId }, ...(lock ? { lock: { mode: 'pessimistic_write' } } : {}) });
  }

  isActionKeyTaken(manager: EntityManager, conventionId: string, key: string): Promise<boolean> {
    return manager.getRepository(ConventionAction).existsBy({ conventionId, key });
  }

  nextActionPosition(manager: EntityManager, conventionId: string): Promise<number> {
    return manager
      .getRepository(ConventionAction)
      .maximum('position', { conventionId })
      .then((max) => (max ?? 0) + 1);
  }

  insertAction(
    manager: EntityManager,
    fields: Omit<ConventionAction, 'id' | 'version' | 'createdAt' | 'updatedAt'>,
  ): Promise<ConventionAction> {
    const repository = manager.getRepository(ConventionAction);
    return repository.save(repository.create(fields));
  }

  updateAction(manager: EntityManager, id: string, version: number, changes: QueryDeepPartialEntity<ConventionAction>): Promise<boolean> {
    return updateIfVersion(manager, ConventionAction, id, version, changes);
  }

  /** Adds or replaces an action's lines of these years, whole. */
  async saveActionYears(manager: EntityManager, lines: ConventionActionYear[]): Promise<void> {
    if (lines.length) await manager.getRepository(ConventionActionYear).upsert(lines, ['actionId', 'year']);
  }

  /** Where the next entry of an action's year goes; call with the action locked. */
  nextExpensePosition(manager: EntityManager, actionId: string, year: number): Promise<number> {
    return manager
      .getRepository(ConventionExpense)
      .maximum('position', { actionId, year })
      .then((max) => (max ?? 0) + 1);
  }

  /** Expense entries are only ever added (a correction is a new entry). */
  async insertExpenses(manager: EntityManager, entries: Array<Omit<ConventionExpense, 'id' | 'recordedAt'>>): Promise<void> {
    if (entries.length) await manager.getRepository(ConventionExpense).insert(entries);
  }

  /** These conventions' keys, territories and coordination teams: what reminders show and whom they go to. */
  keysAndTeamsOf(manager: EntityManager, ids: string[]): Promise<Array<Pick<Convention, 'id' | 'territoryId' | 'key' | 'organisationId'>>> {
    return manager
      .getRepository(Convention)
      .createQueryBuilder('c')
      .select(['c.id', 'c.territoryId', 'c.key', 'c.organisationId'])
      .where('c.id = ANY(:ids)', { ids })
      .getMany();
  }
}
