import ExcelJS from 'exceljs';
import { startTestApp, TestApp } from '../support/app';
import { drained } from '../support/drain';
import { Factory, TestUser } from '../support/factory';

interface Period {
  period: string;
  value: number | null;
  median?: number | null;
  cells?: Array<{ key: string; label?: string; value: number | null; masked: boolean }>;
}
interface Report {
  indicators: Array<{ code: string; breakdown: string | null; periods: Period[] }>;
}

/**
 * A scripted year (2025) of a territory's activity — households through the pathway, maraude
 * encounters, commission sessions, leases, arrears files — and the counts the coordinator must get.
 */
describe('convention indicators', () => {
  let app: TestApp;
  let outreach: TestUser;
  let siao: TestUser;
  let secretary: TestUser;
  let advisor: TestUser;
  let coordinator: TestUser;
  let admin: TestUser;
  let otherCoordinator: TestUser;
  let otherOutreach: TestUser;
  let youth: TestUser;
  let stipends: TestUser;
  let landlordOrg: string;
  const orgs: Record<string, string> = {};
  const ids: Record<string, string> = {};

  const as = (user: TestUser) => ({ authorization: `Bearer ${user.token}` });
  const at = (day: string) => `${day}T10:00:00Z`;

  /** A household file; without consent the person is only spotted (met in the street, not agreeing to be followed). */
  async function household(
    user: TestUser,
    openedOn: string,
    commune?: string,
    options: { consent?: boolean; encounterId?: string; sharedWith?: string } = {},
  ): Promise<{ id: string; version: number }> {
    const response = await app.http
      .post('/households')
      .set(as(user))
      .send({
        entryChannel: options.encounterId || options.consent === false ? 'maraude' : 'siao_demand',
        livingSituation: 'emergency_shelter',
        ...(options.consent === false ? {} : { consentDate: openedOn }),
        openedAt: at(openedOn),
        ...(commune ? { commune } : {}),
        ...(options.encounterId ? { encounterId: options.encounterId } : {}),
        ...(options.sharedWith ? { sharedWithOrganisationIds: [options.sharedWith] } : {}),
        persons: [{ firstName: 'Jean', lastName: `Test${Math.random().toString(36).slice(2, 8)}`, birthYear: 1980, role: 'reference' }],
      });
    expect(response.status).toBe(201);
    return response.body.household;
  }
  const step = async (path: string, user: TestUser, body: object) => {
    const response = await app.http.post(path).set(as(user)).send(body);
    if (response.status >= 300) throw new Error(`${path}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body as { id: string; version: number };
  };
  const evaluate = (id: string, version: number, day: string) =>
    step(`/households/${id}/evaluations`, siao, {
      version,
      occurredAt: at(day),
      livingSituation: 'street',
      resources: ['none'],
      debtsCents: 0,
      needs: ['administrative'],
      orientation: 'ordinary_social_housing',
      intensity: 'medium',
    });
  const session = (day: string) => step('/commission-sessions', secretary, { sessionAt: at(day), landlordOrganisationIds: [landlordOrg] });
  const propose = (sessionId: string, householdId: string, householdVersion: number, day: string) =>
    step(`/commission-sessions/${sessionId}/proposals`, secretary, { householdId, householdVersion, occurredAt: at(day) });
  const decide = (sessionId: string, proposalId: string, decision: string) =>
    step(`/commission-sessions/${sessionId}/decisions`, secretary, { decisions: [{ proposalId, decision }] });
  const version = async (id: string) =>
    ((await app.http.get(`/households/${id}`).set(as(siao)).expect(200)).body as { version: number }).version;
  const projected = () => drained(app);
  const query = async (user: TestUser, params: string) => {
    const response = await app.http.get(`/indicators?${params}`).set(as(user));
    expect(response.status).toBe(200);
    return response.body as Report;
  };
  const values = (report: Report) => Object.fromEntries(report.indicators.map((i) => [i.code, i.periods.map((p) => p.value)]));

  beforeAll(async () => {
    app = await startTestApp('indicators', { env: { OUTBOX_POLL_MS: '100' } });
    const factory = new Factory(app);
    const territory = await factory.territory();
    const outreachOrg = await factory.organisation(territory, 'outreach', "Équipe Toit d'abord");
    const siaoOrg = await factory.organisation(territory, 'siao', 'SIAO 73');
    Object.assign(orgs, { outreach: outreachOrg, siao: siaoOrg });
    landlordOrg = await factory.organisation(territory, 'social_landlord');
    const adil = await factory.organisation(territory, 'adil');
    const coordination = await factory.organisation(territory, 'coordination');
    outreach = await factory.user(outreachOrg, ['outreach_worker']);
    siao = await factory.user(siaoOrg, ['siao_worker']);
    secretary = await factory.user(siaoOrg, ['commission_secretary']);
    advisor = await factory.user(adil, ['arrears_advisor']);
    coordinator = await factory.user(coordination, ['coordinator']);
    stipends = await factory.user(coordination, ['stipend_manager']);
    const youthOrg = await factory.organisation(territory, 'youth_team');
    youth = await factory.user(youthOrg, ['youth_worker']);
    admin = await factory.user(coordination, ['admin']);
    const elsewhere = await factory.territory('Ailleurs');
    otherCoordinator = await factory.user(await factory.organisation(elsewhere, 'coordination'), ['coordinator']);
    orgs.elsewhere = await factory.organisation(elsewhere, 'siao', 'SIAO Ailleurs');
    otherOutreach = await factory.user(orgs.elsewhere, ['siao_worker']);

    // H1: opened in January, proposed in February, direct lease in April (101 days after opening).
    const h1 = await household(siao, '2025-01-10');
    ids.h1 = h1.id;
    await evaluate(h1.id, h1.version, '2025-02-01');
    const s1 = await session('2025-02-20');
    const p1 = await propose(s1.id, h1.id, await version(h1.id), '2025-02-15');
    await decide(s1.id, p1.id, 'retained');
    await step(`/commission-proposals/${p1.id}/allocation`, secretary, { outcome: 'allocated', occurredAt: at('2025-03-01') });
    await step(`/households/${h1.id}/lease`, siao, {
      version: await version(h1.id),
      occurredAt: at('2025-04-21'),
      landlord: 'Cristal Habitat',
      commune: '73065',
      leaseType: 'direct',
    });

    // H2: proposed twice (postponed in April, retained in May), bail glissant in July (118 days), slid in November.
    const h2 = await household(siao, '2025-03-05');
    await evaluate(h2.id, h2.version, '2025-03-20');
    const s2 = await session('2025-04-15');
    const p2 = await propose(s2.id, h2.id, await version(h2.id), '2025-04-10');
    await decide(s2.id, p2.id, 'postponed');
    const s3 = await session('2025-05-20');
    const p3 = await propose(s3.id, h2.id, await version(h2.id), '2025-05-12');
    await decide(s3.id, p3.id, 'retained');
    await step(`/commission-proposals/${p3.id}/allocation`, secretary, { outcome: 'allocated', occurredAt: at('2025-06-01') });
    await step(`/households/${h2.id}/lease`, siao, {
      version: await version(h2.id),
      occurredAt: at('2025-07-01'),
      landlord: 'OPAC',
      commune: '73065',
      leaseType: 'bail_glissant',
    });
    await step(`/households/${h2.id}/lease-slide`, siao, { version: await version(h2.id), occurredAt: at('2025-11-15') });

    // H3 opened and closed in 2025; H4 opened in December 2024, evaluated in 2025.
    const h3 = await household(siao, '2025-06-01');
    await step(`/households/${h3.id}/close`, siao, { version: h3.version, occurredAt: at('2025-08-01'), reason: 'moved_away' });
    const h4 = await household(siao, '2024-12-20');
    await evaluate(h4.id, h4.version, '2025-01-05');
    // H5: closed in January 2024, past its two-year retention: the purge will remove it.
    const h5 = await household(siao, '2023-06-01', undefined, { sharedWith: outreachOrg });
    // Met by the outreach team the next day: the encounter outlives the file, its events must forget it.
    await step('/maraude-encounters', outreach, { occurredAt: at('2023-06-02'), place: 'Gare', peopleMet: 2, householdIds: [h5.id] });
    ids.h5 = h5.id;
    await step(`/households/${h5.id}/close`, siao, { version: h5.version, occurredAt: at('2024-01-15'), reason: 'lost_contact' });

    // Maraude (15 contacts): 3 people in January, one of whom (M1) agrees to be followed a few days later; 2 and 5 in February.
    const encounter = (day: string, peopleMet: number, householdIds: string[] = []) =>
      step('/maraude-encounters', outreach, { occurredAt: at(day), place: 'Gare', zone: 'Centre', peopleMet, householdIds });
    const january = await encounter('2025-01-20', 3);
    await encounter('2025-02-10', 2);
    await encounter('2025-02-11', 5);
    const m1 = await household(outreach, '2025-01-25', undefined, { encounterId: january.id });
    // S1, met in March with someone else and again alone in April, is known to the team but has not agreed to be followed.
    const spotted = await household(outreach, '2025-03-03', undefined, { consent: false });
    await encounter('2025-03-03', 2, [spotted.id]);
    await encounter('2025-04-07', 1, [spotted.id]);
    // M1 met again in April among 2 people, recognised after the round.
    const april = await encounter('2025-04-08', 2);
    await step(`/maraude-encounters/${april.id}/households`, outreach, { householdId: m1.id });

    // Arrears: two tenants of the same landlord; the first reached twice, the landlord reached for both.
    const a1 = await step('/arrears/files', advisor, {
      tenantLastName: 'Martin',
      commune: '73065',
      rentCents: 62_000,
      alertSource: 'landlord',
      openedOn: '2025-03-01',
      landlord: { kind: 'individual', name: 'M. Roux' },
      debt: { observedOn: '2025-03-01', amountCents: 186_000 },
    });
    const landlordId = (a1 as unknown as { landlord: { id: string } }).landlord.id;
    for (const [contactedOn, party, reached] of [
      ['2025-03-05', 'tenant', true],
      ['2025-03-06', 'landlord', true],
      ['2025-04-05', 'tenant', true],
      ['2025-04-06', 'tenant', false],
      ['2025-03-01', 'landlord', true], // logged late: the landlord's first fact of March, Q1 and 2025 is now this one
    ] as const)
      await step(`/arrears/files/${a1.id}/contacts`, advisor, { contactedOn, party, channel: 'phone', reached });
    await step(`/arrears/files/${a1.id}/solutions`, advisor, { kind: 'fsl', startedOn: '2025-03-10', amountCents: 100_000 });
    const a1Now = (await app.http.get(`/arrears/files/${a1.id}`).set(as(advisor)).expect(200)).body as { version: number };
    await step(`/arrears/files/${a1.id}/close`, advisor, { version: a1Now.version, outcome: 'debt_cleared', closedOn: '2025-09-30' });
    const a2 = await step('/arrears/files', advisor, {
      tenantLastName: 'Durand',
      commune: '73087',
      rentCents: 45_000,
      alertSource: 'caf',
      openedOn: '2025-05-01',
      landlordId,
      debt: { observedOn: '2025-05-01', amountCents: 30_000 },
    });
    await step(`/arrears/files/${a2.id}/contacts`, advisor, {
      contactedOn: '2025-05-02',
      party: 'landlord',
      channel: 'letter',
      reached: true,
    });
    await step(`/arrears/files/${a2.id}/contacts`, advisor, {
      contactedOn: '2025-05-03',
      party: 'tenant',
      channel: 'letter',
      reached: false,
    });
    // A3: closed in March 2024, past retention.
    const a3 = await step('/arrears/files', advisor, {
      tenantLastName: 'Petit',
      commune: '73087',
      rentCents: 45_000,
      alertSource: 'tenant',
      openedOn: '2023-02-01',
      landlord: { kind: 'individual', name: 'Mme Blanc' },
    });
    ids.a3 = a3.id;
    await step(`/arrears/files/${a3.id}/contacts`, advisor, {
      contactedOn: '2023-02-02',
      party: 'tenant',
      channel: 'phone',
      reached: true,
    });
    await step(`/arrears/files/${a3.id}/close`, advisor, { version: 1, outcome: 'tenant_left', closedOn: '2024-03-01' });

    // Pécule: a young person of 20, housed, enrolled in October 2025; October's payment paid, November's cancelled after validation.
    const programme = await step('/pecule/programmes', stipends, {
      name: 'Pécule jeunes',
      startsOn: '2025-01-01',
      endsOn: '2026-12-31',
      envelopeCents: 6_720_000,
      rules: {
        rulesVersion: '2025-1',
        deliberationDate: '2024-12-11',
        effectiveFrom: '2025-01-01',
        defaultMonthlyCents: 37_333,
        maxMonthlyCents: 50_000,
        maxDurationMonths: 18,
        ageLimitYears: 25,
      },
    });
    const young = await app.http
      .post('/households')
      .set(as(siao))
      .send({
        entryChannel: 'youth_desk',
        livingSituation: 'street',
        consentDate: '2025-09-01',
        openedAt: at('2025-09-01'),
        sharedWithOrganisationIds: [youth.organisationId],
        persons: [{ firstName: 'Léa', lastName: 'Martin', birthDate: '2005-03-15', sex: 'female', role: 'reference' }],
      })
      .expect(201);
    const youngId = young.body.household.id as string;
    await evaluate(youngId, young.body.household.version, '2025-09-05');
    await step(`/households/${youngId}/lease`, siao, {
      version: await version(youngId),
      occurredAt: at('2025-09-20'),
      landlord: 'SOLIHA',
      commune: '73065',
      leaseType: 'sublet',
    });
    const enrolment = await step('/pecule/enrolments', youth, {
      programmeId: programme.id,
      householdId: youngId,
      personId: young.body.household.persons[0].id,
      startsOn: '2025-10-06',
      bankDetails: { iban: 'FR76 3000 6000 0112 3456 7890 189', holderName: 'Léa Martin' },
    });
    const payments = (await app.http.get(`/pecule/enrolments/${enrolment.id}`).set(as(stipends)).expect(200)).body.payments as Array<{
      id: string;
      month: string;
    }>;
    const october = payments.find((p) => p.month === '2025-10')!;
    const november = payments.find((p) => p.month === '2025-11')!;
    await step(`/pecule/payments/${october.id}/validate`, stipends, {});
    await step(`/pecule/payments/${november.id}/validate`, stipends, {});
    await app.http.put(`/pecule/programmes/${programme.id}/treasury-exports/2025-10`).set(as(stipends)).expect(201);
    await step(`/pecule/payments/${october.id}/paid`, stipends, { paidOn: '2025-10-31' });
    await step(`/pecule/payments/${november.id}/cancel`, stipends, { reason: 'Versement en double' });

    // Another territory: 15 households in Aix-les-Bains, 12 in Chambéry, 2 in Cognin (for masking), by INSEE code.
    for (const [commune, count] of [
      ['73008', 15],
      ['73065', 12],
      ['73087', 2],
    ] as const)
      for (let i = 0; i < count; i++) await household(otherOutreach, '2025-06-15', commune);
    await projected();
  }, 120_000);
  afterAll(async () => {
    await app?.stop();
  });

  it('counts each indicator of the year exactly, a subject once however many events it has', async () => {
    const year = values(await query(coordinator, 'from=2025-01-01&to=2025-12-31'));
    expect(year).toMatchObject({
      households_proposed: [2],
      households_ordinary_housing: [2],
      households_accompanied: [6],
      leases_signed: [3],
      leases_bail_glissant: [1],
      bail_glissant_slid: [1],
      days_opening_to_lease: [101],
      // Anonymous people (3-1, 2, 5, 2-1, 1-1, 2-1) plus M1 and S1 once each; contacts: every person at every encounter.
      persons_spotted: [13],
      maraude_contacts: [15],
      arrears_households_contacted: [1],
      arrears_landlords_contacted: [1],
      arrears_debt_at_opening: [2],
      arrears_responses: [1],
      arrears_outcomes: [1],
      households_by_status: [7],
      pecule_young_people: [1],
      pecule_amount_paid: [37_333],
    });
    const months = values(
      await query(
        coordinator,
        'from=2025-01-01&to=2025-12-31&granularity=month&codes=households_proposed,persons_spotted,arrears_households_contacted',
      ),
    );
    expect(months.households_proposed).toEqual([0, 1, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0]);
    expect(months.persons_spotted).toEqual([3, 7, 2, 3, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(months.arrears_households_contacted).toEqual([0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0]);
    const quarters = values(
      await query(
        coordinator,
        'from=2025-01-01&to=2025-12-31&granularity=quarter&codes=households_proposed,leases_signed,households_accompanied',
      ),
    );
    expect(quarters).toEqual({ households_proposed: [1, 1, 0, 0], leases_signed: [0, 1, 2, 0], households_accompanied: [4, 3, 3, 1] });
    // The projector's first-fact flags are those recomputed from scratch, the late contact included.
    const first = (unit: string, bit: number) =>
      `CASE WHEN row_number() OVER (PARTITION BY indicator_code, territory_id, subject_token, date_trunc('${unit}', occurred_on) ORDER BY occurred_on, id) = 1 THEN ${bit} ELSE 0 END`;
    const flags = await app.db.query<{ checked: string; wrong: string }>(
      `SELECT count(*) AS checked, count(*) FILTER (WHERE f.first_in <> coalesce(n.first_in, 0)) AS wrong
         FROM indicator_fact f
         LEFT JOIN (SELECT id, ${first('month', 1)} + ${first('quarter', 2)} + ${first('year', 4)} AS first_in
                      FROM indicator_fact WHERE subject_token IS NOT NULL) n ON n.id = f.id`,
    );
    expect(Number(flags.rows[0].checked)).toBeGreaterThan(50);
    expect(flags.rows[0].wrong).toBe('0');
    // Whole calendar periods count the subjects' flagged first facts; a breakdown hashes the subjects: same totals.
    for (const granularity of ['month', 'quarter', 'year']) {
      const params = `from=2024-01-01&to=2025-12-31&granularity=${granularity}&codes=households_accompanied,households_proposed,leases_signed`;
      const flagged = values(await query(coordinator, params));
      expect(values(await query(coordinator, `${params}&breakdown=commune`))).toEqual(flagged);
      expect(flagged.households_accompanied.some((v) => (v ?? 0) > 0)).toBe(true);
    }
    // Validated twice, one cancelled after validation: one month of the envelope consumed, counted in the year it pays
    // (October 2025), though validated and cancelled today: the year entered late gives the figures of a year entered live.
    const consumed = values(await query(coordinator, `from=2025-01-01&to=2026-12-31&granularity=year&codes=pecule_envelope_consumed`));
    expect(consumed.pecule_envelope_consumed).toEqual([37_333, 0]);
    const debt = (await query(coordinator, 'from=2025-01-01&to=2025-12-31&codes=arrears_debt_at_opening')).indicators[0].periods[0];
    expect(debt).toMatchObject({ value: 2, median: 108_000 });
    expect(debt.cells?.map((c) => [c.key, c.masked])).toEqual([
      ['0_500', true],
      ['1500_3000', true],
    ]);
  });

  it('masks small breakdown cells and one more so that none can be rebuilt, keeping the total exact', async () => {
    const report = await query(otherCoordinator, 'from=2025-01-01&to=2025-12-31&codes=households_accompanied&breakdown=commune');
    const [period] = report.indicators[0].periods;
    expect(period.value).toBe(29);
    expect(period.cells).toEqual([
      { key: '73008', label: 'Aix-les-Bains', value: 15, masked: false },
      { key: '73065', label: 'Chambéry', value: null, masked: true },
      { key: '73087', label: 'Cognin', value: null, masked: true },
    ]);
    const refused = await app.http
      .get('/indicators?from=2025-01-01&to=2025-12-31&codes=persons_spotted&breakdown=commune')
      .set(as(coordinator));
    expect(refused.status).toBe(400);
  });

  it('keeps counts and personal files apart: no file for the coordinator, no count for a case worker, no other territory', async () => {
    expect((await app.http.get(`/households/${ids.h1}`).set(as(coordinator))).status).toBe(403);
    expect((await app.http.get('/arrears/files').set(as(coordinator))).status).toBe(403);
    expect((await app.http.get('/indicators?from=2025-01-01&to=2025-12-31').set(as(outreach))).status).toBe(403);
    const foreign = await app.http
      .get(`/indicators?from=2025-01-01&to=2025-12-31&territoryIds=${otherCoordinator.territoryId}`)
      .set(as(coordinator));
    expect(foreign.status).toBe(403);
    const facts = await app.db.query(`SELECT * FROM indicator_fact`);
    expect(JSON.stringify(facts.rows)).not.toMatch(/Martin|Durand|Roux|Jean|Test|Léa|FR76|2005-03-15/);
  });

  it('exports CSV and XLSX that read back to the same numbers', async () => {
    const params = 'from=2025-01-01&to=2025-12-31&granularity=quarter';
    const json = await query(coordinator, params);
    const expected = json.indicators.flatMap((i) => i.periods.map((p) => `${i.code}|${p.period}|${p.value ?? ''}`));
    const csv = await app.http.get(`/indicators/export?${params}&format=csv`).set(as(coordinator)).expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.text.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.text
      .slice(1)
      .trim()
      .split('\r\n')
      .map((l) => l.split(';'));
    expect(lines[0]).toEqual(['code', 'indicateur', 'période', 'début', 'fin', 'ventilation', 'modalité', 'valeur', 'unité', 'masqué']);
    expect(lines.filter((l) => l[5] === 'total').map((l) => `${l[0]}|${l[2]}|${l[7]}`)).toEqual(expected);

    const xlsx = await app.http
      .get(`/indicators/export?${params}&format=xlsx`)
      .set(as(coordinator))
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Uint8Array.from(xlsx.body as Buffer).buffer);
    const rows: string[] = [];
    workbook.worksheets[0].eachRow((row, n) => {
      const cell = (i: number) => row.getCell(i).text;
      if (n > 1 && cell(6) === 'total') rows.push(`${cell(1)}|${cell(3)}|${cell(8)}`);
    });
    expect(rows).toEqual(expected);
  });

  it("tells each team's figures apart: its own households accompanied, its own persons spotted", async () => {
    const ofOrganisations = async (organisationIds: string) =>
      values(
        await query(
          coordinator,
          `from=2025-01-01&to=2025-12-31&codes=households_accompanied,persons_spotted,maraude_contacts,leases_signed&organisationIds=${organisationIds}`,
        ),
      );
    // The outreach team opened M1's file (S1 is only spotted); the SIAO holds the five others, commission steps included.
    expect(await ofOrganisations(orgs.outreach)).toEqual({
      households_accompanied: [1],
      persons_spotted: [13],
      maraude_contacts: [15],
      leases_signed: [0],
    });
    expect(await ofOrganisations(orgs.siao)).toEqual({
      households_accompanied: [5],
      persons_spotted: [0],
      maraude_contacts: [0],
      leases_signed: [3],
    });
    expect(await ofOrganisations(`${orgs.outreach},${orgs.siao}`)).toMatchObject({ households_accompanied: [6], leases_signed: [3] });
    // Every whole-calendar-period count, filtered, from the subjects themselves (not the territory's first facts).
    const months = values(
      await query(
        coordinator,
        `from=2025-01-01&to=2025-06-30&granularity=month&codes=households_accompanied&organisationIds=${orgs.outreach}`,
      ),
    );
    expect(months.households_accompanied).toEqual([1, 0, 0, 0, 0, 0]);

    // A breakdown by organisation names each team (not personal data); small cells stay masked.
    const [byTeam] = (await query(coordinator, 'from=2025-01-01&to=2025-12-31&codes=households_accompanied&breakdown=organisation'))
      .indicators;
    expect(byTeam.breakdown).toBe('organisation');
    expect(byTeam.periods[0].value).toBe(6);
    expect(byTeam.periods[0].cells?.map((c) => [c.key, c.label, c.masked])).toEqual(
      [
        [orgs.outreach, "Équipe Toit d'abord", true],
        [orgs.siao, 'SIAO 73', true],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
    const [elsewhere] = (await query(otherCoordinator, 'from=2025-01-01&to=2025-12-31&codes=households_accompanied&breakdown=organisation'))
      .indicators;
    expect(elsewhere.periods[0].cells).toEqual([{ key: orgs.elsewhere, label: 'SIAO Ailleurs', value: 29, masked: false }]);

    // The catalogue no longer numbers actions: the convention maps its actions to indicators.
    const catalogue = (await app.http.get('/indicators/catalogue').set(as(coordinator)).expect(200)).body;
    expect(catalogue).not.toHaveProperty('actions');
    expect(catalogue.indicators.find((i: { code: string }) => i.code === 'persons_spotted')).toEqual(
      expect.not.objectContaining({ action: expect.anything() }),
    );
    expect((await app.http.get('/indicators/execution-report?year=2025').set(as(coordinator))).status).toBe(404);
    const invalid = await app.http.get('/indicators?from=2025-01-01&to=2025-12-31&organisationIds=nope').set(as(coordinator));
    expect(invalid.status).toBe(400);
  });

  it('reconciles with the operational tables, purges expired files and keeps every past count', async () => {
    const reconcile = async () =>
      (await app.http.post('/admin/indicators/reconcile').set(as(admin)).send({ from: '2025-01-01', to: '2025-12-31' }).expect(200)).body;
    expect(await reconcile()).toMatchObject({ compared: 18, differences: [] });

    const all = 'from=2023-01-01&to=2025-12-31&granularity=year';
    const before = values(await query(coordinator, all));
    expect(before.households_accompanied).toEqual([1, 2, 6]);
    expect(before.arrears_households_contacted).toEqual([1, 0, 1]);

    const purged = (await app.http.post('/admin/retention-purge').set(as(admin)).expect(200)).body;
    expect(purged).toMatchObject({ households: 1, arrearsFiles: 1 });
    expect((await app.db.query(`SELECT 1 FROM household WHERE id = $1`, [ids.h5])).rowCount).toBe(0);
    expect((await app.db.query(`SELECT 1 FROM person WHERE household_id = $1`, [ids.h5])).rowCount).toBe(0);
    expect((await app.db.query(`SELECT 1 FROM arrears_file WHERE id = $1`, [ids.a3])).rowCount).toBe(0);
    expect((await app.db.query(`SELECT 1 FROM statistical_token WHERE subject_id = ANY($1::uuid[])`, [[ids.h5, ids.a3]])).rowCount).toBe(0);
    expect((await app.db.query(`SELECT 1 FROM audit_entry WHERE action = 'purge' AND resource_type = 'personal_files'`)).rowCount).toBe(1);
    expect((await app.db.query(`SELECT 1 FROM outbox_event WHERE payload::text LIKE '%' || $1 || '%'`, [ids.h5])).rowCount).toBe(0);
    expect((await app.db.query(`SELECT 1 FROM maraude_encounter WHERE occurred_at < '2024-01-01'`)).rowCount).toBe(1);

    expect(values(await query(coordinator, all))).toEqual(before);
    expect(await reconcile()).toMatchObject({ differences: [] });
    // Replaying the outbox adds nothing.
    expect((await app.http.post('/admin/indicators/rebuild').set(as(admin)).expect(200)).body).toMatchObject({ facts: 0 });
    expect(values(await query(coordinator, all))).toEqual(before);
  });
});
