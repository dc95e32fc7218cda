import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { MaraudeEncounter } from './maraude-encounter.entity';

export type NewEncounter = Pick<
  MaraudeEncounter,
  'territoryId' | 'organisationId' | 'recordedBy' | 'occurredAt' | 'place' | 'zone' | 'peopleMet' | 'note'
>;

export interface EncounterPeriod {
  territoryId: string;
  from: Date;
  /** Exclusive. */
  to: Date;
  /** Null for every organisation of the territory. */
  organisationId: string | null;
}

/** Street-outreach encounters and their links to households: every query on maraude_encounter and maraude_encounter_household. */
@Injectable()
export class MaraudeRepository {
  create(manager: EntityManager, encounter: NewEncounter): Promise<MaraudeEncounter> {
    const repo = manager.getRepository(MaraudeEncounter);
    return repo.save(repo.create(encounter));
  }

  /** An encounter known to exist. */
  getEncounter(manager: EntityManager, id: string): Promise<MaraudeEncounter> {
    return manager.getRepository(MaraudeEncounter).findOneByOrFail({ id });
  }

  /** The encounter of the territory, locked until the transaction ends: concurrent links of one encounter see each other's count. */
  lockInTerritory(manager: EntityManager, id: string, territoryId: string): Promise<MaraudeEncounter | null> {
    return manager.getRepository(MaraudeEncounter).findOne({ where: { id, territoryId }, lock: { mode: 'pessimistic_write' } });
  }

  /** Encounters of the period, latest first, at most `limit`. */
  listInPeriod(manager: EntityManager, period: EncounterPeriod, limit: number): Promise<MaraudeEncounter[]> {
    const qb = manager
      .getRepository(MaraudeEncounter)
      .createQueryBuilder('e')
      .where('e.territoryId = :territoryId AND e.occurredAt >= :from AND e.occurredAt < :to', {
        territoryId: period.territoryId,
        from: period.from,
        to: period.to,
      })
      .orderBy('e.occurredAt', 'DESC')
      .take(limit);
    if (period.organisationId) qb.andWhere('e.organisationId = :organisationId', { organisationId: period.organisationId });
    return qb.getMany();
  }

  /** Households linked to the encounter. */
  async householdsOf(manager: EntityManager, encounterId: string): Promise<string[]> {
    const rows = await manager.query<Array<{ household_id: string }>>(
      'SELECT household_id FROM maraude_encounter_household WHERE encounter_id = $1',
      [encounterId],
    );
    return rows.map((r) => r.household_id);
  }

  /** The links of these encounters to households (none asked, none read). */
  async linksOf(manager: EntityManager, encounterIds: string[]): Promise<Array<{ encounter_id: string; household_id: string }>> {
    if (encounterIds.length === 0) return [];
    return manager.query<Array<{ encounter_id: string; household_id: string }>>(
      'SELECT encounter_id, household_id FROM maraude_encounter_household WHERE encounter_id = ANY($1)',
      [encounterIds],
    );
  }

  /** Links the encounter to the household; false when it already was. */
  async linkHousehold(manager: EntityManager, encounterId: string, householdId: string): Promise<boolean> {
    const inserted = await manager.query<unknown[]>(
      'INSERT INTO maraude_encounter_household (encounter_id, household_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING encounter_id',
      [encounterId, householdId],
    );
    return inserted.length > 0;
  }

  /** How many households the encounter is linked to. */
  async countHouseholds(manager: EntityManager, encounterId: string): Promise<number> {
    const [{ linked }] = await manager.query<[{ linked: number }]>(
      'SELECT count(*)::int AS linked FROM maraude_encounter_household WHERE encounter_id = $1',
      [encounterId],
    );
    return linked;
  }
}
