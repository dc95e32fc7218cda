import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Response } from 'supertest';
import { startTestApp, TestApp } from '../support/app';
import { eventually } from '../support/eventually';
import { Factory, TestUser } from '../support/factory';
import { OpenApiDocument, responseSchema, schemaProblems } from '../support/openapi-schema';

const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY).toISOString();

/** The web client is generated from /api/docs-json: real responses must match the schemas it declares. */
describe('OpenAPI document: responses match their declared schema', () => {
  let app: TestApp;
  let document: OpenApiDocument;
  let outreach: TestUser;
  let siao: TestUser;
  let secretary: TestUser;
  let coordinator: TestUser;
  let landlordOrg: string;
  let siaoOrg: string;

  beforeAll(async () => {
    app = await startTestApp('openapi-responses', { env: { OUTBOX_POLL_MS: '100' } });
    const factory = new Factory(app);
    const territory = await factory.territory();
    siaoOrg = await factory.organisation(territory, 'siao');
    landlordOrg = await factory.organisation(territory, 'social_landlord', 'Cristal Habitat');
    outreach = await factory.user(await factory.organisation(territory, 'outreach'), ['outreach_worker']);
    siao = await factory.user(siaoOrg, ['siao_worker']);
    secretary = await factory.user(siaoOrg, ['commission_secretary']);
    coordinator = await factory.user(await factory.organisation(territory, 'coordination'), ['coordinator']);
    document = (await app.http.get('/docs-json').expect(200)).body as OpenApiDocument;
  });
  afterAll(() => app?.stop());

  const as = (user: TestUser) => ({ authorization: `Bearer ${user.token}` });
  /** Fails with every difference between the response body and the schema the document declares for it. */
  const conforms = (method: string, path: string, response: Response) => {
    const problems = schemaProblems(document, responseSchema(document, method, path, response.status), response.body);
    expect({ operation: `${method} ${path} ${response.status}`, problems }).toEqual({
      operation: `${method} ${path} ${response.status}`,
      problems: [],
    });
    return response.body;
  };

  it('the checker fails on a missing required field, a wrong type, a bad format, an unknown value or an undeclared field', async () => {
    const created = await app.http
      .post('/households')
      .set(as(siao))
      .send({ entryChannel: 'siao_demand', livingSituation: 'street', persons: [{ lastName: 'Checker', role: 'reference' }] })
      .expect(201);
    const schema = responseSchema(document, 'POST', '/households', 201);
    const body = created.body as { household: Record<string, unknown> };
    expect(schemaProblems(document, schema, body)).toEqual([]);
    const tampered = (change: (household: Record<string, unknown>) => void) => {
      const copy = structuredClone(body);
      change(copy.household);
      return schemaProblems(document, schema, copy);
    };
    expect(tampered((h) => delete h.version)).toEqual(['$.household.version: required, missing']);
    expect(tampered((h) => (h.version = '3'))).toEqual(['$.household.version: expected number, got string']);
    expect(tampered((h) => (h.organisationId = 'not-a-uuid'))).toEqual(['$.household.organisationId: "not-a-uuid" is not a uuid']);
    expect(tampered((h) => (h.status = 'flying'))).toEqual([expect.stringMatching(/^\$\.household\.status: "flying" is not one of/)]);
    expect(tampered((h) => (h.territoryId = h.organisationId))).toEqual(['$.household.territoryId: not declared by the document']);
    expect(tampered((h) => (h.reference = null))).toEqual(['$.household.reference: null, but not nullable']);
  });

  it('households: creation with possible duplicates, steps, worklist, timeline, notes', async () => {
    const person = { firstName: 'Amina', lastName: 'Bénali', birthDate: '1986-04-12', sex: 'female', role: 'reference' };
    // The SIAO's own file, then the outreach team's for the same person: a duplicate it may not open (householdId null).
    const first = conforms(
      'POST',
      '/households',
      await app.http
        .post('/households')
        .set(as(siao))
        .send({ entryChannel: 'siao_demand', livingSituation: 'street', openedAt: daysAgo(60), persons: [person] })
        .expect(201),
    );
    const second = conforms(
      'POST',
      '/households',
      await app.http
        .post('/households')
        .set(as(outreach))
        .send({ entryChannel: 'maraude', livingSituation: 'street', persons: [person] })
        .expect(201),
    );
    expect(second.possibleDuplicates).toEqual([{ reference: first.household.reference, householdId: null }]);
    const id = first.household.id as string;

    conforms(
      'POST',
      '/households/{id}/consent',
      await app.http
        .post(`/households/${id}/consent`)
        .set(as(siao))
        .send({ version: 1, occurredAt: daysAgo(59) })
        .expect(200),
    );
    const evaluated = conforms(
      'POST',
      '/households/{id}/evaluations',
      await app.http
        .post(`/households/${id}/evaluations`)
        .set(as(siao))
        .send({
          version: 2,
          occurredAt: daysAgo(50),
          livingSituation: 'street',
          resources: ['rsa'],
          debtsCents: 0,
          needs: ['administrative'],
          orientation: 'bail_glissant',
          intensity: 'intensive',
        })
        .expect(200),
    );
    expect(evaluated).toMatchObject({ status: 'evaluated', version: 3 });

    const worklist = conforms(
      'GET',
      '/households/worklist/awaiting-proposal',
      await app.http.get('/households/worklist/awaiting-proposal').set(as(siao)).expect(200),
    );
    expect(worklist).toEqual([expect.objectContaining({ id, daysWaiting: 50 })]);

    conforms(
      'POST',
      '/households/{id}/notes',
      await app.http.post(`/households/${id}/notes`).set(as(siao)).send({ body: 'Appel', health: true }).expect(201),
    );
    const notes = conforms('GET', '/households/{id}/notes', await app.http.get(`/households/${id}/notes`).set(as(siao)).expect(200));
    expect(notes).toHaveLength(1);
    conforms('GET', '/households/{id}', await app.http.get(`/households/${id}`).set(as(siao)).expect(200));

    const timeline = conforms(
      'GET',
      '/households/{id}/timeline',
      await app.http.get(`/households/${id}/timeline`).set(as(siao)).expect(200),
    );
    expect(timeline.map((e: { type: string }) => e.type)).toEqual(['household.opened', 'consent.recorded', 'evaluation.completed']);

    // The evaluation schedules a reminder for its referent: the inbox, its counts, acknowledging it.
    const inbox = await eventually(async () => {
      const response = await app.http.get('/reminders').set(as(siao)).expect(200);
      const all = [...response.body.overdue, ...response.body.today, ...response.body.upcoming];
      return all.length > 0 ? response : undefined;
    });
    conforms('GET', '/reminders', inbox);
    conforms('GET', '/reminders/counts', await app.http.get('/reminders/counts').set(as(siao)).expect(200));
    conforms('GET', '/reminders/digest', await app.http.get('/reminders/digest').set(as(siao)).expect(200));
    conforms(
      'PUT',
      '/households/{id}/reminder-suspension',
      await app.http
        .put(`/households/${id}/reminder-suspension`)
        .set(as(siao))
        .send({ until: new Date(Date.now() + 3 * DAY).toISOString() })
        .expect(200),
    );
  });

  it('commission: session, proposal, decisions, allocation, list', async () => {
    const h = (
      await app.http
        .post('/households')
        .set(as(siao))
        .send({
          entryChannel: 'siao_demand',
          livingSituation: 'street',
          consentDate: daysAgo(40).slice(0, 10),
          openedAt: daysAgo(40),
          persons: [{ alias: 'Momo', role: 'reference' }],
        })
        .expect(201)
    ).body.household;
    await app.http
      .post(`/households/${h.id}/evaluations`)
      .set(as(siao))
      .send({
        version: 1,
        occurredAt: daysAgo(30),
        livingSituation: 'street',
        resources: [],
        debtsCents: 0,
        needs: [],
        orientation: 'ordinary_social_housing',
        intensity: 'light',
      })
      .expect(200);
    const session = conforms(
      'POST',
      '/commission-sessions',
      await app.http
        .post('/commission-sessions')
        .set(as(secretary))
        .send({ sessionAt: daysAgo(10), landlordOrganisationIds: [landlordOrg] })
        .expect(201),
    );
    const proposal = conforms(
      'POST',
      '/commission-sessions/{id}/proposals',
      await app.http
        .post(`/commission-sessions/${session.id}/proposals`)
        .set(as(secretary))
        .send({
          householdId: h.id,
          householdVersion: 2,
          occurredAt: daysAgo(20),
          offer: { landlordOrganisationId: landlordOrg, typology: 'T2', rentCents: 42000, availableOn: '2027-01-01' },
        })
        .expect(201),
    );
    const before = conforms(
      'GET',
      '/commission-sessions/{id}',
      await app.http.get(`/commission-sessions/${session.id}`).set(as(siao)).expect(200),
    );
    expect(before.proposals).toEqual([expect.objectContaining({ id: proposal.id, decision: null, calOutcome: null })]);
    const decided = conforms(
      'POST',
      '/commission-sessions/{id}/decisions',
      await app.http
        .post(`/commission-sessions/${session.id}/decisions`)
        .set(as(secretary))
        .send({ decisions: [{ proposalId: proposal.id, decision: 'retained' }] })
        .expect(200),
    );
    expect(decided.proposals[0]).toMatchObject({ decision: 'retained', decidedAt: expect.any(String) });
    conforms(
      'POST',
      '/commission-proposals/{id}/allocation',
      await app.http
        .post(`/commission-proposals/${proposal.id}/allocation`)
        .set(as(secretary))
        .send({ outcome: 'allocated', occurredAt: daysAgo(5) })
        .expect(200),
    );
    const list = conforms('GET', '/commission-sessions', await app.http.get('/commission-sessions').set(as(secretary)).expect(200));
    expect(list.items).toContainEqual(expect.objectContaining({ id: session.id, proposalCount: 1, decidedCount: 1 }));
  });

  it('maraude encounters: record, link, list', async () => {
    const encounter = conforms(
      'POST',
      '/maraude-encounters',
      await app.http
        .post('/maraude-encounters')
        .set(as(outreach))
        .send({ occurredAt: daysAgo(3), place: 'Parc du Verney', peopleMet: 2 })
        .expect(201),
    );
    const h = (
      await app.http
        .post('/households')
        .set(as(outreach))
        .send({ entryChannel: 'maraude', livingSituation: 'street', openedAt: daysAgo(2), persons: [{ alias: 'Lulu', role: 'reference' }] })
        .expect(201)
    ).body.household;
    conforms(
      'POST',
      '/maraude-encounters/{id}/households',
      await app.http.post(`/maraude-encounters/${encounter.id}/households`).set(as(outreach)).send({ householdId: h.id }).expect(201),
    );
    const list = conforms(
      'GET',
      '/maraude-encounters',
      await app.http
        .get('/maraude-encounters')
        .query({ from: daysAgo(10), to: daysAgo(0) })
        .set(as(outreach))
        .expect(200),
    );
    expect(list).toEqual([expect.objectContaining({ id: encounter.id, zone: null, householdIds: [h.id] })]);
  });

  it('convention: import, read, edits, expenses, document, execution report', async () => {
    const file = JSON.parse(readFileSync(resolve(__dirname, '../../config/conventions/grand-chambery.json'), 'utf8')) as {
      actions: Array<{ years: Array<Record<string, unknown>> }>;
    };
    const convention = conforms('POST', '/conventions', await app.http.post('/conventions').set(as(coordinator)).send(file).expect(201));
    conforms('GET', '/conventions', await app.http.get('/conventions').set(as(coordinator)).expect(200));
    conforms('GET', '/conventions/{id}', await app.http.get(`/conventions/${convention.id}`).set(as(coordinator)).expect(200));
    conforms(
      'GET',
      '/conventions/{id}/document',
      await app.http.get(`/conventions/${convention.id}/document`).set(as(coordinator)).expect(200),
    );
    conforms(
      'PATCH',
      '/conventions/{id}',
      await app.http
        .patch(`/conventions/${convention.id}`)
        .set(as(coordinator))
        .send({ version: convention.version, signedOn: '2024-07-04' })
        .expect(200),
    );
    const action = conforms(
      'POST',
      '/conventions/{id}/actions',
      await app.http
        .post(`/conventions/${convention.id}/actions`)
        .set(as(coordinator))
        .send({
          key: 'nouvelle-action',
          title: 'Nouvelle action',
          category: 'Ingénierie',
          carrier: { label: 'Grand Chambéry' },
          indicators: [{ label: 'Nb de réunions' }, { code: 'households_accompanied' }],
          years: [{ year: 2025, number: '17', status: 'maintained', agreedCents: 100_000, stateRatePercent: 80 }],
        })
        .expect(201),
    );
    conforms(
      'PATCH',
      '/conventions/{id}/actions/{actionId}',
      await app.http
        .patch(`/conventions/${convention.id}/actions/${action.id}`)
        .set(as(coordinator))
        .send({
          version: action.version,
          years: [
            { year: 2025, number: '17', status: 'maintained', agreedCents: 100_000, stateRatePercent: 80, deliverables: 'Compte rendu' },
          ],
        })
        .expect(200),
    );
    conforms(
      'POST',
      '/conventions/{id}/actions/{actionId}/expenses',
      await app.http
        .post(`/conventions/${convention.id}/actions/${action.id}/expenses`)
        .set(as(coordinator))
        .send({ year: 2025, spentOn: '2025-03-31', label: 'Prestataire', amountCents: 50_000 })
        .expect(201),
    );
    conforms(
      'GET',
      '/conventions/{id}/execution-report',
      await app.http.get(`/conventions/${convention.id}/execution-report?year=2025`).set(as(coordinator)).expect(200),
    );
  });
});
