// Nest is an ES module Jest does not load (test/support/service-database.ts): the repositories'
// @Injectable() is a no-op here, and of @app/database (whose index loads Nest modules) only the
// versioned update and the import record's base entity are used.
jest.mock('@nestjs/common', () => ({ Injectable: () => () => undefined }));
jest.mock('@app/database', () => ({
  ...jest.requireActual<object>('../../database/src/versioned-update'),
  ...jest.requireActual<object>('../../database/src/file-import'),
}));

import { randomUUID } from 'node:crypto';
import { openServiceDatabase, ServiceDatabase } from '../../../test/support/service-database';
import { CommissionRepository } from './commission.repository';
import { PATHWAY_ENTITIES } from './entities';
import { HouseholdImportsRepository } from './household-imports.repository';
import { MaraudeRepository } from './maraude.repository';

describe("pathway's commission, maraude and import repositories (real database)", () => {
  let db: ServiceDatabase;
  const commissions = new CommissionRepository();
  const encounters = new MaraudeRepository();
  const imports = new HouseholdImportsRepository();
  const [territoryId, otherTerritoryId, siaoId, landlordId, referentId, outsiderId] = Array.from({ length: 6 }, () => randomUUID());
  const households: string[] = [];

  beforeAll(async () => {
    db = await openServiceDatabase('pathway_repositories', PATHWAY_ENTITIES);
    for (const [i, id] of [territoryId, otherTerritoryId].entries()) {
      await db.dataSource.query('INSERT INTO territory (id, code, name) VALUES ($1, $2, $3)', [id, `t-${id.slice(0, 8)}`, `T${i}`]);
    }
    for (const [id, type] of [
      [siaoId, 'siao'],
      [landlordId, 'social_landlord'],
      [referentId, 'outreach'],
      [outsiderId, 'outreach'],
    ]) {
      await db.dataSource.query('INSERT INTO organisation (id, territory_id, name, type) VALUES ($1, $2, $3, $4)', [
        id,
        territoryId,
        `O-${id.slice(0, 8)}`,
        type,
      ]);
    }
    for (let i = 0; i < 2; i++) {
      const [{ id }] = await db.dataSource.query<Array<{ id: string }>>(
        `INSERT INTO household (reference, territory_id, organisation_id, status, entry_channel, living_situation, opened_at, last_step_at)
         VALUES ($1, $2, $3, 'file_open', 'maraude', 'street', now(), now()) RETURNING id`,
        [`M-${randomUUID().slice(0, 8)}`, territoryId, referentId],
      );
      households.push(id);
    }
  });
  afterAll(() => db?.close());

  describe('MaraudeRepository', () => {
    it('links an encounter to a household once, and counts and lists its households', async () => {
      const manager = db.dataSource.manager;
      const encounter = await encounters.create(manager, {
        territoryId,
        organisationId: referentId,
        recordedBy: randomUUID(),
        occurredAt: new Date('2026-01-10T22:00:00Z'),
        place: 'Gare',
        zone: null,
        peopleMet: 3,
        note: null,
      });
      expect(await encounters.linkHousehold(manager, encounter.id, households[0])).toBe(true);
      expect(await encounters.linkHousehold(manager, encounter.id, households[0])).toBe(false);
      expect(await encounters.linkHousehold(manager, encounter.id, households[1])).toBe(true);
      expect(await encounters.countHouseholds(manager, encounter.id)).toBe(2);
      expect((await encounters.householdsOf(manager, encounter.id)).sort()).toEqual([...households].sort());
      expect(await encounters.linksOf(manager, [])).toEqual([]);
      expect(await encounters.linksOf(manager, [encounter.id])).toHaveLength(2);
      expect((await encounters.getEncounter(manager, encounter.id)).peopleMet).toBe(3);
    });

    it("locks an encounter of the territory only, and lists a period's encounters latest first, by organisation when asked", async () => {
      const manager = db.dataSource.manager;
      const record = (organisationId: string, occurredAt: string) =>
        encounters.create(manager, {
          territoryId,
          organisationId,
          recordedBy: randomUUID(),
          occurredAt: new Date(occurredAt),
          place: 'Parc',
          zone: 'nord',
          peopleMet: 1,
          note: null,
        });
      const first = await record(referentId, '2026-02-01T10:00:00Z');
      const second = await record(outsiderId, '2026-02-02T10:00:00Z');
      await record(referentId, '2026-03-01T10:00:00Z');
      const period = { territoryId, from: new Date('2026-02-01T00:00:00Z'), to: new Date('2026-03-01T00:00:00Z') };
      expect((await encounters.listInPeriod(manager, { ...period, organisationId: null }, 500)).map((e) => e.id)).toEqual([
        second.id,
        first.id,
      ]);
      expect((await encounters.listInPeriod(manager, { ...period, organisationId: referentId }, 500)).map((e) => e.id)).toEqual([first.id]);
      expect((await encounters.listInPeriod(manager, { ...period, organisationId: null }, 1)).map((e) => e.id)).toEqual([second.id]);
      await db.dataSource.transaction(async (tx) => {
        expect((await encounters.lockInTerritory(tx, first.id, territoryId))?.id).toBe(first.id);
        expect(await encounters.lockInTerritory(tx, first.id, otherTerritoryId)).toBeNull();
      });
    });
  });

  describe('CommissionRepository', () => {
    it("reads a session's scope, proposals and listing counts; records one decision per proposal; moves with the version read", async () => {
      const manager = db.dataSource.manager;
      const session = await commissions.createSession(manager, {
        territoryId,
        organisationId: siaoId,
        sessionAt: new Date('2026-01-15T09:00:00Z'),
        landlordOrganisationIds: [landlordId],
      });
      const offer = {
        offerLandlordOrganisationId: null,
        offerCommune: null,
        offerTypology: null,
        offerRentCents: null,
        offerAvailableOn: null,
      };
      const proposals = [];
      for (const householdId of households)
        proposals.push(await commissions.addProposal(manager, { sessionId: session.id, householdId, ...offer }));

      expect(await commissions.scopeOfSession(manager, session.id, otherTerritoryId)).toBeUndefined();
      expect(await commissions.scopeOfSession(manager, session.id, territoryId)).toEqual({
        organisation_id: siaoId,
        participants: [landlordId, referentId],
      });
      expect((await commissions.proposalsOf(manager, session.id)).map((p) => p.id)).toEqual(proposals.map((p) => p.id).sort());

      expect(await commissions.recordDecision(manager, proposals[0].id, 'retained', null, session.sessionAt)).toBe(true);
      expect(await commissions.recordDecision(manager, proposals[0].id, 'refused', 'x', session.sessionAt)).toBe(false);
      const decided = await commissions.getProposal(manager, proposals[0].id);
      expect([decided.decision, decided.refusalReason, decided.version]).toEqual(['retained', null, 2]);

      const filter = { territoryId, from: new Date('2026-01-01T00:00:00Z'), to: null, after: null };
      const listed = (organisationId: string | null) => commissions.listSessions(manager, { ...filter, organisationId }, 101);
      expect((await listed(null)).map((r) => [r.id, r.proposals, r.decided])).toEqual([[session.id, 2, 1]]);
      expect(await listed(referentId)).toHaveLength(1); // a participant (a proposed household's organisation)
      expect(await listed(outsiderId)).toHaveLength(0);

      await commissions.moveSession(manager, session.id, 1, new Date('2026-01-16T09:00:00Z'));
      expect((await commissions.getSession(manager, session.id)).sessionAt.toISOString()).toBe('2026-01-16T09:00:00.000Z');
      await expect(commissions.moveSession(manager, session.id, 1, new Date())).rejects.toMatchObject({ code: 'STALE_VERSION' });
    });

    it('records the allocation outcome and its deadlines on the proposal', async () => {
      const manager = db.dataSource.manager;
      const session = await commissions.createSession(manager, {
        territoryId,
        organisationId: siaoId,
        sessionAt: new Date('2026-02-15T09:00:00Z'),
        landlordOrganisationIds: [],
      });
      const proposal = await commissions.addProposal(manager, {
        sessionId: session.id,
        householdId: households[0],
        offerLandlordOrganisationId: landlordId,
        offerCommune: null,
        offerTypology: null,
        offerRentCents: null,
        offerAvailableOn: null,
      });
      await commissions.recordAllocation(manager, proposal.id, {
        calOutcome: 'allocated',
        calRank: null,
        calCondition: null,
        calDecidedAt: new Date('2026-02-20T10:00:00Z'),
        calReason: null,
        answerDueOn: '2026-03-02',
        conditionDueOn: null,
      });
      const allocated = await commissions.findProposal(manager, proposal.id);
      expect([allocated?.calOutcome, allocated?.answerDueOn, allocated?.version]).toEqual(['allocated', '2026-03-02', 2]);
      expect(await commissions.findProposal(manager, randomUUID())).toBeNull();
    });
  });

  describe('HouseholdImportsRepository', () => {
    it("finds the organisation's import of the same file, under the territory's lock", async () => {
      const sha256 = 'a'.repeat(64);
      await db.dataSource.transaction(async (tx) => {
        await imports.lockTerritory(tx, territoryId);
        expect(await imports.findSameFile(tx, referentId, sha256)).toBeNull();
        await imports.create(tx, {
          id: randomUUID(),
          territoryId,
          organisationId: referentId,
          sha256,
          importedBy: randomUUID(),
          report: { rowCount: 1 },
        });
      });
      expect((await imports.findSameFile(db.dataSource.manager, referentId, sha256))?.report).toEqual({ rowCount: 1 });
      expect(await imports.findSameFile(db.dataSource.manager, outsiderId, sha256)).toBeNull();
    });
  });
});
