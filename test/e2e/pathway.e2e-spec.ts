import { startTestApp, TestApp } from '../support/app';
import { Factory, TestUser } from '../support/factory';

const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY).toISOString();

describe('household pathway', () => {
  let app: TestApp;
  let factory: Factory;
  let outreach: TestUser;
  let siao: TestUser;
  let secretary: TestUser;
  let coordinator: TestUser;
  let outsider: TestUser;
  let outreachOrg: string;
  let siaoOrg: string;
  let landlordOrg: string;

  beforeAll(async () => {
    app = await startTestApp('pathway');
    factory = new Factory(app);
    const territory = await factory.territory();
    outreachOrg = await factory.organisation(territory, 'outreach');
    siaoOrg = await factory.organisation(territory, 'siao');
    landlordOrg = await factory.organisation(territory, 'social_landlord', 'Cristal Habitat');
    outreach = await factory.user(outreachOrg, ['outreach_worker']);
    siao = await factory.user(siaoOrg, ['siao_worker']);
    secretary = await factory.user(siaoOrg, ['commission_secretary']);
    coordinator = await factory.user(await factory.organisation(territory, 'coordination'), ['coordinator']);
    outsider = await factory.user(await factory.organisation(await factory.territory('Ailleurs'), 'outreach'), ['outreach_worker']);
  });
  afterAll(() => app?.stop());

  const as = (user: TestUser) => ({ authorization: `Bearer ${user.token}` });
  const outbox = async (aggregateId: string) =>
    (await app.db.query('SELECT type, payload FROM outbox_event WHERE aggregate_id = $1 ORDER BY id', [aggregateId])).rows as Array<{
      type: string;
      payload: Record<string, unknown>;
    }>;
  const auditCount = async (householdId: string) =>
    (await app.db.query('SELECT count(*)::int AS n FROM audit_entry WHERE resource_id = $1', [householdId])).rows[0].n as number;

  const newHousehold = async (user: TestUser, overrides: Record<string, unknown> = {}) => {
    const response = await app.http
      .post('/households')
      .set(as(user))
      .send({
        entryChannel: 'siao_demand',
        livingSituation: 'emergency_shelter',
        consentDate: daysAgo(60).slice(0, 10),
        openedAt: daysAgo(60),
        persons: [{ firstName: 'Jean', lastName: `Test${Math.random().toString(36).slice(2, 8)}`, birthYear: 1980, role: 'reference' }],
        ...overrides,
      })
      .expect(201);
    return response.body.household as { id: string; version: number; status: string; reference: string };
  };
  const evaluate = (user: TestUser, id: string, version: number, at: string) =>
    app.http
      .post(`/households/${id}/evaluations`)
      .set(as(user))
      .send({
        version,
        occurredAt: at,
        livingSituation: 'street',
        resources: ['none'],
        debtsCents: 0,
        needs: ['administrative'],
        orientation: 'ordinary_social_housing',
        intensity: 'medium',
      });
  const session = async (at: string) =>
    (
      await app.http
        .post('/commission-sessions')
        .set(as(secretary))
        .send({ sessionAt: at, landlordOrganisationIds: [landlordOrg] })
        .expect(201)
    ).body as { id: string };
  const propose = (sessionId: string, householdId: string, householdVersion: number, at: string) =>
    app.http.post(`/commission-sessions/${sessionId}/proposals`).set(as(secretary)).send({ householdId, householdVersion, occurredAt: at });
  /** An SIAO household evaluated 50 days ago, ready to be proposed. */
  const evaluatedHousehold = async () => {
    const h = await newHousehold(siao);
    const evaluated = (await evaluate(siao, h.id, h.version, daysAgo(50)).expect(200)).body;
    return evaluated as { id: string; version: number };
  };

  describe('journey: from an anonymous maraude encounter to a bail glissant that slides', () => {
    // Steps in order, each building on the previous one's household.
    let encounter: { id: string };
    let id: string;
    let h: { version: number; status: string };
    const status = async (user = siao) => (await app.http.get(`/households/${id}`).set(as(user)).expect(200)).body;

    it('1. records an anonymous encounter (three people met, nobody named) whose note never reaches the outbox', async () => {
      encounter = (
        await app.http
          .post('/maraude-encounters')
          .set(as(outreach))
          .send({
            occurredAt: daysAgo(40),
            place: 'Parc du Verney',
            zone: 'Centre',
            peopleMet: 3,
            note: 'Un homme blessé au pied ; repasser jeudi',
          })
          .expect(201)
      ).body;
      expect(encounter).toMatchObject({ peopleMet: 3, householdIds: [], note: 'Un homme blessé au pied ; repasser jeudi' });
      // The note stays with the encounter: never in the outbox, so never in reminders or indicators.
      expect(await outbox(encounter.id)).toEqual([
        { type: 'maraude.encounter.recorded', payload: expect.objectContaining({ peopleMet: 3, anonymousPeople: 3 }) },
      ]);
      expect(JSON.stringify(await outbox(encounter.id))).not.toContain('blessé');
    });

    it('2. opens a spotted household linked to the encounter and shared with the SIAO, then records consent', async () => {
      const created = (
        await app.http
          .post('/households')
          .set(as(outreach))
          .send({
            entryChannel: 'maraude',
            livingSituation: 'street',
            resources: ['none'],
            needs: ['physical_health'],
            encounterId: encounter.id,
            openedAt: daysAgo(39),
            sharedWithOrganisationIds: [siaoOrg],
            persons: [{ firstName: 'Amina', lastName: 'Bénali', birthDate: '1986-04-12', sex: 'female', role: 'reference' }],
          })
          .expect(201)
      ).body;
      id = created.household.id as string;
      expect(created.household).toMatchObject({
        status: 'spotted',
        version: 1,
        sharedWithOrganisationIds: [siaoOrg],
        allowedSteps: ['consent.recorded', 'household.closed'],
      });

      h = (
        await app.http
          .post(`/households/${id}/consent`)
          .set(as(outreach))
          .send({ version: 1, occurredAt: daysAgo(38) })
          .expect(200)
      ).body;
      expect(h).toMatchObject({ status: 'file_open', version: 2, consentDate: daysAgo(38).slice(0, 10) });
    });

    it('3. is evaluated by the SIAO (an outreach worker may not evaluate)', async () => {
      await evaluate(outreach, id, 2, daysAgo(35)).expect(403);
      h = (await evaluate(siao, id, 2, daysAgo(35)).expect(200)).body;
      expect(h).toMatchObject({ status: 'evaluated', version: 3, evaluationStale: false });
    });

    it('4. is proposed at a commission, retained for the whole session, listed on the agenda, then allocated by the CAL', async () => {
      const s = await session(daysAgo(20));
      const proposal = (
        await app.http
          .post(`/commission-sessions/${s.id}/proposals`)
          .set(as(secretary))
          .send({
            householdId: id,
            householdVersion: 3,
            occurredAt: daysAgo(25),
            offer: { landlordOrganisationId: landlordOrg, commune: '73065', typology: 'T2', rentCents: 41000 },
          })
          .expect(201)
      ).body;
      expect((await status()).status).toBe('proposed');
      const decided = (
        await app.http
          .post(`/commission-sessions/${s.id}/decisions`)
          .set(as(secretary))
          .send({ decisions: [{ proposalId: proposal.id, decision: 'retained' }] })
          .expect(200)
      ).body;
      expect(decided.proposals[0]).toMatchObject({ decision: 'retained', offerCommune: '73065', offerCommuneName: 'Chambéry' });
      expect((await status()).status).toBe('retained');
      const agenda = await app.http.get(`/commission-sessions/${s.id}/agenda.csv`).set(as(secretary)).expect(200);
      expect(agenda.headers['content-type']).toContain('text/csv');
      expect(agenda.text.charCodeAt(0)).toBe(0xfeff);
      expect(agenda.text).toContain('Bénali;Amina;retained;Cristal Habitat;Chambéry;T2;410,00');
      await app.http
        .post(`/commission-proposals/${proposal.id}/allocation`)
        .set(as(secretary))
        .send({ outcome: 'allocated', occurredAt: daysAgo(15) })
        .expect(200);
      h = await status();
      expect(h).toMatchObject({ status: 'allocated', version: 6 });
    });

    it('5. signs a bail glissant, enters, is visited and reviewed, then the lease slides', async () => {
      h = (
        await app.http
          .post(`/households/${id}/lease`)
          .set(as(outreach))
          .send({ version: 6, occurredAt: daysAgo(10), landlord: 'Cristal Habitat', commune: '73065', leaseType: 'bail_glissant' })
          .expect(200)
      ).body;
      expect(h).toMatchObject({ status: 'lease_signed', leaseType: 'bail_glissant', leaseSignedOn: daysAgo(10).slice(0, 10) });
      h = (
        await app.http
          .post(`/households/${id}/housing-entry`)
          .set(as(outreach))
          .send({ version: h.version, occurredAt: daysAgo(9) })
          .expect(200)
      ).body;
      h = (
        await app.http
          .post(`/households/${id}/visits`)
          .set(as(siao))
          .send({ version: h.version, occurredAt: daysAgo(2) })
          .expect(200)
      ).body;
      h = (
        await app.http
          .post(`/households/${id}/bail-glissant-reviews`)
          .set(as(outreach))
          .send({ version: h.version, occurredAt: daysAgo(1) })
          .expect(200)
      ).body;
      h = (
        await app.http
          .post(`/households/${id}/lease-slide`)
          .set(as(outreach))
          .send({ version: h.version, occurredAt: new Date().toISOString() })
          .expect(200)
      ).body;
      expect(h).toMatchObject({ status: 'followed_in_housing', leaseType: 'direct', version: 11 });
    });

    it('6. records every step in the timeline, the outbox (no names) and the audit trail; the encounter lists the household', async () => {
      const timeline = (await app.http.get(`/households/${id}/timeline`).set(as(siao)).expect(200)).body as Array<{
        type: string;
        payload: { to?: string };
      }>;
      expect(timeline.map((e) => e.type)).toEqual([
        'household.opened',
        'consent.recorded',
        'evaluation.completed',
        'commission.proposed',
        'commission.decided',
        'allocation.decided',
        'lease.signed',
        'housing.entered',
        'followup.visited',
        'bail_glissant.reviewed',
        'lease.slid',
      ]);
      expect(
        timeline
          .map((e) => e.payload.to)
          .filter(Boolean)
          .at(-1),
      ).toBe('followed_in_housing');
      const messages = await outbox(id);
      expect(messages.map((m) => m.type)).toEqual(timeline.map((e) => e.type));
      expect(messages.find((m) => m.type === 'lease.signed')?.payload).toMatchObject({
        leaseType: 'bail_glissant',
        status: 'lease_signed',
        householdId: id,
      });
      expect(JSON.stringify(messages)).not.toMatch(/Amina|Bénali|1986/);
      expect(await auditCount(id)).toBeGreaterThanOrEqual(11);
      const linked = (
        await app.http
          .get('/maraude-encounters')
          .query({ from: daysAgo(41), to: daysAgo(0) })
          .set(as(outreach))
          .expect(200)
      ).body;
      expect(linked.find((e: { id: string }) => e.id === encounter.id)).toMatchObject({
        householdIds: [id],
        note: 'Un homme blessé au pied ; repasser jeudi',
      });
    });
  });

  it('refuses an illegal step with 409 ILLEGAL_TRANSITION and the allowed steps, writing nothing', async () => {
    const h = await newHousehold(siao);
    const response = await app.http
      .post(`/households/${h.id}/lease`)
      .set(as(siao))
      .send({ version: 1, occurredAt: daysAgo(1), landlord: 'X', commune: '73065', leaseType: 'direct' })
      .expect(409);
    expect(response.body).toMatchObject({
      code: 'ILLEGAL_TRANSITION',
      details: { status: 'file_open', allowedSteps: ['evaluation.completed', 'household.closed'] },
    });
    expect((await outbox(h.id)).map((m) => m.type)).toEqual(['household.opened']);
  });

  it('refuses dates in the future, before the previous step, and impossible birth dates', async () => {
    const h = await newHousehold(siao);
    const future = await evaluate(siao, h.id, 1, new Date(Date.now() + 3 * DAY).toISOString()).expect(400);
    expect(future.body.details).toEqual([{ field: 'occurredAt', problems: ['must not be in the future'] }]);
    const before = await evaluate(siao, h.id, 1, daysAgo(90)).expect(400);
    expect(before.body.details[0].problems[0]).toMatch(/before the previous step/);
    const born = await app.http
      .post('/households')
      .set(as(siao))
      .send({
        entryChannel: 'siao_demand',
        livingSituation: 'street',
        persons: [
          { firstName: 'A', birthDate: '2099-01-01', role: 'reference' },
          { alias: 'B', role: 'reference' },
        ],
      })
      .expect(400);
    expect(born.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['persons', 'persons.0.birthDate']);
    const types = await app.http
      .post('/households')
      .set(as(siao))
      .send({
        entryChannel: 'teleport',
        livingSituation: 'street',
        resources: 'none',
        persons: [{ firstName: 3, role: 'reference', hack: 1 }],
      })
      .expect(400);
    expect(types.body.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'entryChannel',
      'persons.0.firstName',
      'persons.0.hack',
      'resources',
    ]);
    const offer = await app.http
      .post('/commission-sessions/00000000-0000-4000-8000-000000000000/proposals')
      .set(as(secretary))
      .send({ householdId: h.id, householdVersion: 1, offer: { rentCents: -5, typology: 'T9' } })
      .expect(400);
    expect(offer.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['offer.rentCents', 'offer.typology']);
  });

  it('lists the configured refusal reasons with their re-proposal rule', async () => {
    const reasons = await app.http.get('/commission-refusal-reasons').set(as(secretary)).expect(200);
    expect(reasons.body).toContainEqual({
      code: 'resources_insufficient',
      label: 'Ressources insuffisantes au regard du loyer',
      reproposal: { kind: 'after_delay', days: 90 },
      appliesTo: ['commission'],
      affectsPriority: false,
    });
    expect(reasons.body.map((r: { code: string }) => r.code)).toContain('accompaniment_needed');
  });

  it('loops back on postponement and refusal, with each reason’s re-proposal rule', async () => {
    const a = await evaluatedHousehold();
    const b = await evaluatedHousehold();
    const c = await evaluatedHousehold();
    const s = await session(daysAgo(30));
    const pa = (await propose(s.id, a.id, a.version, daysAgo(40)).expect(201)).body;
    const pb = (await propose(s.id, b.id, b.version, daysAgo(40)).expect(201)).body;
    const pc = (await propose(s.id, c.id, c.version, daysAgo(40)).expect(201)).body;
    // A refusal without a reason is refused, and nothing of the batch is written.
    const missing = await app.http
      .post(`/commission-sessions/${s.id}/decisions`)
      .set(as(secretary))
      .send({
        decisions: [
          { proposalId: pa.id, decision: 'postponed' },
          { proposalId: pb.id, decision: 'refused' },
        ],
      })
      .expect(400);
    expect(missing.body.details[0].field).toBe('decisions.1.refusalReason');
    await app.http
      .post(`/commission-sessions/${s.id}/decisions`)
      .set(as(secretary))
      .send({
        decisions: [
          { proposalId: pa.id, decision: 'postponed' },
          { proposalId: pb.id, decision: 'refused', refusalReason: 'resources_insufficient' },
          { proposalId: pc.id, decision: 'refused', refusalReason: 'accompaniment_needed' },
        ],
      })
      .expect(200);
    // Deciding again is a conflict.
    await app.http
      .post(`/commission-sessions/${s.id}/decisions`)
      .set(as(secretary))
      .send({ decisions: [{ proposalId: pa.id, decision: 'retained' }] })
      .expect(409);

    const get = async (id: string) => (await app.http.get(`/households/${id}`).set(as(siao)).expect(200)).body;
    const next = await session(daysAgo(5));
    // Postponed: proposable again at once.
    const ha = await get(a.id);
    expect(ha.status).toBe('evaluated');
    await propose(next.id, a.id, ha.version, daysAgo(10)).expect(201);
    // Refused for resources: only after the configured delay (90 days).
    const hb = await get(b.id);
    expect(hb.status).toBe('evaluated');
    const early = await propose(next.id, b.id, hb.version, daysAgo(10)).expect(409);
    expect(early.body.message).toMatch(/may be proposed again from/);
    // Refused for accompaniment: only after a new evaluation.
    const hc = await get(c.id);
    await propose(next.id, c.id, hc.version, daysAgo(10)).expect(409);
    const renewed = (await evaluate(siao, c.id, hc.version, daysAgo(20)).expect(200)).body;
    await propose(next.id, c.id, renewed.version, daysAgo(10)).expect(201);
  });

  it('takes the Contrat d’engagement jeune from 1 March 2022 and keeps the Garantie jeunes readable on older situations only', async () => {
    // Décret n° 2022-199 (config/pathway.json retiredResources).
    const refused = await app.http
      .post('/households')
      .set(as(siao))
      .send({
        entryChannel: 'youth_desk',
        livingSituation: 'street',
        resources: ['youth_guarantee'],
        persons: [{ alias: 'Kim', role: 'reference' }],
      })
      .expect(400);
    expect(refused.body.details).toEqual([{ field: 'resources', problems: [expect.stringContaining('youth_commitment_contract')] }]);
    const old = await newHousehold(siao, { resources: ['youth_guarantee'], openedAt: '2021-06-01T10:00:00Z', consentDate: '2021-06-01' });
    expect((await app.http.get(`/households/${old.id}`).set(as(siao)).expect(200)).body.resources).toEqual(['youth_guarantee']);
    await evaluate(siao, old.id, old.version, daysAgo(5))
      .send({ resources: ['youth_guarantee'] })
      .expect(400);
    const cej = await newHousehold(siao, { resources: ['youth_commitment_contract'] });
    expect((await app.http.get(`/households/${cej.id}`).set(as(siao)).expect(200)).body.resources).toEqual(['youth_commitment_contract']);
  });

  it('measures the re-proposal delay after a refusal up to the new proposal’s date, not to the day it is keyed in', async () => {
    // Refused for resources 180 days ago: proposable again from 90 days ago (config/pathway.json).
    const h = await newHousehold(siao, { consentDate: daysAgo(200).slice(0, 10), openedAt: daysAgo(200) });
    const evaluated = (await evaluate(siao, h.id, h.version, daysAgo(190)).expect(200)).body;
    const refusedAt = await session(daysAgo(180));
    const first = (await propose(refusedAt.id, h.id, evaluated.version, daysAgo(185)).expect(201)).body;
    await app.http
      .post(`/commission-sessions/${refusedAt.id}/decisions`)
      .set(as(secretary))
      .send({ decisions: [{ proposalId: first.id, decision: 'refused', refusalReason: 'resources_insufficient' }] })
      .expect(200);
    const later = await session(daysAgo(70));
    const { version } = (await app.http.get(`/households/${h.id}`).set(as(siao)).expect(200)).body;
    // Keyed in today, when the delay is over, but dated within it: still too early.
    const early = await propose(later.id, h.id, version, daysAgo(100)).expect(409);
    expect(early.body.message).toMatch(/may be proposed again from/);
    // Dated after the delay: accepted.
    await propose(later.id, h.id, version, daysAgo(80)).expect(201);
  });

  it('follows the CAL outcomes: rank order waits, suspensive condition allocates, not allocated loops back, the household may decline', async () => {
    const s = await session(daysAgo(30));
    const households = [await evaluatedHousehold(), await evaluatedHousehold(), await evaluatedHousehold()];
    const proposals: Array<{ id: string }> = [];
    for (const h of households) proposals.push((await propose(s.id, h.id, h.version, daysAgo(40)).expect(201)).body);
    await app.http
      .post(`/commission-sessions/${s.id}/decisions`)
      .set(as(secretary))
      .send({ decisions: proposals.map((p) => ({ proposalId: p.id, decision: 'retained' })) })
      .expect(200);
    const allocate = (i: number, body: Record<string, unknown>) =>
      app.http
        .post(`/commission-proposals/${proposals[i].id}/allocation`)
        .set(as(secretary))
        .send({ occurredAt: daysAgo(20), ...body });
    const statusOf = async (i: number) => (await app.http.get(`/households/${households[i].id}`).set(as(siao)).expect(200)).body;

    await allocate(0, { outcome: 'allocated_in_rank_order' }).expect(400);
    await allocate(0, { outcome: 'allocated_in_rank_order', rank: 2 }).expect(200);
    expect((await statusOf(0)).status).toBe('retained');
    await allocate(0, { outcome: 'allocated' }).expect(200); // the first in rank declined
    expect((await statusOf(0)).status).toBe('allocated');
    await allocate(0, { outcome: 'not_allocated', reason: 'rent_burden_too_high' }).expect(409);

    await allocate(1, { outcome: 'allocated_with_suspensive_condition' }).expect(400);
    await allocate(1, { outcome: 'allocated_with_suspensive_condition', condition: 'Avis d’imposition manquant' }).expect(200);
    const h1 = await statusOf(1);
    expect(h1.status).toBe('allocated');
    const declined = (
      await app.http
        .post(`/households/${households[1].id}/offer-declined`)
        .set(as(siao))
        .send({ version: h1.version, occurredAt: daysAgo(15), reason: 'too_far_from_work_or_care' })
        .expect(200)
    ).body;
    expect(declined.status).toBe('evaluated');

    await allocate(2, { outcome: 'rejected_inadmissible', reason: 'inadmissible' }).expect(200);
    expect((await statusOf(2)).status).toBe('evaluated');
  });

  it('enforces the role matrix: the coordinator sees no file, other territories see nothing', async () => {
    const h = await newHousehold(siao);
    await app.http.get('/households').set(as(coordinator)).expect(403);
    await app.http.get(`/households/${h.id}`).set(as(coordinator)).expect(403);
    await app.http.get(`/households/${h.id}`).set(as(outsider)).expect(404);
    await app.http
      .post('/maraude-encounters')
      .set(as(siao))
      .send({ occurredAt: daysAgo(1), place: 'Gare', peopleMet: 1 })
      .expect(403);
    await app.http
      .post('/commission-sessions')
      .set(as(siao))
      .send({ sessionAt: daysAgo(1) })
      .expect(403);
    await app.http
      .post(`/households/${h.id}/close`)
      .set(as(secretary))
      .send({ version: 1, occurredAt: daysAgo(1), reason: 'other' })
      .expect(403);
  });

  it('shares files between organisations, hides restricted names and keeps health notes in their organisation', async () => {
    const h = await newHousehold(outreach, {
      restricted: true,
      persons: [{ firstName: 'Sofia', lastName: 'Protégée', birthYear: 1990, role: 'reference' }],
    });
    await app.http.get(`/households/${h.id}`).set(as(siao)).expect(404);
    await app.http.post(`/households/${h.id}/shares`).set(as(siao)).send({ version: 1, organisationId: siaoOrg }).expect(404);
    const shared = (
      await app.http.post(`/households/${h.id}/shares`).set(as(outreach)).send({ version: 1, organisationId: siaoOrg }).expect(201)
    ).body;
    expect(shared.sharedWithOrganisationIds).toEqual([siaoOrg]);

    const seenBySiao = (await app.http.get(`/households/${h.id}`).set(as(siao)).expect(200)).body;
    expect(seenBySiao).toMatchObject({ namesHidden: true, reference: h.reference });
    expect(seenBySiao.persons[0]).toMatchObject({ firstName: null, lastName: null, birthYear: null });
    const seenByOwner = (await app.http.get(`/households/${h.id}`).set(as(outreach)).expect(200)).body;
    expect(seenByOwner.persons[0]).toMatchObject({ firstName: 'Sofia', lastName: 'Protégée' });
    const search = (await app.http.get('/households').query({ q: 'protegee' }).set(as(siao)).expect(200)).body;
    expect(search.items).toEqual([]);
    await app.http.patch(`/households/${h.id}`).set(as(siao)).send({ version: 2, restricted: false }).expect(403);

    await app.http
      .post(`/households/${h.id}/notes`)
      .set(as(outreach))
      .send({ body: 'Suivi psychiatrique au CHS', health: true })
      .expect(201);
    await app.http.post(`/households/${h.id}/notes`).set(as(outreach)).send({ body: 'Rendez-vous CAF mardi' }).expect(201);
    const siaoNotes = (await app.http.get(`/households/${h.id}/notes`).set(as(siao)).expect(200)).body;
    expect(siaoNotes.map((n: { body: string }) => n.body)).toEqual(['Rendez-vous CAF mardi']);
    const ownNotes = (await app.http.get(`/households/${h.id}/notes`).set(as(outreach)).expect(200)).body;
    expect(ownNotes).toHaveLength(2);

    await app.http.delete(`/households/${h.id}/shares`).set(as(outreach)).send({ version: 2, organisationId: siaoOrg }).expect(200);
    await app.http.get(`/households/${h.id}`).set(as(siao)).expect(404);
  });

  it('detects stale versions instead of overwriting', async () => {
    const h = await newHousehold(siao);
    await app.http.patch(`/households/${h.id}`).set(as(siao)).send({ version: 1, commune: '73065' }).expect(200);
    const stale = await app.http.patch(`/households/${h.id}`).set(as(siao)).send({ version: 1, commune: '73008' }).expect(409);
    expect(stale.body).toMatchObject({ code: 'STALE_VERSION', details: { currentVersion: 2 } });
    await evaluate(siao, h.id, 1, daysAgo(1)).expect(409);
    const results = await Promise.all([evaluate(siao, h.id, 2, daysAgo(2)), evaluate(siao, h.id, 2, daysAgo(2))]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect((await app.http.get(`/households/${h.id}`).set(as(siao)).expect(200)).body).toMatchObject({
      commune: '73065',
      communeName: 'Chambéry',
    });
  });

  it('lists with filters, searches names without accents and despite typos, and warns about duplicates', async () => {
    const first = await app.http
      .post('/households')
      .set(as(siao))
      .send({
        entryChannel: 'institution_exit',
        livingSituation: 'institution',
        commune: '73087',
        persons: [{ firstName: 'Éloïse', lastName: 'Dürrenmatt', birthDate: '1999-02-03', role: 'reference' }],
      })
      .expect(201);
    expect(first.body.possibleDuplicates).toEqual([]);
    const second = await app.http
      .post('/households')
      .set(as(outreach))
      .send({
        entryChannel: 'maraude',
        livingSituation: 'street',
        persons: [{ firstName: 'eloise', lastName: 'DURRENMATT', birthDate: '1999-02-03', role: 'reference' }],
      })
      .expect(201);
    expect(second.body.possibleDuplicates).toEqual([{ reference: first.body.household.reference, householdId: null }]);

    const search = (await app.http.get('/households').query({ q: 'durenmat' }).set(as(siao)).expect(200)).body;
    expect(search.items.map((i: { id: string }) => i.id)).toEqual([first.body.household.id]);
    const byCommune = (
      await app.http.get('/households').query({ commune: '73087', entryChannel: 'institution_exit' }).set(as(siao)).expect(200)
    ).body;
    expect(byCommune.items.map((i: { id: string }) => i.id)).toEqual([first.body.household.id]);
    const young = (await app.http.get('/households').query({ ageBand: '25_34', organisationId: siaoOrg }).set(as(siao)).expect(200)).body;
    expect(young.items.map((i: { id: string }) => i.id)).toContain(first.body.household.id);

    const page1 = (await app.http.get('/households').query({ limit: 2 }).set(as(siao)).expect(200)).body;
    const page2 = (await app.http.get('/households').query({ limit: 2, cursor: page1.nextCursor }).set(as(siao)).expect(200)).body;
    expect(page1.items).toHaveLength(2);
    expect(page2.items.map((i: { id: string }) => i.id)).not.toContain(page1.items[0].id);

    const stale = await evaluatedHousehold(); // evaluated 50 days ago: fresh with a 3-month validity
    const staleList = (await app.http.get('/households').query({ staleEvaluation: 'true' }).set(as(siao)).expect(200)).body;
    expect(staleList.items.map((i: { id: string }) => i.id)).not.toContain(stale.id);
    const worklist = (await app.http.get('/households/worklist/awaiting-proposal').set(as(siao)).expect(200)).body;
    const entry = worklist.find((i: { id: string }) => i.id === stale.id);
    expect(entry.daysWaiting).toBe(50);
  });

  it('lists the territory’s commission sessions by date, with their counts, by pages, never another territory’s', async () => {
    const daysAhead = (n: number) => new Date(Date.now() + n * DAY).toISOString();
    const list = async (user: TestUser, query: Record<string, string> = {}) =>
      (await app.http.get('/commission-sessions').query(query).set(as(user)).expect(200)).body as {
        items: Array<{ id: string; sessionAt: string; proposalCount: number; decidedCount: number; version: number }>;
        nextCursor: string | null;
      };
    // Created out of order; a session of another territory on the same days.
    const later = await session(daysAhead(201));
    const soonerAt = daysAhead(200);
    const sooner = await session(soonerAt);
    const elsewhere = await factory.user(await factory.organisation(outsider.territoryId, 'siao'), ['commission_secretary']);
    const theirs = (
      await app.http
        .post('/commission-sessions')
        .set(as(elsewhere))
        .send({ sessionAt: daysAhead(200) })
        .expect(201)
    ).body as { id: string };
    const h = await evaluatedHousehold();
    await propose(sooner.id, h.id, h.version, daysAgo(1)).expect(201);

    const window = { from: daysAhead(199), to: daysAhead(202) };
    const mine = await list(secretary, window);
    expect(mine).toEqual({
      items: [
        {
          id: sooner.id,
          sessionAt: soonerAt,
          landlordOrganisationIds: [landlordOrg],
          proposalCount: 1,
          decidedCount: 0,
          version: 1,
        },
        expect.objectContaining({ id: later.id, proposalCount: 0, decidedCount: 0 }),
      ],
      nextCursor: null,
    });
    // The SIAO worker reads sessions too (as by id); the other territory's secretary sees only their own.
    expect((await list(siao, window)).items.map((s) => s.id)).toEqual([sooner.id, later.id]);
    expect((await list(elsewhere, window)).items.map((s) => s.id)).toEqual([theirs.id]);
    await app.http.get(`/commission-sessions/${sooner.id}`).set(as(elsewhere)).expect(404);
    await app.http.get('/commission-sessions').set(as(outreach)).expect(403);

    // By default from 60 days ago: a session 90 days old is left out, one 10 days old is in.
    const old = await session(daysAgo(90));
    const recent = await session(daysAgo(10));
    const byDefault = (await list(secretary)).items.map((s) => s.id);
    expect(byDefault).toContain(recent.id);
    expect(byDefault).not.toContain(old.id);
    expect((await list(secretary, { from: daysAgo(91), to: daysAgo(89) })).items.map((s) => s.id)).toEqual([old.id]);

    // Pages of 100, in date order.
    const territory = secretary.territoryId;
    await app.db.query(
      `INSERT INTO commission_session (territory_id, organisation_id, session_at)
       SELECT $1, $2, now() + interval '400 days' + n * interval '1 hour' FROM generate_series(1, 101) n`,
      [territory, siaoOrg],
    );
    const far = { from: daysAhead(399), to: daysAhead(410) };
    const first = await list(secretary, far);
    expect(first.items).toHaveLength(100);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await list(secretary, { ...far, cursor: first.nextCursor! });
    expect(second).toEqual({ items: [expect.objectContaining({ proposalCount: 0 })], nextCursor: null });
    const dates = [...first.items, ...second.items].map((s) => s.sessionAt);
    expect(dates).toEqual([...dates].sort());
    expect(new Set([...first.items, ...second.items].map((s) => s.id)).size).toBe(101);
  });
});
