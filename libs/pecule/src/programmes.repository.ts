import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { PeculeProgramme, PeculeRuleSet } from './programme.entity';

export type NewProgramme = Pick<
  PeculeProgramme,
  'territoryId' | 'managingOrganisationId' | 'name' | 'startsOn' | 'endsOn' | 'envelopeCents'
>;
export type NewRuleSet = Omit<PeculeRuleSet, 'id' | 'programme' | 'createdAt'>;

/** The pécule's programmes, their envelopes and rule sets: every query on pecule_programme and pecule_rule_set. */
@Injectable()
export class ProgrammesRepository {
  /** A programme of the territory; `lock` serialises the changes of its money. */
  findInTerritory(manager: EntityManager, id: string, territoryId: string, lock = false): Promise<PeculeProgramme | null> {
    return manager.getRepository(PeculeProgramme).findOne({
      where: { id, territoryId },
      lock: lock ? { mode: 'pessimistic_write' } : undefined,
    });
  }

  listInTerritory(manager: EntityManager, territoryId: string): Promise<PeculeProgramme[]> {
    return manager.getRepository(PeculeProgramme).find({ where: { territoryId }, order: { startsOn: 'DESC' } });
  }

  async create(manager: EntityManager, programme: NewProgramme, rules: Omit<NewRuleSet, 'programmeId'>): Promise<PeculeProgramme> {
    const saved = await manager.getRepository(PeculeProgramme).save(manager.getRepository(PeculeProgramme).create(programme));
    await this.insertRuleSet(manager, { ...rules, programmeId: saved.id });
    return saved;
  }

  async update(manager: EntityManager, id: string, changes: QueryDeepPartialEntity<PeculeProgramme>): Promise<void> {
    await manager.getRepository(PeculeProgramme).update({ id }, changes);
  }

  /**
   * Commits an amount on the envelope by one conditional update: when two managers validate the
   * last euros at the same moment, one wins. What remains after, or null when it does not fit.
   */
  async commitOnEnvelope(manager: EntityManager, programmeId: string, amountCents: number): Promise<number | null> {
    const [rows] = await manager.query<[Array<{ remaining: number }>, number]>(
      `UPDATE pecule_programme SET committed_cents = committed_cents + $2, updated_at = now()
        WHERE id = $1 AND committed_cents + $2 <= envelope_cents RETURNING envelope_cents - committed_cents AS remaining`,
      [programmeId, amountCents],
    );
    return rows.length === 0 ? null : rows[0].remaining;
  }

  async releaseFromEnvelope(manager: EntityManager, programmeId: string, amountCents: number): Promise<void> {
    await manager.query(`UPDATE pecule_programme SET committed_cents = committed_cents - $2, updated_at = now() WHERE id = $1`, [
      programmeId,
      amountCents,
    ]);
  }

  async addPaid(manager: EntityManager, programmeId: string, amountCents: number): Promise<void> {
    await manager.query(`UPDATE pecule_programme SET paid_cents = paid_cents + $2, updated_at = now() WHERE id = $1`, [
      programmeId,
      amountCents,
    ]);
  }

  ruleSetExists(manager: EntityManager, programmeId: string, rulesVersion: string): Promise<boolean> {
    return manager.getRepository(PeculeRuleSet).existsBy({ programmeId, rulesVersion });
  }

  async insertRuleSet(manager: EntityManager, rules: NewRuleSet): Promise<void> {
    await manager.getRepository(PeculeRuleSet).insert(rules);
  }

  ruleSetsOf(manager: EntityManager, programmeId: string): Promise<PeculeRuleSet[]> {
    return manager.getRepository(PeculeRuleSet).find({ where: { programmeId }, order: { effectiveFrom: 'ASC', createdAt: 'ASC' } });
  }

  /** The rule set in force on a date: the latest effective on or before it. */
  rulesInForce(manager: EntityManager, programmeId: string, on: string): Promise<PeculeRuleSet | null> {
    return manager
      .getRepository(PeculeRuleSet)
      .createQueryBuilder('r')
      .where('r.programme_id = :programmeId AND r.effective_from <= :on', { programmeId, on })
      .orderBy('r.effective_from', 'DESC')
      .addOrderBy('r.created_at', 'DESC')
      .getOne();
  }

  /** These programmes' names, territories and managing organisations: what reminders show and whom they go to. */
  namesAndManagersOf(
    manager: EntityManager,
    ids: string[],
  ): Promise<Array<Pick<PeculeProgramme, 'id' | 'territoryId' | 'name' | 'managingOrganisationId'>>> {
    return manager
      .getRepository(PeculeProgramme)
      .createQueryBuilder('p')
      .select(['p.id', 'p.territoryId', 'p.name', 'p.managingOrganisationId'])
      .where('p.id = ANY(:ids)', { ids })
      .getMany();
  }
}
