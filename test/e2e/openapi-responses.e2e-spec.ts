import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { addDays, addMonths } from '@app/core';
import type { Response } from 'supertest';
import { startTestApp, TestApp } from '../support/app';
import { eventually } from '../support/eventually';
import { Factory, TestUser } from '../support/factory';
import { OpenApiDocument, responseSchema, schemaProblems } from '../support/openapi-schema';

const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY).toISOString();
/** Civil dates in Paris, where the app decides what "today" is. */
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
  new Date(),
);
const civilDaysAgo = (n: number) => addDays(today, -n);
/** A day of the month `months` from this one. */
const dayOfMonth = (months: number, day = 1) => `${addMonths(`${today.slice(0, 8)}01`, months).slice(0, 8)}${String(day).padStart(2, '0')}`;

/** The web client is generated from /api/docs-json: real responses must match the schemas it declares. */
describe('OpenAPI document: responses match their declared schema', () => {
  let app: TestApp;
  let factory: Factory;
  let territory: string;
  let document: OpenApiDocument;
  let outreach: TestUser;
  let siao: TestUser;
  let secretary: TestUser;
  let coordinator: TestUser;
  let landlordOrg: string;
  let siaoOrg: string;

  beforeAll(async () => {
    app = await startTestApp('openapi-responses', { env: { OUTBOX_POLL_MS: '100' } });
    factory = new Factory(app);
    territory = await factory.territory();
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
  /** A file answer: the document declares its media type for this status. */
  const declaresFile = (method: string, path: string, response: Response) => {
    const operation = `${method} ${path} ${response.status}`;
    const content = document.paths[`/api${path}`]?.[method.toLowerCase()]?.responses?.[String(response.status)]?.content ?? {};
    const mediaType = String(response.headers['content-type']).split(';')[0];
    expect({ operation, mediaType, declared: mediaType in content }).toEqual({ operation, mediaType, declared: true });
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

  it('every operation declares the body of its success answers (a 204 has none)', () => {
    const undeclared = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.entries(operations).flatMap(([method, operation]) =>
        Object.entries(operation.responses ?? {})
          .filter(
            ([status, response]) => /^2/.test(status) && status !== '204' && !Object.values(response.content ?? {}).some((c) => c.schema),
          )
          .map(([status]) => `${method.toUpperCase()} ${path} ${status}`),
      ),
    );
    expect(undeclared).toEqual([]);
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

  it('arrears: landlords, a file through contacts, debts, a repayment plan, the procedure and its facts, rehousing, closing; an alert import', async () => {
    const advisor = await factory.user(await factory.organisation(territory, 'adil'), ['arrears_advisor']);
    const landlord = conforms(
      'POST',
      '/arrears/landlords',
      await app.http
        .post('/arrears/landlords')
        .set(as(advisor))
        .send({ kind: 'company', name: 'Foncière des Alpes', commune: '73065' })
        .expect(201),
    );
    conforms('GET', '/arrears/landlords', await app.http.get('/arrears/landlords').query({ q: 'alpes' }).set(as(advisor)).expect(200));
    conforms(
      'PATCH',
      '/arrears/landlords/{id}',
      await app.http
        .patch(`/arrears/landlords/${landlord.id}`)
        .set(as(advisor))
        .send({ version: landlord.version, lettingAgent: 'Agence du Centre' })
        .expect(200),
    );

    // No lease date: the termination clause's deadline is undetermined, with its candidates.
    let file = conforms(
      'POST',
      '/arrears/files',
      await app.http
        .post('/arrears/files')
        .set(as(advisor))
        .send({
          tenantLastName: 'Martin',
          commune: '73065',
          rentCents: 62_000,
          alertSource: 'landlord',
          openedOn: civilDaysAgo(200),
          landlordId: landlord.id,
          debt: { observedOn: civilDaysAgo(200), amountCents: 186_000, monthsUnpaid: 3 },
        })
        .expect(201),
    );
    const step = async (method: 'post' | 'patch', path: string, body: object, status: number) => {
      const url = path.replace('{id}', file.id as string).replace('{solutionId}', file.solutions[0]?.id as string);
      file = conforms(method.toUpperCase(), path, await app.http[method](url).set(as(advisor)).send(body).expect(status));
      return file;
    };
    await step('patch', '/arrears/files/{id}', { version: file.version, tenantPhone: '06 12 34 56 78' }, 200);
    await step(
      'post',
      '/arrears/files/{id}/contacts',
      { contactedOn: civilDaysAgo(190), party: 'tenant', channel: 'phone', reached: true },
      201,
    );
    await step('post', '/arrears/files/{id}/debts', { observedOn: civilDaysAgo(150), amountCents: 248_000, monthsUnpaid: 4 }, 201);
    await step(
      'post',
      '/arrears/files/{id}/solutions',
      { kind: 'repayment_plan', startedOn: civilDaysAgo(140), monthlyCents: 20_000, durationMonths: 3, firstDueOn: civilDaysAgo(130) },
      201,
    );
    expect(file.solutions[0].schedule).toHaveLength(3);
    await step('patch', '/arrears/files/{id}/solutions/{solutionId}', { version: file.solutions[0].version, status: 'broken' }, 200);
    await step('post', '/arrears/files/{id}/stages', { stage: 'formal_notice', occurredOn: civilDaysAgo(120) }, 201);
    expect(file.procedure.deadlines).toContainEqual(expect.objectContaining({ undetermined: expect.any(Object) }));
    await step(
      'post',
      '/arrears/files/{id}/stages',
      { stage: 'court_summons', occurredOn: civilDaysAgo(90), hearingOn: civilDaysAgo(40) },
      201,
    );
    await step('post', '/arrears/files/{id}/stages', { stage: 'hearing', occurredOn: civilDaysAgo(40) }, 201);
    await step('post', '/arrears/files/{id}/stages', { stage: 'judgment', occurredOn: civilDaysAgo(30), leaseTerminated: true }, 201);
    await step('post', '/arrears/files/{id}/stages', { stage: 'notice_to_quit', occurredOn: civilDaysAgo(10) }, 201);
    expect(file.procedure.earliestEviction).toMatchObject({ suspended: true, dueOn: null });
    await step('post', '/arrears/files/{id}/procedure-facts', { kind: 'prefect_informed', occurredOn: civilDaysAgo(5) }, 201);
    expect(file.procedure).toMatchObject({ earliestEviction: { suspended: false }, ccapexReportThresholds: { reached: true } });
    await step('post', '/arrears/files/{id}/rehousing-request', { consentDate: civilDaysAgo(2), siaoOrganisationId: siaoOrg }, 201);
    conforms('GET', '/arrears/files/{id}', await app.http.get(`/arrears/files/${file.id}`).set(as(advisor)).expect(200));
    await step('post', '/arrears/files/{id}/close', { version: file.version, outcome: 'rehoused', closedOn: today }, 200);
    const detail = conforms(
      'GET',
      '/arrears/landlords/{id}',
      await app.http.get(`/arrears/landlords/${landlord.id}`).set(as(advisor)).expect(200),
    );
    expect(detail.files).toEqual([{ id: file.id, reference: file.reference, status: 'closed' }]);
    const page = conforms('GET', '/arrears/files', await app.http.get('/arrears/files').set(as(advisor)).expect(200));
    expect(page.items).toEqual([
      expect.objectContaining({ id: file.id, landlord: { id: landlord.id, name: 'Foncière des Alpes', kind: 'company' } }),
    ]);

    const csv = [
      'Nom;Prénom;Téléphone;Commune;Personnes;Loyer;Charges;Bailleur;Type bailleur;Dette;Mois impayés;Date situation',
      `Durand;Paul;;Aix-les-Bains;1;480;;M. Perrin;particulier;960;2;${civilDaysAgo(3).split('-').reverse().join('/')}`,
      'Morel;;;Chambéry;x;-480;;;château;beaucoup;2;31/02/2026',
    ].join('\r\n');
    const upload = () => app.http.post('/arrears/imports').set(as(advisor)).set('content-type', 'text/csv').send(Buffer.from(csv));
    const report = conforms('POST', '/arrears/imports', await upload().expect(201));
    expect(report).toMatchObject({ accepted: [expect.objectContaining({ line: 2 })], rejected: [expect.objectContaining({ line: 3 })] });
    conforms('POST', '/arrears/imports', await upload().expect(200));
  });

  it('pécule: a programme and its rules, an enrolment through bank details, a review and its end, the payments and the treasury file', async () => {
    const youthOrg = await factory.organisation(territory, 'youth_team');
    const youth = await factory.user(youthOrg, ['youth_worker']);
    const manager = await factory.user(await factory.organisation(territory, 'coordination'), ['stipend_manager']);
    const rules = (version: string, effectiveFrom: string) => ({
      rulesVersion: version,
      deliberationDate: effectiveFrom,
      effectiveFrom,
      defaultMonthlyCents: 37_333,
      maxMonthlyCents: 50_000,
      maxDurationMonths: 18,
      ageLimitYears: 25,
    });
    const programme = conforms(
      'POST',
      '/pecule/programmes',
      await app.http
        .post('/pecule/programmes')
        .set(as(manager))
        .send({
          name: 'Pécule jeunes',
          startsOn: dayOfMonth(-12),
          endsOn: dayOfMonth(12),
          envelopeCents: 1_000_000,
          rules: rules('2025-1', dayOfMonth(-12)),
        })
        .expect(201),
    );
    conforms(
      'PATCH',
      '/pecule/programmes/{id}',
      await app.http
        .patch(`/pecule/programmes/${programme.id}`)
        .set(as(manager))
        .send({ version: programme.version, name: 'Pécule' })
        .expect(200),
    );
    conforms(
      'POST',
      '/pecule/programmes/{id}/rules',
      await app.http
        .post(`/pecule/programmes/${programme.id}/rules`)
        .set(as(manager))
        .send(rules('2026-1', dayOfMonth(6)))
        .expect(201),
    );
    conforms('GET', '/pecule/programmes', await app.http.get('/pecule/programmes').set(as(manager)).expect(200));

    // A young person housed through the pathway, followed by the youth team.
    const created = (
      await app.http
        .post('/households')
        .set(as(outreach))
        .send({
          entryChannel: 'youth_desk',
          livingSituation: 'street',
          consentDate: dayOfMonth(-6),
          openedAt: `${dayOfMonth(-6)}T10:00:00Z`,
          sharedWithOrganisationIds: [youthOrg, siaoOrg],
          persons: [{ firstName: 'Léa', lastName: 'Martin', role: 'reference', birthDate: addMonths(today, -240) }],
        })
        .expect(201)
    ).body.household;
    const evaluated = await app.http
      .post(`/households/${created.id}/evaluations`)
      .set(as(siao))
      .send({
        version: created.version,
        occurredAt: `${dayOfMonth(-5)}T10:00:00Z`,
        livingSituation: 'street',
        resources: ['none'],
        debtsCents: 0,
        needs: ['employment'],
        orientation: 'private_housing_iml',
        intensity: 'intensive',
      })
      .expect(200);
    await app.http
      .post(`/households/${created.id}/lease`)
      .set(as(siao))
      .send({
        version: evaluated.body.version,
        occurredAt: `${dayOfMonth(-4)}T10:00:00Z`,
        landlord: 'SOLIHA',
        commune: '73065',
        leaseType: 'sublet',
      })
      .expect(200);

    let enrolment = conforms(
      'POST',
      '/pecule/enrolments',
      await app.http
        .post('/pecule/enrolments')
        .set(as(youth))
        .send({
          programmeId: programme.id,
          householdId: created.id,
          personId: created.persons[0].id,
          startsOn: dayOfMonth(-2, 10),
          bankDetails: { iban: 'FR76 3000 6000 0112 3456 7890 189', holderName: 'Léa Martin' },
        })
        .expect(201),
    );
    conforms('GET', '/pecule/enrolments', await app.http.get('/pecule/enrolments').set(as(youth)).expect(200));
    const managed = conforms(
      'GET',
      '/pecule/enrolments/{id}',
      await app.http.get(`/pecule/enrolments/${enrolment.id}`).set(as(manager)).expect(200),
    );
    expect(managed.bankDetails).toEqual({ iban: 'FR7630006000011234567890189', holderName: 'Léa Martin' });
    enrolment = conforms(
      'PUT',
      '/pecule/enrolments/{id}/bank-details',
      await app.http
        .put(`/pecule/enrolments/${enrolment.id}/bank-details`)
        .set(as(youth))
        .send({ version: enrolment.version, iban: 'FR76 3000 6000 0112 3456 7890 189', holderName: 'Léa Martin' })
        .expect(200),
    );

    const thisMonth = today.slice(0, 7);
    const due = (enrolment.payments as Array<{ id: string; month: string }>).filter((p) => p.month <= thisMonth);
    for (const payment of due) {
      conforms(
        'POST',
        '/pecule/payments/{id}/validate',
        await app.http.post(`/pecule/payments/${payment.id}/validate`).set(as(manager)).expect(200),
      );
    }
    const exportPath = `/pecule/programmes/${programme.id}/treasury-exports/${thisMonth}`;
    declaresFile('PUT', '/pecule/programmes/{id}/treasury-exports/{month}', await app.http.put(exportPath).set(as(manager)).expect(201));
    declaresFile('PUT', '/pecule/programmes/{id}/treasury-exports/{month}', await app.http.put(exportPath).set(as(manager)).expect(200));
    declaresFile('GET', '/pecule/programmes/{id}/treasury-exports/{month}', await app.http.get(exportPath).set(as(manager)).expect(200));
    conforms(
      'POST',
      '/pecule/payments/{id}/paid',
      await app.http.post(`/pecule/payments/${due[0].id}/paid`).set(as(manager)).send({ paidOn: today }).expect(200),
    );
    const next = (enrolment.payments as Array<{ id: string; month: string }>).find((p) => p.month > thisMonth)!;
    conforms(
      'POST',
      '/pecule/payments/{id}/cancel',
      await app.http.post(`/pecule/payments/${next.id}/cancel`).set(as(manager)).send({ reason: 'Versement suspendu' }).expect(200),
    );
    const payments = conforms(
      'GET',
      '/pecule/payments',
      await app.http.get('/pecule/payments').query({ programmeId: programme.id }).set(as(manager)).expect(200),
    );
    expect(payments).toContainEqual(expect.objectContaining({ id: due[0].id, status: 'paid', exportId: expect.any(String) }));

    conforms(
      'POST',
      '/pecule/enrolments/{id}/reviews',
      await app.http
        .post(`/pecule/enrolments/${enrolment.id}/reviews`)
        .set(as(youth))
        .send({ reviewedOn: civilDaysAgo(1), resources: ['none'], employment: 'apprenticeship', inTraining: true, housed: true })
        .expect(201),
    );
    const ended = conforms(
      'POST',
      '/pecule/enrolments/{id}/end',
      await app.http
        .post(`/pecule/enrolments/${enrolment.id}/end`)
        .set(as(youth))
        .send({ version: enrolment.version, endedOn: today, reason: 'job' })
        .expect(200),
    );
    expect(ended).toMatchObject({
      status: 'ended',
      endReason: 'job',
      reviews: [expect.objectContaining({ situation: expect.any(Object) })],
    });
  });

  it('identity and audit: my account, users, organisations and the audit trail (mapped from the entities, never the entities themselves)', async () => {
    const admin = await factory.user(siaoOrg, ['admin']);
    const me = conforms('GET', '/auth/me', await app.http.get('/auth/me').set(as(admin)).expect(200));
    expect(me).not.toHaveProperty('passwordHash');
    const organisation = conforms(
      'POST',
      '/organisations',
      await app.http.post('/organisations').set(as(admin)).send({ name: 'Toit d’abord', type: 'outreach' }).expect(201),
    );
    conforms(
      'PATCH',
      '/organisations/{id}',
      await app.http
        .patch(`/organisations/${organisation.id}`)
        .set(as(admin))
        .send({ version: organisation.version, active: false })
        .expect(200),
    );
    conforms('GET', '/organisations/{id}', await app.http.get(`/organisations/${organisation.id}`).set(as(admin)).expect(200));
    conforms('GET', '/organisations', await app.http.get('/organisations').set(as(admin)).expect(200));
    const user = conforms(
      'POST',
      '/users',
      await app.http
        .post('/users')
        .set(as(admin))
        .send({
          organisationId: siaoOrg,
          email: 'camille.martin@siao73.example',
          displayName: 'Camille Martin',
          roles: ['siao_worker'],
          password: 'un long mot de passe',
        })
        .expect(201),
    );
    conforms(
      'PATCH',
      '/users/{id}',
      await app.http.patch(`/users/${user.id}`).set(as(admin)).send({ version: user.version, displayName: 'Camille M.' }).expect(200),
    );
    conforms('GET', '/users/{id}', await app.http.get(`/users/${user.id}`).set(as(admin)).expect(200));
    conforms('GET', '/users', await app.http.get('/users').set(as(admin)).expect(200));
    const trail = conforms(
      'GET',
      '/audit-entries',
      await app.http.get('/audit-entries').query({ resourceType: 'user' }).set(as(admin)).expect(200),
    );
    expect(trail.items).toContainEqual(expect.objectContaining({ action: 'create', resourceId: user.id }));
  });

  it('indicators and administration: catalogue, counts with a breakdown, files, rebuild, reconcile, purge, queues', async () => {
    const territoryOrg = await factory.organisation(territory, 'coordination');
    const coordinator = await factory.user(territoryOrg, ['coordinator']);
    const admin = await factory.user(territoryOrg, ['admin']);
    // The facts of every event so far, synchronously: the counts below have something to count.
    const rebuilt = conforms(
      'POST',
      '/admin/indicators/rebuild',
      await app.http.post('/admin/indicators/rebuild').set(as(admin)).expect(200),
    );
    expect(rebuilt.events).toBeGreaterThan(0);

    conforms('GET', '/indicators/catalogue', await app.http.get('/indicators/catalogue').set(as(coordinator)).expect(200));
    const range = { from: civilDaysAgo(365), to: today };
    const report = conforms(
      'GET',
      '/indicators',
      await app.http
        .get('/indicators')
        .query({ ...range, granularity: 'quarter', breakdown: 'category' })
        .set(as(coordinator))
        .expect(200),
    );
    const periods = (report.indicators as Array<{ periods: Array<{ cells?: unknown[] }> }>).flatMap((i) => i.periods);
    expect(periods.some((p) => (p.cells ?? []).length > 0)).toBe(true);
    for (const format of ['csv', 'xlsx']) {
      declaresFile(
        'GET',
        '/indicators/export',
        await app.http
          .get('/indicators/export')
          .query({ ...range, format })
          .set(as(coordinator))
          .expect(200),
      );
    }
    conforms(
      'POST',
      '/admin/indicators/reconcile',
      await app.http.post('/admin/indicators/reconcile').set(as(admin)).send(range).expect(200),
    );
    conforms('POST', '/admin/retention-purge', await app.http.post('/admin/retention-purge').set(as(admin)).expect(200));
    const queues = conforms('GET', '/admin/queues', await app.http.get('/admin/queues').set(as(admin)).expect(200));
    expect(Object.keys(queues).length).toBeGreaterThan(0);
  });
});
