import { startTestApp, TestApp } from '../support/app';
import { eventually } from '../support/eventually';
import { Factory, TestUser } from '../support/factory';

const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY).toISOString();
const dayOf = (iso: string) => iso.slice(0, 10);
const frenchDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const unique = () => Math.random().toString(36).slice(2, 8);

interface Household {
  id: string;
  version: number;
  reference: string;
  organisationId: string;
  status: string;
  entryChannel: string;
  consentDate: string | null;
  commune: string | null;
  sharedWithOrganisationIds: string[];
  siaoDemandNumber: string | null;
  socialHousingDemandNumber: string | null;
  socialHousingDemandRenewalOn: string | null;
  priorityLabels: Array<{ code: string; since: string; until: string | null }>;
  supportMeasures: Array<{ code: string; startOn: string; endOn: string | null }>;
  persons: Array<{
    id: string;
    role: string;
    isReference: boolean;
    firstName: string | null;
    lastName: string | null;
    birthDate: string | null;
  }>;
}

describe("the SIAO's file", () => {
  let app: TestApp;
  let factory: Factory;
  let siao: TestUser;
  let siaoColleague: TestUser;
  let outreach: TestUser;
  let otherTeam: TestUser;
  let siaoOrg: string;
  let outreachOrg: string;
  let otherTeamOrg: string;
  let elsewhereOrg: string;

  beforeAll(async () => {
    app = await startTestApp('siao-file');
    factory = new Factory(app);
    const territory = await factory.territory();
    siaoOrg = await factory.organisation(territory, 'siao');
    outreachOrg = await factory.organisation(territory, 'outreach');
    otherTeamOrg = await factory.organisation(territory, 'outreach');
    elsewhereOrg = await factory.organisation(await factory.territory('Ailleurs'), 'siao');
    siao = await factory.user(siaoOrg, ['siao_worker']);
    siaoColleague = await factory.user(siaoOrg, ['siao_worker']);
    outreach = await factory.user(outreachOrg, ['outreach_worker']);
    otherTeam = await factory.user(otherTeamOrg, ['outreach_worker']);
  });
  afterAll(() => app?.stop());

  const as = (user: TestUser) => ({ authorization: `Bearer ${user.token}` });
  const open = async (user: TestUser, overrides: Record<string, unknown> = {}) =>
    (
      await app.http
        .post('/households')
        .set(as(user))
        .send({
          entryChannel: 'siao_demand',
          livingSituation: 'emergency_shelter',
          consentDate: dayOf(daysAgo(30)),
          openedAt: daysAgo(30),
          persons: [{ firstName: 'Jean', lastName: `Test${unique()}`, birthYear: 1980, role: 'reference' }],
          ...overrides,
        })
        .expect(201)
    ).body.household as Household;
  const get = async (user: TestUser, id: string) => (await app.http.get(`/households/${id}`).set(as(user)).expect(200)).body as Household;
  const timeline = async (user: TestUser, id: string) =>
    (await app.http.get(`/households/${id}/timeline`).set(as(user)).expect(200)).body as Array<{
      type: string;
      occurredAt: string;
      payload: Record<string, unknown>;
    }>;
  const outbox = async (id: string) =>
    (await app.db.query('SELECT type, payload FROM outbox_event WHERE aggregate_id = $1 ORDER BY id', [id])).rows as Array<{
      type: string;
      payload: Record<string, unknown>;
    }>;
  const reminders = async (id: string, rule: string) =>
    (
      await app.db.query<{ status: string; due_at: Date }>(
        'SELECT status, due_at FROM reminder WHERE subject_id = $1 AND rule_code = $2 ORDER BY created_at',
        [id, rule],
      )
    ).rows;

  it('records the demand numbers, priority labels and support measures, and reminds before the demand lapses', async () => {
    const household = await open(siao);
    const renewal = dayOf(new Date(Date.now() + 90 * DAY).toISOString());
    const updated = await app.http
      .patch(`/households/${household.id}`)
      .set(as(siao))
      .send({
        version: household.version,
        siaoDemandNumber: ' siao73-2026 000042 ',
        socialHousingDemandNumber: '0731 1250 0001 2345 67',
        socialHousingDemandRenewalOn: renewal,
        priorityLabels: [{ code: 'dalo', since: dayOf(daysAgo(20)) }],
        supportMeasures: [{ code: 'avdl', startOn: dayOf(daysAgo(10)), endOn: null }],
      })
      .expect(200);
    expect(updated.body).toMatchObject({
      siaoDemandNumber: 'SIAO73-2026000042',
      socialHousingDemandNumber: '073112500001234567',
      socialHousingDemandRenewalOn: renewal,
      priorityLabels: [{ code: 'dalo', since: dayOf(daysAgo(20)), until: null }],
      supportMeasures: [{ code: 'avdl', startOn: dayOf(daysAgo(10)), endOn: null }],
    });

    // A month before the renewal date, 09:00 in Paris; moving the date moves the reminder.
    const first = await eventually(async () => (await reminders(household.id, 'social_housing_demand_renewal'))[0]);
    expect(first.status).toBe('scheduled');
    const due = new Date(`${renewal}T12:00:00Z`);
    due.setUTCMonth(due.getUTCMonth() - 1);
    expect(dayOf(first.due_at.toISOString())).toBe(dayOf(due.toISOString()));
    const later = dayOf(new Date(Date.now() + 200 * DAY).toISOString());
    await app.http
      .patch(`/households/${household.id}`)
      .set(as(siao))
      .send({ version: updated.body.version, socialHousingDemandRenewalOn: later })
      .expect(200);
    const moved = await eventually(async () => {
      const rows = await reminders(household.id, 'social_housing_demand_renewal');
      return rows.length === 2 ? rows : undefined;
    });
    expect(moved.map((r) => r.status)).toEqual(['cancelled', 'scheduled']);

    // One file per SI-SIAO demand in the territory: the other file is named.
    const other = await open(siao);
    const taken = await app.http
      .patch(`/households/${other.id}`)
      .set(as(siao))
      .send({ version: other.version, siaoDemandNumber: 'SIAO73-2026000042' });
    expect(taken.status).toBe(409);
    expect(taken.body).toMatchObject({ code: 'CONFLICT', details: { field: 'siaoDemandNumber', reference: household.reference } });
  });

  it('hides the demand numbers of a restricted file from the organisations it is shared with, like its names', async () => {
    const household = await open(siao, {
      restricted: true,
      sharedWithOrganisationIds: [outreachOrg],
      siaoDemandNumber: `R-${unique()}`,
      socialHousingDemandNumber: '073112500004440001',
      priorityLabels: [{ code: 'priority_urgent', since: dayOf(daysAgo(3)) }],
    });
    expect(household.siaoDemandNumber).toMatch(/^R-/);
    expect(await get(outreach, household.id)).toMatchObject({
      namesHidden: true,
      siaoDemandNumber: null,
      socialHousingDemandNumber: null,
      priorityLabels: [{ code: 'priority_urgent' }],
    });
  });

  it('refuses unknown codes, dates out of order and malformed numbers, naming the fields', async () => {
    const household = await open(siao);
    const send = (body: Record<string, unknown>) =>
      app.http
        .patch(`/households/${household.id}`)
        .set(as(siao))
        .send({ version: household.version, ...body });
    const unknownLabel = await send({ priorityLabels: [{ code: 'vip', since: dayOf(daysAgo(1)) }] });
    expect(unknownLabel.status).toBe(400);
    expect(unknownLabel.body.details).toEqual([{ field: 'priorityLabels', problems: [expect.stringContaining('unknown codes: vip')] }]);
    const backwards = await send({ supportMeasures: [{ code: 'asll', startOn: dayOf(daysAgo(1)), endOn: dayOf(daysAgo(5)) }] });
    expect(backwards.status).toBe(400);
    expect(backwards.body.details).toEqual([{ field: 'supportMeasures.0', problems: ['must not end before it starts'] }]);
    const malformed = await send({ socialHousingDemandNumber: '12', siaoDemandNumber: 'n° 12' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['siaoDemandNumber', 'socialHousingDemandNumber']);
    expect((await get(siao, household.id)).version).toBe(household.version);
  });

  it('evaluates towards the orientations practised and closes on the exits practised', async () => {
    const household = await open(siao);
    const evaluated = await app.http
      .post(`/households/${household.id}/evaluations`)
      .set(as(siao))
      .send({
        version: household.version,
        occurredAt: daysAgo(5),
        livingSituation: 'street',
        resources: ['none'],
        debtsCents: 0,
        needs: ['psychiatric_care'],
        orientation: 'un_chez_soi_dabord',
        intensity: 'intensive',
      })
      .expect(200);
    await app.http
      .post(`/households/${household.id}/close`)
      .set(as(siao))
      .send({ version: evaluated.body.version, occurredAt: daysAgo(1), reason: 'hospitalised' })
      .expect(200);
    const events = await timeline(siao, household.id);
    expect(events.find((e) => e.type === 'evaluation.completed')?.payload).toMatchObject({ orientation: 'un_chez_soi_dabord' });
    expect(events.find((e) => e.type === 'household.closed')?.payload).toMatchObject({ reason: 'hospitalised' });
  });

  it('adds and removes persons on a date, as timeline events without names in the outbox', async () => {
    const household = await open(outreach);
    const birth = dayOf(daysAgo(3));
    const added = await app.http
      .post(`/households/${household.id}/persons`)
      .set(as(outreach))
      .send({
        version: household.version,
        person: { firstName: 'Noémie', lastName: 'Bébé', birthDate: birth, role: 'child' },
        occurredOn: birth,
        reason: 'birth',
      })
      .expect(201);
    expect(added.body.persons).toHaveLength(2);
    const child = (added.body as Household).persons.find((p) => !p.isReference)!;
    expect(child).toMatchObject({ firstName: 'Noémie', role: 'child', birthDate: birth });
    // The new person is found by name.
    const found = await app.http.get('/households?q=noemie').set(as(outreach)).expect(200);
    expect(found.body.items.map((h: Household) => h.id)).toContain(household.id);

    const stale = await app.http
      .post(`/households/${household.id}/persons/${child.id}/removal`)
      .set(as(outreach))
      .send({ version: household.version, occurredOn: dayOf(daysAgo(0)), reason: 'departure' });
    expect(stale.status).toBe(409);
    const reference = (added.body as Household).persons.find((p) => p.isReference)!;
    const leavingReference = await app.http
      .post(`/households/${household.id}/persons/${reference.id}/removal`)
      .set(as(outreach))
      .send({ version: added.body.version, occurredOn: dayOf(daysAgo(0)), reason: 'departure' });
    expect(leavingReference.status).toBe(400);
    const removed = await app.http
      .post(`/households/${household.id}/persons/${child.id}/removal`)
      .set(as(outreach))
      .send({ version: added.body.version, occurredOn: dayOf(daysAgo(0)), reason: 'death' })
      .expect(200);
    expect(removed.body.persons).toHaveLength(1);

    const events = (await timeline(outreach, household.id)).filter((e) => e.type.startsWith('household.person.'));
    expect(events).toEqual([
      expect.objectContaining({
        type: 'household.person.added',
        occurredAt: `${birth}T12:00:00.000Z`,
        payload: { personId: child.id, role: 'child', reason: 'birth', personCount: 2 },
      }),
      expect.objectContaining({
        type: 'household.person.removed',
        payload: { personId: child.id, role: 'child', reason: 'death', personCount: 1 },
      }),
    ]);
    const published = (await outbox(household.id)).filter((e) => e.type.startsWith('household.person.'));
    expect(published.map((e) => [e.type, e.payload.householdType, e.payload.personCount])).toEqual([
      ['household.person.added', 'single_parent', 2],
      ['household.person.removed', 'single', 1],
    ]);
    expect(JSON.stringify(published)).not.toMatch(/Noémie|Bébé/);

    // The file's status on the timeline is not disturbed by these events.
    expect((await get(outreach, household.id)).status).toBe('file_open');
    const future = await app.http
      .post(`/households/${household.id}/persons`)
      .set(as(outreach))
      .send({
        version: removed.body.version,
        person: { alias: 'X', role: 'other_adult' },
        occurredOn: dayOf(new Date(Date.now() + 10 * DAY).toISOString()),
        reason: 'arrival',
      });
    expect(future.status).toBe(400);
    expect(future.body.details).toEqual([{ field: 'occurredOn', problems: ['must not be in the future'] }]);
    const referenceAgain = await app.http
      .post(`/households/${household.id}/persons`)
      .set(as(outreach))
      .send({ version: removed.body.version, person: { alias: 'X', role: 'reference' }, occurredOn: birth, reason: 'arrival' });
    expect(referenceAgain.status).toBe(400);
  });

  it('transfers a file to another organisation of the territory: the former one loses access unless it stays shared', async () => {
    const household = await open(outreach, { socialHousingDemandRenewalOn: dayOf(new Date(Date.now() + 90 * DAY).toISOString()) });
    const recipients = async () =>
      (
        await app.db.query<{ recipient_organisation_id: string; recipient_user_id: string | null }>(
          `SELECT recipient_organisation_id, recipient_user_id FROM reminder WHERE subject_id = $1 AND status = 'scheduled'`,
          [household.id],
        )
      ).rows;
    expect(await eventually(async () => (await recipients())[0])).toEqual({
      recipient_organisation_id: outreachOrg,
      recipient_user_id: outreach.id,
    });
    const audits = async () =>
      (await app.db.query(`SELECT details FROM audit_entry WHERE resource_id = $1 AND details ? 'transfer'`, [household.id])).rows;

    const notReferent = await app.http
      .post(`/households/${household.id}/transfer`)
      .set(as(otherTeam))
      .send({ version: household.version, organisationId: otherTeamOrg, reason: 'team_change' });
    expect(notReferent.status).toBe(404); // not shared with it: it cannot see the file at all
    const unknownReason = await app.http
      .post(`/households/${household.id}/transfer`)
      .set(as(outreach))
      .send({ version: household.version, organisationId: siaoOrg, reason: 'whim' });
    expect(unknownReason.status).toBe(400);
    expect(unknownReason.body.details[0].field).toBe('reason');
    const elsewhere = await app.http
      .post(`/households/${household.id}/transfer`)
      .set(as(outreach))
      .send({ version: household.version, organisationId: elsewhereOrg, reason: 'team_change' });
    expect(elsewhere.status).toBe(404);

    const transferred = await app.http
      .post(`/households/${household.id}/transfer`)
      .set(as(outreach))
      .send({ version: household.version, organisationId: siaoOrg, reason: 'specialised_support', referentUserId: siaoColleague.id })
      .expect(200);
    expect(transferred.body).toMatchObject({ organisationId: siaoOrg, sharedWithOrganisationIds: [], namesHidden: true });
    await app.http.get(`/households/${household.id}`).set(as(outreach)).expect(404);
    const now = await get(siao, household.id);
    expect(now).toMatchObject({ organisationId: siaoOrg, referentUserId: siaoColleague.id });
    const events = await timeline(siao, household.id);
    expect(events.at(-1)).toMatchObject({
      type: 'household.transferred',
      payload: { fromOrganisationId: outreachOrg, toOrganisationId: siaoOrg, reason: 'specialised_support', keptShared: false },
    });
    expect(await audits()).toHaveLength(1);
    // The file's reminders follow it to the new referent.
    await eventually(async () => {
      const [reminder] = await recipients();
      return reminder?.recipient_organisation_id === siaoOrg ? reminder : undefined;
    });
    expect(await recipients()).toEqual([{ recipient_organisation_id: siaoOrg, recipient_user_id: siaoColleague.id }]);

    // The new referent hands it on and keeps following it with the next team.
    const again = await app.http
      .post(`/households/${household.id}/transfer`)
      .set(as(siao))
      .send({ version: now.version, organisationId: otherTeamOrg, reason: 'sector_change', keepShared: true })
      .expect(200);
    expect(again.body).toMatchObject({
      organisationId: otherTeamOrg,
      sharedWithOrganisationIds: [siaoOrg],
      referentUserId: null,
      namesHidden: false,
    });
    expect((await get(siao, household.id)).organisationId).toBe(otherTeamOrg);
    expect((await get(otherTeam, household.id)).organisationId).toBe(otherTeamOrg);
    // Only the referent organisation transfers: the SIAO now only shares it.
    const shared = await app.http
      .post(`/households/${household.id}/transfer`)
      .set(as(siao))
      .send({ version: again.body.version, organisationId: siaoOrg, reason: 'other' });
    expect(shared.status).toBe(403);
    expect(await audits()).toHaveLength(2);
  });

  it('imports an SI-SIAO export: accepted, duplicate and rejected rows; the same file twice creates nothing', async () => {
    const suffix = unique();
    const existing = await open(siao, { siaoDemandNumber: `D-${suffix}-1` });
    const followed = await open(outreach, {
      persons: [{ firstName: 'Awa', lastName: `Ndiaye${suffix}`, birthDate: '1986-06-23', role: 'reference' }],
    });
    const demandDate = frenchDate(daysAgo(20));
    const csv = [
      'N° demande;Date de la demande;Nom;Prénom;Date de naissance;Sexe;Situation au moment de la demande;Commune;NUR;Date de renouvellement NUR;Composition',
      `D-${suffix}-2;${demandDate};Lefèvre${suffix};Hélène;14/02/1979;F;Hébergé chez un tiers;Chambéry;073112500001234567;${frenchDate(new Date(Date.now() + 100 * DAY).toISOString())};Personne seule`,
      `D-${suffix}-1;${demandDate};Moreau${suffix};Karim;02/09/1991;H;Rue;;;;Personne seule`,
      `D-${suffix}-3;${demandDate};NDIAYE${suffix};Awa;23/06/1986;Femme;Hôtel 115;Aix-les-Bains;;;Famille`,
      `D-${suffix}-2;${demandDate};Autre${suffix};Paul;;H;Rue;;;;Personne seule`,
      `D-${suffix}-4;31/02/2026;;Zoé;01/01/2999;Z;Lune;;;;`,
    ].join('\r\n');
    const upload = () =>
      app.http.post('/households/imports').set(as(siao)).set('content-type', 'text/csv').send(Buffer.from(csv, 'latin1'));

    const first = await upload();
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ encoding: 'windows-1252', delimiter: ';', rowCount: 5, ignoredColumns: ['Composition'] });
    expect(first.body.accepted.map((a: { line: number }) => a.line)).toEqual([2]);
    expect(first.body.duplicates).toEqual([
      { line: 3, reference: existing.reference, reason: 'same SI-SIAO demand number as an existing file' },
      { line: 4, reference: followed.reference, reason: 'same name and birth date as a person of an existing file' },
      { line: 5, reference: '', reason: 'same SI-SIAO demand number as line 2' },
    ]);
    expect(first.body.rejected).toHaveLength(1);
    expect(first.body.rejected[0].problems.map((p: { field: string }) => p.field).sort()).toEqual(
      ['birthDate', 'demandDate', 'lastName', 'livingSituation', 'sex'].sort(),
    );
    expect(JSON.stringify(first.body)).not.toContain('Hélène');

    const imported = await get(siao, first.body.accepted[0].householdId);
    expect(imported).toMatchObject({
      organisationId: siaoOrg,
      status: 'file_open',
      entryChannel: 'siao_demand',
      consentDate: dayOf(daysAgo(20)),
      commune: '73065',
      siaoDemandNumber: `D-${suffix.toUpperCase()}-2`,
      socialHousingDemandNumber: '073112500001234567',
      persons: [expect.objectContaining({ lastName: `Lefèvre${suffix}`, firstName: 'Hélène', birthDate: '1979-02-14', role: 'reference' })],
    });
    await eventually(async () => (await reminders(imported.id, 'social_housing_demand_renewal'))[0]);

    const count = async () => Number((await app.db.query('SELECT count(*) FROM household')).rows[0].count);
    const before = await count();
    const second = await upload();
    expect(second.status).toBe(200);
    expect(second.body).toEqual(first.body);
    expect(await count()).toBe(before);

    const wrongHeader = await app.http
      .post('/households/imports')
      .set(as(siao))
      .set('content-type', 'text/csv')
      .send(Buffer.from('Nom;Prénom\nA;B\n'));
    expect(wrongHeader.status).toBe(400);
    expect(wrongHeader.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'header' }] });
    const json = await app.http.post('/households/imports').set(as(siao)).send({ nom: 'A' });
    expect(json.status).toBe(400);
  });

  it('lists the configured codes and the import mapping', async () => {
    const lists = (await app.http.get('/siao-lists').set(as(outreach)).expect(200)).body;
    expect(lists.priorityLabels.map((l: { code: string }) => l.code)).toEqual(expect.arrayContaining(['dalo', 'priority_urgent']));
    expect(lists.supportMeasures.map((l: { code: string }) => l.code)).toEqual(expect.arrayContaining(['asll', 'avdl']));
    expect(lists.priorityLabels[0].source).toContain('L441-2-3');
    expect(lists.importColumns).toContainEqual({ field: 'siaoDemandNumber', headers: expect.arrayContaining(['N° demande']) });
  });
});
