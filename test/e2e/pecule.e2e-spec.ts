import { Queue } from 'bullmq';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { startTestApp, TestApp } from '../support/app';
import { drained } from '../support/drain';
import { databaseUrl } from '../support/databases';
import { eventually } from '../support/eventually';
import { Factory, TestUser } from '../support/factory';

const VALID_IBAN = 'FR76 3000 6000 0112 3456 7890 189';
const DATA_KEY = randomBytes(32).toString('base64');

/** Civil dates relative to today (the app decides "this month" in Europe/Paris; tests stay clear of month ends). */
function isoDate(date: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}
// Today's year and month in Paris, not in UTC: near midnight on the 1st the two differ.
const [parisYear, parisMonth] = isoDate(new Date()).split('-').map(Number);
function monthsFromNow(months: number, day = 1): string {
  return isoDate(new Date(Date.UTC(parisYear, parisMonth - 1 + months, day, 12)));
}
function yearsAgo(years: number, months = 0): string {
  return isoDate(new Date(Date.UTC(parisYear - years, parisMonth - 1 - months, 15, 12)));
}
const thisMonth = monthsFromNow(0).slice(0, 7);

interface Enrolment {
  id: string;
  reference: string;
  status: string;
  version: number;
  rulesVersion: string;
  monthlyCents: number;
  plannedEndOn: string;
  youngPerson: { firstName: string | null } | null;
  bankDetails: { iban: string; holderName: string } | null;
  bankDetailsRecorded: boolean;
  payments: Array<{ id: string; month: string; periodStart: string; status: string; amountCents: number }>;
  reviews: Array<{ reviewedOn: string }>;
}

describe('pécule', () => {
  let app: TestApp;
  let factory: Factory;
  let outreach: TestUser;
  let siao: TestUser;
  let youth: TestUser;
  let otherYouth: TestUser;
  let youthInSiao: TestUser;
  let manager: TestUser;
  let manager2: TestUser;
  let coordinator: TestUser;
  let admin: TestUser;
  let foreignManager: TestUser;
  let youthOrg: string;
  let programmeId: string;

  beforeAll(async () => {
    app = await startTestApp('pecule', { env: { OUTBOX_POLL_MS: '100', DATA_ENCRYPTION_KEY: DATA_KEY } });
    factory = new Factory(app);
    const territory = await factory.territory();
    const outreachOrg = await factory.organisation(territory, 'outreach');
    const siaoOrg = await factory.organisation(territory, 'siao');
    youthOrg = await factory.organisation(territory, 'youth_team');
    const territoryOrg = await factory.organisation(territory, 'coordination');
    outreach = await factory.user(outreachOrg, ['outreach_worker']);
    siao = await factory.user(siaoOrg, ['siao_worker']);
    youth = await factory.user(youthOrg, ['youth_worker']);
    otherYouth = await factory.user(await factory.organisation(territory, 'youth_team'), ['youth_worker']);
    youthInSiao = await factory.user(siaoOrg, ['youth_worker']);
    manager = await factory.user(territoryOrg, ['stipend_manager']);
    manager2 = await factory.user(territoryOrg, ['stipend_manager']);
    coordinator = await factory.user(territoryOrg, ['coordinator']);
    admin = await factory.user(territoryOrg, ['admin']);
    foreignManager = await factory.user(await factory.organisation(await factory.territory('Ailleurs'), 'coordination'), [
      'stipend_manager',
    ]);
    programmeId = (await createProgramme({ envelopeCents: 6_720_000 })).id;
  });
  afterAll(async () => {
    await app?.stop();
  });

  const as = (user: TestUser) => ({ authorization: `Bearer ${user.token}` });

  async function createProgramme(options: {
    envelopeCents: number;
    defaultMonthlyCents?: number;
    startsOn?: string;
  }): Promise<{ id: string; version: number }> {
    const response = await app.http
      .post('/pecule/programmes')
      .set(as(manager))
      .send({
        name: 'Pécule jeunes',
        startsOn: options.startsOn ?? monthsFromNow(-12),
        endsOn: monthsFromNow(12),
        envelopeCents: options.envelopeCents,
        rules: {
          rulesVersion: '2025-1',
          deliberationDate: monthsFromNow(-13 - (options.startsOn ? 12 : 0)),
          effectiveFrom: options.startsOn ?? monthsFromNow(-12),
          defaultMonthlyCents: options.defaultMonthlyCents ?? 37_333,
          maxMonthlyCents: 50_000,
          maxDurationMonths: 18,
          ageLimitYears: 25,
        },
      });
    expect(response.status).toBe(201);
    return response.body as { id: string; version: number };
  }

  /** A household walked through the pathway by its workers, shared with the youth team. */
  async function household(
    options: {
      birthDate?: string;
      birthYear?: number;
      resources?: string[];
      housed?: boolean;
      sharedWith?: string;
      monthsEarlier?: number;
    } = {},
  ): Promise<{ householdId: string; personId: string }> {
    const person = options.birthYear ? { birthYear: options.birthYear } : { birthDate: options.birthDate ?? yearsAgo(20) };
    const created = await app.http
      .post('/households')
      .set(as(outreach))
      .send({
        entryChannel: 'youth_desk',
        livingSituation: 'street',
        consentDate: monthsFromNow(-6 - (options.monthsEarlier ?? 0)),
        openedAt: `${monthsFromNow(-6 - (options.monthsEarlier ?? 0))}T10:00:00Z`,
        sharedWithOrganisationIds: [...new Set([options.sharedWith ?? youthOrg, siao.organisationId])],
        persons: [{ firstName: 'Léa', lastName: 'Martin', role: 'reference', sex: 'female', ...person }],
      });
    expect(created.status).toBe(201);
    const id = created.body.household.id as string;
    const evaluated = await app.http
      .post(`/households/${id}/evaluations`)
      .set(as(siao))
      .send({
        version: created.body.household.version,
        occurredAt: `${monthsFromNow(-5 - (options.monthsEarlier ?? 0))}T10:00:00Z`,
        livingSituation: 'street',
        resources: options.resources ?? ['none'],
        debtsCents: 0,
        needs: ['employment'],
        orientation: 'private_housing_iml',
        intensity: 'intensive',
      });
    expect(evaluated.status).toBe(200);
    if (options.housed !== false) {
      const leased = await app.http
        .post(`/households/${id}/lease`)
        .set(as(siao))
        .send({
          version: evaluated.body.version,
          occurredAt: `${monthsFromNow(-4 - (options.monthsEarlier ?? 0))}T10:00:00Z`,
          landlord: 'SOLIHA',
          commune: '73065',
          leaseType: 'sublet',
        });
      expect(leased.status).toBe(200);
    }
    return { householdId: id, personId: created.body.household.persons[0].id as string };
  }

  function enrol(user: TestUser, body: Record<string, unknown>) {
    return app.http
      .post('/pecule/enrolments')
      .set(as(user))
      .send({ programmeId, startsOn: monthsFromNow(-2, 10), bankDetails: { iban: VALID_IBAN, holderName: 'Léa Martin' }, ...body });
  }

  async function enrolled(options: { programme?: string; startsOn?: string; birthDate?: string } = {}): Promise<Enrolment> {
    const response = await enrol(youth, {
      ...(await household({ birthDate: options.birthDate })),
      programmeId: options.programme ?? programmeId,
      startsOn: options.startsOn ?? monthsFromNow(-2, 10),
    });
    expect(response.status).toBe(201);
    return response.body as Enrolment;
  }

  const getEnrolment = async (id: string, user = manager) =>
    (await app.http.get(`/pecule/enrolments/${id}`).set(as(user))).body as Enrolment;
  const programme = async (id = programmeId) =>
    (await app.http.get(`/pecule/programmes/${id}`).set(as(manager))).body as {
      envelopeCents: number;
      committedCents: number;
      paidCents: number;
      remainingCents: number;
    };
  const count = async (sql: string, params: unknown[] = []) => Number((await app.db.query<{ n: string }>(sql, params)).rows[0].n);

  it('enrols an eligible young person: schedule, planned payments, bank details for stipend managers only, an outbox event', async () => {
    const { householdId, personId } = await household({ birthDate: yearsAgo(20) });
    const response = await enrol(youth, { householdId, personId, situationAtEntry: { employment: 'job_search' } });
    expect(response.status).toBe(201);
    const enrolment = response.body as Enrolment;
    expect(enrolment).toMatchObject({
      status: 'active',
      rulesVersion: '2025-1',
      monthlyCents: 37_333,
      bankDetails: null,
      bankDetailsRecorded: true,
    });
    expect(enrolment.reference).toMatch(/^J-\d{6}$/);
    expect(enrolment.payments).toHaveLength(18);
    expect(enrolment.payments[0]).toMatchObject({
      month: monthsFromNow(-2).slice(0, 7),
      periodStart: monthsFromNow(-2, 10),
      status: 'planned',
      amountCents: 37_333,
    });
    expect(enrolment.plannedEndOn).toBe(monthsFromNow(16, 9)); // start + 18 months - 1 day

    const seenByManager = await getEnrolment(enrolment.id, manager);
    expect(seenByManager.bankDetails).toEqual({ iban: 'FR7630006000011234567890189', holderName: 'Léa Martin' });
    expect(seenByManager.youngPerson?.firstName).toBe('Léa');
    expect((await getEnrolment(enrolment.id, admin)).bankDetails).toBeNull();
    expect((await getEnrolment(enrolment.id, youth)).bankDetails).toBeNull();
    expect(
      await count(`SELECT count(*) AS n FROM audit_entry WHERE resource_id = $1 AND action = 'read' AND details->>'bankDetails' = 'true'`, [
        enrolment.id,
      ]),
    ).toBe(1);

    const { rows } = await app.db.query(`SELECT payload FROM outbox_event WHERE type = 'pecule.enrolled' AND aggregate_id = $1`, [
      enrolment.id,
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0].payload).toMatchObject({
      months: 18,
      monthlyCents: 37_333,
      ageAtEntry: 19, // 20 this month, 19 at the start two months ago
      endsAtAgeLimit: false,
      situationAtEntry: { employment: 'job_search', housed: true },
    });
    expect(JSON.stringify(rows[0].payload)).not.toMatch(/Léa|Martin|FR76/);
  });

  it('refuses each ineligibility with the failed rule, and bad input field by field, writing nothing', async () => {
    const before = await count('SELECT count(*) AS n FROM pecule_payment');
    const refusal = async (user: TestUser, body: Record<string, unknown>) => {
      const response = await enrol(user, body);
      expect(response.status).toBe(422);
      expect(response.body.code).toBe('NOT_ELIGIBLE');
      return (response.body.details.failedRules as Array<{ rule: string }>).map((f) => f.rule);
    };
    expect(await refusal(youth, await household({ birthDate: yearsAgo(25, 3) }))).toEqual(['under_age_limit']);
    expect(await refusal(youth, await household({ birthYear: 2004 }))).toEqual(['birth_date_known']);
    expect(await refusal(youth, await household({ resources: ['rsa'] }))).toEqual(['no_resources']);
    expect(await refusal(youth, await household({ housed: false }))).toEqual(['housed']);
    expect(await refusal(youthInSiao, await household({ sharedWith: youthInSiao.organisationId }))).toEqual(['youth_team']);
    expect(await refusal(youth, await household({ resources: ['wages'], housed: false }))).toEqual(['no_resources', 'housed']);

    const eligible = await household();
    const bad = async (body: Record<string, unknown>, field: string, status = 400) => {
      const response = await enrol(youth, { ...eligible, ...body });
      expect(response.status).toBe(status);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect(response.body.details.map((d: { field: string }) => d.field)).toContain(field);
    };
    await bad({ startsOn: monthsFromNow(-13) }, 'startsOn');
    await bad({ monthlyAmountCents: 50_001 }, 'monthlyAmountCents');
    await bad({ bankDetails: { iban: 'FR76 3000 6000 0112 3456 7890 188', holderName: 'Léa Martin' } }, 'bankDetails.iban');
    await bad({ bankDetails: { iban: VALID_IBAN, holderName: '=HYPERLINK("x")' } }, 'bankDetails.holderName');
    await bad({ monthlyAmountCents: -5, startsOn: '2026-02-30' }, 'monthlyAmountCents');
    const stranger = await enrol(youth, {
      ...eligible,
      householdId: (await household({ sharedWith: otherYouth.organisationId })).householdId,
    });
    expect(stranger.status).toBe(404);
    expect(await count('SELECT count(*) AS n FROM pecule_payment')).toBe(before);
    expect(await count(`SELECT count(*) AS n FROM pecule_enrolment WHERE household_id = $1`, [eligible.householdId])).toBe(0);

    const first = await enrol(youth, eligible);
    expect(first.status).toBe(201);
    const again = await enrol(youth, eligible);
    expect(again.status).toBe(409);
  });

  it('judges eligibility on the household’s situation on the start date, as its timeline shows it, not on today’s', async () => {
    // Housed four months ago: not yet housed on a start date five months ago, though housed today.
    const notYetHoused = await enrol(youth, { ...(await household()), startsOn: monthsFromNow(-5, 20) });
    expect(notYetHoused.status).toBe(422);
    expect(notYetHoused.body.details.failedRules.map((f: { rule: string }) => f.rule)).toEqual(['housed']);
    // No resources at the evaluation before the start; a job declared today does not undo an eligible start.
    const since = await household();
    const file = (await app.http.get(`/households/${since.householdId}`).set(as(outreach)).expect(200)).body;
    await app.http
      .patch(`/households/${since.householdId}`)
      .set(as(outreach))
      .send({ version: file.version, resources: ['wages'] })
      .expect(200);
    const started = await enrol(youth, { ...since, startsOn: monthsFromNow(-2, 10) });
    expect(started.status).toBe(201);
    expect(started.body.situationAtEntry).toMatchObject({ resources: ['none'], housed: true });
    // And the other way round: resources declared at an evaluation before the start refuse it, whatever today says.
    const earlier = await household({ resources: ['rsa'] });
    const fileNow = (await app.http.get(`/households/${earlier.householdId}`).set(as(outreach)).expect(200)).body;
    await app.http
      .patch(`/households/${earlier.householdId}`)
      .set(as(outreach))
      .send({ version: fileNow.version, resources: ['none'] })
      .expect(200);
    const refused = await enrol(youth, { ...earlier, startsOn: monthsFromNow(-2, 10) });
    expect(refused.status).toBe(422);
    expect(refused.body.details.failedRules.map((f: { rule: string }) => f.rule)).toEqual(['no_resources']);
  });

  it('counts the envelope in the year each payment is for, not the year it was validated in', async () => {
    const lastYear = parisYear - 1;
    const flow = await createProgramme({ envelopeCents: 1_000_000, startsOn: `${lastYear}-01-01` });
    const young = await household({ monthsEarlier: 24 });
    const started = await enrol(youth, { ...young, programmeId: flow.id, startsOn: `${lastYear}-11-10` });
    expect(started.status).toBe(201);
    const payments = started.body.payments as Array<{ id: string; month: string }>;
    // Last year's November and December, and this January, all validated today.
    for (const month of [`${lastYear}-11`, `${lastYear}-12`, `${parisYear}-01`]) {
      const payment = payments.find((p) => p.month === month)!;
      expect((await app.http.post(`/pecule/payments/${payment.id}/validate`).set(as(manager))).status).toBe(200);
    }
    const figures = (await app.http.get(`/pecule/programmes/${flow.id}`).set(as(manager)).expect(200)).body;
    expect(figures.committedCents).toBe(3 * 37_333);
    expect(figures.years[0]).toEqual({ year: String(lastYear), committedCents: 2 * 37_333, paidCents: 0, plannedCents: 0 });
    expect(figures.years[1]).toMatchObject({ year: String(parisYear), committedCents: 37_333 });
  });

  it('runs the monthly cycle: validate due payments, export once (asking again returns the same file), confirm paid', async () => {
    const flow = await createProgramme({ envelopeCents: 1_000_000 });
    const enrolment = await enrolled({ programme: flow.id });
    const due = enrolment.payments.filter((p) => p.month <= thisMonth);
    expect(due).toHaveLength(3);
    const next = enrolment.payments.find((p) => p.month > thisMonth)!;

    for (const payment of due) {
      const validated = await app.http.post(`/pecule/payments/${payment.id}/validate`).set(as(manager));
      expect(validated.status).toBe(200);
      expect(validated.body.status).toBe('validated');
    }
    expect(await programme(flow.id)).toMatchObject({ committedCents: 3 * 37_333, remainingCents: 1_000_000 - 3 * 37_333 });
    const notDue = await app.http.post(`/pecule/payments/${next.id}/validate`).set(as(manager));
    expect(notDue.status).toBe(409);
    expect(notDue.body.code).toBe('ILLEGAL_TRANSITION');
    const twice = await app.http.post(`/pecule/payments/${due[0].id}/validate`).set(as(manager2));
    expect(twice.status).toBe(409);
    expect(await programme(flow.id)).toMatchObject({ committedCents: 3 * 37_333 });

    const exported = await app.http.put(`/pecule/programmes/${flow.id}/treasury-exports/${thisMonth}`).set(as(manager));
    expect(exported.status).toBe(201);
    expect(exported.headers['content-type']).toMatch(/^text\/csv/);
    const lines = exported.text.trimEnd().split('\r\n');
    expect(lines[0]).toBe('reference_paiement;mois;dossier;titulaire;iban;montant_centimes');
    expect(lines.slice(1)).toEqual(
      due.map((p) => `${enrolment.reference}-${p.month};${p.month};${enrolment.reference};LEA MARTIN;FR7630006000011234567890189;37333`),
    );
    const again = await app.http.put(`/pecule/programmes/${flow.id}/treasury-exports/${thisMonth}`).set(as(manager2));
    expect(again.status).toBe(200);
    expect(again.text).toBe(exported.text);
    expect(again.headers['x-export-id']).toBe(exported.headers['x-export-id']);
    const download = await app.http.get(`/pecule/programmes/${flow.id}/treasury-exports/${thisMonth}`).set(as(manager));
    expect(download.text).toBe(exported.text);
    expect(await count(`SELECT count(*) AS n FROM pecule_payment WHERE programme_id = $1 AND status = 'transmitted'`, [flow.id])).toBe(3);
    expect(await count(`SELECT count(*) AS n FROM pecule_export WHERE programme_id = $1`, [flow.id])).toBe(1);
    // The stored file lists holders and IBANs: it is kept sealed.
    const [stored] = (await app.db.query<{ content: string }>(`SELECT content FROM pecule_export WHERE programme_id = $1`, [flow.id])).rows;
    expect(stored.content).toMatch(/^k[0-9a-f]{8}\./);
    expect(stored.content).not.toContain('LEA MARTIN');

    const empty = await app.http.put(`/pecule/programmes/${flow.id}/treasury-exports/${monthsFromNow(-1).slice(0, 7)}`).set(as(manager));
    expect(empty.status).toBe(422);
    expect(empty.body.code).toBe('NOTHING_TO_EXPORT');
    const future = await app.http.put(`/pecule/programmes/${flow.id}/treasury-exports/${monthsFromNow(1).slice(0, 7)}`).set(as(manager));
    expect(future.status).toBe(400);
    expect((await app.http.put(`/pecule/programmes/${flow.id}/treasury-exports/2026-13`).set(as(manager))).status).toBe(400);

    const paid = await app.http
      .post(`/pecule/payments/${due[0].id}/paid`)
      .set(as(manager))
      .send({ paidOn: monthsFromNow(0) });
    expect(paid.status).toBe(200);
    expect(paid.body).toMatchObject({ status: 'paid', paidOn: monthsFromNow(0) });
    expect(await programme(flow.id)).toMatchObject({ committedCents: 3 * 37_333, paidCents: 37_333 });

    const cancelled = await app.http.post(`/pecule/payments/${next.id}/cancel`).set(as(manager)).send({ reason: 'Versement suspendu' });
    expect(cancelled.status).toBe(200);
    const validateCancelled = await app.http.post(`/pecule/payments/${next.id}/validate`).set(as(manager));
    expect(validateCancelled.status).toBe(409);
    expect(validateCancelled.body.code).toBe('ILLEGAL_TRANSITION');
    expect((await app.http.post(`/pecule/payments/${due[0].id}/cancel`).set(as(manager)).send({ reason: 'Trop tard' })).status).toBe(409);
    const events = await app.db.query(`SELECT type FROM outbox_event WHERE aggregate_id = $1 ORDER BY id`, [enrolment.id]);
    expect(events.rows.map((r) => r.type)).toEqual([
      'pecule.enrolled',
      'pecule.payment.validated',
      'pecule.payment.validated',
      'pecule.payment.validated',
      'pecule.payment.paid',
      'pecule.payment.cancelled',
    ]);
  });

  it('moves a payment only from the version read: a stale write answers 409 STALE_VERSION and writes nothing', async () => {
    const flow = await createProgramme({ envelopeCents: 1_000_000 });
    const enrolment = await enrolled({ programme: flow.id });
    const listed = (await app.http.get('/pecule/payments').query({ programmeId: flow.id }).set(as(manager)).expect(200)).body as Array<{
      id: string;
      month: string;
      status: string;
      version: number;
    }>;
    const [first, second] = listed.filter((p) => p.month <= thisMonth && enrolment.payments.some((e) => e.id === p.id));
    expect(first.version).toBe(1);

    const validated = await app.http.post(`/pecule/payments/${first.id}/validate`).set(as(manager)).send({ version: 1 });
    expect(validated.status).toBe(200);
    expect(validated.body).toMatchObject({ status: 'validated', version: 2 });
    // A colleague still showing version 1 cancels: told, not applied.
    const stale = await app.http.post(`/pecule/payments/${first.id}/cancel`).set(as(manager2)).send({ version: 1, reason: 'Doublon' });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'STALE_VERSION', details: { currentVersion: 2 } });
    const staleValidate = await app.http.post(`/pecule/payments/${second.id}/validate`).set(as(manager2)).send({ version: 7 });
    expect(staleValidate.status).toBe(409);
    expect(staleValidate.body).toMatchObject({ code: 'STALE_VERSION', details: { currentVersion: 1 } });
    expect(await programme(flow.id)).toMatchObject({ committedCents: 37_333 });
    const types = async () =>
      (await app.db.query(`SELECT type FROM outbox_event WHERE aggregate_id = $1 ORDER BY id`, [enrolment.id])).rows.map((r) => r.type);
    expect(await types()).toEqual(['pecule.enrolled', 'pecule.payment.validated']);

    // Without a version (the API first had none) two writers racing on one payment: one wins, the other is refused.
    const racing = await Promise.all([
      app.http.post(`/pecule/payments/${second.id}/validate`).set(as(manager)),
      app.http.post(`/pecule/payments/${second.id}/validate`).set(as(manager2)),
    ]);
    expect(racing.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(racing.find((r) => r.status === 409)!.body).toMatchObject({
      code: 'ILLEGAL_TRANSITION',
      details: { status: 'validated', allowed: ['transmit', 'cancel'] },
    });
    expect(await programme(flow.id)).toMatchObject({ committedCents: 2 * 37_333 });
    const cancelled = await app.http.post(`/pecule/payments/${first.id}/cancel`).set(as(manager2)).send({ version: 2, reason: 'Doublon' });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', version: 3 });
    expect(await types()).toEqual(['pecule.enrolled', 'pecule.payment.validated', 'pecule.payment.validated', 'pecule.payment.cancelled']);
  });

  it('never overspends the envelope, even when managers validate the last euros at the same moment', async () => {
    const tight = await createProgramme({ envelopeCents: 3 * 30_000 + 29_999, defaultMonthlyCents: 30_000 });
    const enrolments = [await enrolled({ programme: tight.id }), await enrolled({ programme: tight.id })];
    const due = enrolments.flatMap((e) => e.payments.filter((p) => p.month <= thisMonth));
    expect(due).toHaveLength(6);
    const first = await app.http.post(`/pecule/payments/${due[0].id}/validate`).set(as(manager));
    expect(first.status).toBe(200);
    // Five validations race for room for two.
    const racing = await Promise.all(
      due.slice(1).map((p, i) => app.http.post(`/pecule/payments/${p.id}/validate`).set(as(i % 2 ? manager : manager2))),
    );
    const statuses = racing.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 200, 409, 409, 409]);
    for (const refused of racing.filter((r) => r.status === 409)) {
      expect(refused.body.code).toBe('ENVELOPE_EXCEEDED');
      expect(refused.body.details).toEqual({ remainingCents: 29_999, amountCents: 30_000 });
    }
    expect(await programme(tight.id)).toMatchObject({ committedCents: 90_000, remainingCents: 29_999 });
    expect(
      await count(`SELECT coalesce(sum(amount_cents), 0) AS n FROM pecule_payment WHERE programme_id = $1 AND status = 'validated'`, [
        tight.id,
      ]),
    ).toBe(90_000);
    // Lowering the envelope below what is committed is refused; the database refuses an overspend too.
    const lower = await app.http
      .patch(`/pecule/programmes/${tight.id}`)
      .set(as(manager))
      .send({ version: tight.version, envelopeCents: 60_000 });
    expect(lower.status).toBe(400);
    await expect(
      app.db.query(`UPDATE pecule_programme SET committed_cents = envelope_cents + 1 WHERE id = $1`, [tight.id]),
    ).rejects.toThrow(/ck_pecule_programme_envelope/);
    // Cancelling a validated payment gives its amount back.
    const validated = racing.find((r) => r.status === 200)!.body as { id: string };
    expect(
      (await app.http.post(`/pecule/payments/${validated.id}/cancel`).set(as(manager)).send({ reason: 'Erreur de saisie' })).status,
    ).toBe(200);
    expect(await programme(tight.id)).toMatchObject({ committedCents: 60_000, remainingCents: 59_999 });
  });

  it('ends a stipend: later payments cancelled and their commitment released; reviews record the situation', async () => {
    const enrolment = await enrolled();
    const due = enrolment.payments.filter((p) => p.month <= thisMonth);
    for (const p of due) expect((await app.http.post(`/pecule/payments/${p.id}/validate`).set(as(manager))).status).toBe(200);
    const committed = (await programme()).committedCents;

    const review = await app.http
      .post(`/pecule/enrolments/${enrolment.id}/reviews`)
      .set(as(youth))
      .send({ reviewedOn: monthsFromNow(-1, 12), resources: ['none'], employment: 'apprenticeship', inTraining: true, housed: true });
    expect(review.status).toBe(201);
    expect(review.body.reviews).toHaveLength(1);
    const futureReview = await app.http
      .post(`/pecule/enrolments/${enrolment.id}/reviews`)
      .set(as(youth))
      .send({ reviewedOn: monthsFromNow(2), resources: [], employment: 'none', inTraining: false, housed: true });
    expect(futureReview.status).toBe(400);

    const endedOn = monthsFromNow(-1, 20); // within last month's period: this month's payment is for a later period
    const stale = await app.http
      .post(`/pecule/enrolments/${enrolment.id}/end`)
      .set(as(youth))
      .send({ version: 99, endedOn, reason: 'job' });
    expect(stale.status).toBe(409);
    const ended = await app.http
      .post(`/pecule/enrolments/${enrolment.id}/end`)
      .set(as(youth))
      .send({ version: review.body.version, endedOn, reason: 'job' });
    expect(ended.status).toBe(200);
    const body = ended.body as Enrolment;
    expect(body.status).toBe('ended');
    const kept = body.payments.filter((p) => p.periodStart <= endedOn);
    expect(kept.map((p) => p.status)).toEqual(['validated', 'validated']);
    expect(body.payments.filter((p) => p.periodStart > endedOn).every((p) => p.status === 'cancelled')).toBe(true);
    expect((await programme()).committedCents).toBe(committed - 37_333);
    const endAgain = await app.http
      .post(`/pecule/enrolments/${enrolment.id}/end`)
      .set(as(youth))
      .send({ version: body.version, endedOn, reason: 'job' });
    expect(endAgain.status).toBe(409);
    expect(
      await count(`SELECT count(*) AS n FROM outbox_event WHERE aggregate_id = $1 AND type IN ('pecule.ended', 'pecule.review.recorded')`, [
        enrolment.id,
      ]),
    ).toBe(2);
  });

  it('keeps the rules of enrolment time when the rules change', async () => {
    const before = await enrolled();
    const current = await app.http.get(`/pecule/programmes/${programmeId}`).set(as(manager));
    const rules = {
      rulesVersion: '2026-2',
      deliberationDate: monthsFromNow(-1),
      effectiveFrom: monthsFromNow(-1),
      defaultMonthlyCents: 40_000,
      maxMonthlyCents: 45_000,
      maxDurationMonths: 12,
      ageLimitYears: 25,
    };
    const changed = await app.http.post(`/pecule/programmes/${programmeId}/rules`).set(as(manager)).send(rules);
    expect(changed.status).toBe(201);
    expect(changed.body.rules).toHaveLength(current.body.rules.length + 1);
    const after = await enrolled({ startsOn: monthsFromNow(-1, 3) });
    expect(after).toMatchObject({ rulesVersion: '2026-2', monthlyCents: 40_000 });
    expect(after.payments).toHaveLength(12);
    expect(await getEnrolment(before.id)).toMatchObject({ rulesVersion: '2025-1', monthlyCents: 37_333 });
    expect((await getEnrolment(before.id)).payments).toHaveLength(18);
    const duplicate = await app.http.post(`/pecule/programmes/${programmeId}/rules`).set(as(manager)).send(rules);
    expect(duplicate.status).toBe(409);
  });

  it('reminds the referent before the 25th birthday and the end, and the managers of payments to validate', async () => {
    const reminders = async (subjectId: string) =>
      (
        await app.db.query<{
          rule_code: string;
          status: string;
          recipient_user_id: string | null;
          recipient_organisation_id: string;
          subject_type: string;
          subject_reference: string;
        }>(
          `SELECT rule_code, status, recipient_user_id, recipient_organisation_id, subject_type, subject_reference FROM reminder WHERE subject_id = $1 ORDER BY rule_code`,
          [subjectId],
        )
      ).rows;
    const turning25 = await enrolled({ birthDate: yearsAgo(24, 6) });
    await drained(app);
    expect(await reminders(turning25.id)).toEqual(
      ['pecule_age_limit_in_30_days', 'pecule_end_in_30_days'].map((rule_code) => ({
        rule_code,
        status: 'scheduled',
        recipient_user_id: youth.id,
        recipient_organisation_id: youthOrg,
        subject_type: 'pecule_enrolment',
        subject_reference: turning25.reference,
      })),
    );
    // Ending at the maximum duration, long before 25: no birthday reminder.
    const young = await enrolled({ birthDate: yearsAgo(19) });
    await drained(app);
    expect((await reminders(young.id)).map((r) => r.rule_code)).toEqual(['pecule_end_in_30_days']);

    const ended = await app.http
      .post(`/pecule/enrolments/${turning25.id}/end`)
      .set(as(youth))
      .send({ version: turning25.version, endedOn: monthsFromNow(0), reason: 'youth_guarantee' });
    // The Garantie jeunes ended on 1 March 2022: leaving for it now is refused, the CEJ is the reason.
    expect(ended.status).toBe(400);
    expect(ended.body.details).toEqual([
      { field: 'reason', problems: ['youth_guarantee ended on 2022-03-01: use youth_commitment_contract'] },
    ]);
    const endedForCej = await app.http
      .post(`/pecule/enrolments/${turning25.id}/end`)
      .set(as(youth))
      .send({ version: turning25.version, endedOn: monthsFromNow(0), reason: 'youth_commitment_contract' });
    expect(endedForCej.status).toBe(200);
    await drained(app);
    expect((await reminders(turning25.id)).map((r) => r.status)).toEqual(['cancelled', 'cancelled']);

    const own = await factory.peculeProgramme(manager, { envelopeCents: 500_000 });
    await enrolled({ programme: own.id });
    const queue = new Queue('maintenance', { connection: { host: '127.0.0.1', port: 6379 }, prefix: app.queuePrefix });
    const outcomes: unknown[] = [];
    try {
      for (const run of [1, 2]) {
        const job = await queue.add('pecule.announce-due-payments', {}, { jobId: `announce-${run}` });
        await eventually(async () => ((await job.getState()) === 'completed' ? true : undefined));
        outcomes.push((await queue.getJob(job.id!))!.returnvalue);
      }
    } finally {
      await queue.close();
    }
    expect((outcomes[0] as { announced: number }).announced).toBeGreaterThan(0);
    expect(outcomes[1]).toEqual({ announced: 0 }); // once a month per programme
    const team = await eventually(async () => ((await reminders(own.id)).length > 0 ? reminders(own.id) : undefined));
    expect(team).toMatchObject([
      {
        rule_code: 'pecule_payments_to_validate',
        status: expect.stringMatching(/scheduled|delivered/),
        recipient_user_id: null,
        recipient_organisation_id: manager.organisationId,
      },
    ]);
  });

  it('withholds a restricted household’s age limit (the birth date plus the limit) from the sharing team and the managers (issue 20 §6)', async () => {
    const { householdId, personId } = await household({ birthDate: yearsAgo(20, 3) });
    const file = (await app.http.get(`/households/${householdId}`).set(as(outreach)).expect(200)).body as { version: number };
    await app.http.patch(`/households/${householdId}`).set(as(outreach)).send({ version: file.version, restricted: true }).expect(200);
    const response = await enrol(youth, { householdId, personId });
    expect(response.status).toBe(201);
    const id = (response.body as Enrolment).id;
    for (const reader of [youth, manager]) {
      const seen = (await app.http.get(`/pecule/enrolments/${id}`).set(as(reader)).expect(200)).body as Record<string, unknown>;
      expect(seen).toMatchObject({ youngPerson: null, ageLimitOn: null, ageLimitHidden: true });
      const listed = (await app.http.get('/pecule/enrolments').set(as(reader)).expect(200)).body as Array<Record<string, unknown>>;
      expect(listed.find((e) => e.id === id)).toMatchObject({ ageLimitOn: null, ageLimitHidden: true });
    }
    // Withheld from the answer, kept in the database (the schedule needs it).
    expect(await app.db.query('SELECT 1 FROM pecule_enrolment WHERE id = $1 AND age_limit_on IS NOT NULL', [id])).toHaveProperty(
      'rowCount',
      1,
    );
    // The payments list (transfers to named young people) is a traced read, with the ids it returned.
    const payments = (await app.http.get('/pecule/payments').query({ programmeId }).set(as(manager2)).expect(200)).body as Array<{
      id: string;
    }>;
    const { rows } = await app.db.query<{ details: { ids: string[] } }>(
      "SELECT details FROM audit_entry WHERE user_id = $1 AND resource_type = 'pecule_payment' AND action = 'read'",
      [manager2.id],
    );
    expect(rows.map((r) => r.details.ids)).toContainEqual(payments.map((p) => p.id));
  });

  it('lets each role do only its part', async () => {
    const enrolment = await enrolled();
    const payment = enrolment.payments[0];
    const expectStatus = async (user: TestUser | null, method: 'get' | 'post' | 'put', path: string, status: number, body?: object) => {
      let req = app.http[method](path);
      if (user) req = req.set(as(user));
      const response = await (body ? req.send(body) : req);
      expect({ path, status: response.status }).toEqual({ path, status });
    };
    await expectStatus(null, 'get', '/pecule/programmes', 401);
    await expectStatus(coordinator, 'get', `/pecule/programmes/${programmeId}`, 200);
    await expectStatus(coordinator, 'get', `/pecule/enrolments/${enrolment.id}`, 403);
    await expectStatus(outreach, 'get', `/pecule/enrolments`, 403);
    await expectStatus(youth, 'post', '/pecule/programmes', 403, {});
    await expectStatus(otherYouth, 'get', `/pecule/enrolments/${enrolment.id}`, 404);
    await expectStatus(youth, 'post', `/pecule/payments/${payment.id}/validate`, 403);
    await expectStatus(admin, 'post', `/pecule/payments/${payment.id}/validate`, 403);
    await expectStatus(foreignManager, 'get', `/pecule/programmes/${programmeId}`, 404);
    await expectStatus(foreignManager, 'get', `/pecule/enrolments/${enrolment.id}`, 404);
    await expectStatus(foreignManager, 'post', `/pecule/payments/${payment.id}/validate`, 404);
    await expectStatus(foreignManager, 'put', `/pecule/programmes/${programmeId}/treasury-exports/${thisMonth}`, 404);
    await expectStatus(manager, 'post', `/pecule/payments/not-a-uuid/validate`, 400);
    const mine = (await app.http.get('/pecule/enrolments').set(as(youth))).body as Enrolment[];
    expect(mine.map((e) => e.id)).toContain(enrolment.id);
    const theirs = (await app.http.get('/pecule/enrolments').set(as(otherYouth))).body as Enrolment[];
    expect(theirs).toEqual([]);
    // Youth workers may correct bank details but never read them back.
    const updated = await app.http
      .put(`/pecule/enrolments/${enrolment.id}/bank-details`)
      .set(as(youth))
      .send({ version: enrolment.version, iban: 'DE89 3704 0044 0532 0130 00', holderName: 'Léa Martin' });
    expect(updated.status).toBe(200);
    expect(updated.body.bankDetails).toBeNull();
    expect((await getEnrolment(enrolment.id)).bankDetails?.iban).toBe('DE89370400440532013000');
    expect(await count(`SELECT count(*) AS n FROM pecule_payment WHERE id = $1 AND status = 'planned'`, [payment.id])).toBe(1);
  });

  describe('bank details at rest', () => {
    const storedIban = async (enrolmentId: string) =>
      (await app.db.query<{ iban: string }>(`SELECT iban FROM pecule_bank_details WHERE enrolment_id = $1`, [enrolmentId])).rows[0].iban;
    let a: Enrolment;
    let b: Enrolment;
    /** Runs a command of dist/apps/api/src/cli on this test's database; its output. */
    const cli = (command: string, env: Record<string, string>) =>
      execFileSync(process.execPath, [join(__dirname, '..', '..', 'dist/apps/api/src/cli', command)], {
        env: { ...process.env, DATABASE_URL: databaseUrl(app.databaseName), NODE_ENV: 'test', ...env },
        encoding: 'utf8',
      });

    beforeAll(async () => {
      a = await enrolled();
      b = await enrolled();
    });

    it('are sealed in the database, bound to their enrolment', async () => {
      for (const enrolment of [a, b]) {
        expect(await storedIban(enrolment.id)).toMatch(/^k[0-9a-f]{8}\./);
        expect(await storedIban(enrolment.id)).not.toContain('FR76');
        expect((await getEnrolment(enrolment.id)).bankDetails?.iban).toBe('FR7630006000011234567890189');
      }
      // Another enrolment's sealed IBAN copied onto this one does not open: no silent swap of accounts.
      const own = await storedIban(a.id);
      await app.db.query(`UPDATE pecule_bank_details SET iban = $2 WHERE enrolment_id = $1`, [a.id, await storedIban(b.id)]);
      const swapped = await app.http.get(`/pecule/enrolments/${a.id}`).set(as(manager));
      expect(swapped.status).toBe(500); // a server-side fault, not the caller's: logged, no detail in the answer
      expect(swapped.body).toMatchObject({ code: 'INTERNAL_ERROR', details: null });
      await app.db.query(`UPDATE pecule_bank_details SET iban = $2 WHERE enrolment_id = $1`, [a.id, own]);
      expect((await getEnrolment(a.id)).bankDetails?.iban).toBe('FR7630006000011234567890189');
    });

    it('written in clear before sealing are sealed by the migration, and read back the same', async () => {
      await app.db.query(`UPDATE pecule_bank_details SET iban = 'FR7630006000011234567890189' WHERE enrolment_id = $1`, [b.id]);
      await app.db.query(`DELETE FROM migrations WHERE name = 'SealBankDetails1795460000000'`);
      cli('migrate.js', { DATA_ENCRYPTION_KEY: DATA_KEY });
      expect(await storedIban(b.id)).toMatch(/^k[0-9a-f]{8}\./);
      expect((await getEnrolment(b.id)).bankDetails?.iban).toBe('FR7630006000011234567890189');
      expect((await getEnrolment(a.id)).bankDetails?.iban).toBe('FR7630006000011234567890189'); // sealed ones left alone
    });

    it('move to a new key: the old one opens them until they are re-sealed, then only the new one does', async () => {
      const newKey = randomBytes(32).toString('base64');
      const before = [await storedIban(a.id), await storedIban(b.id)];
      const output = cli('reseal-data.js', { DATA_ENCRYPTION_KEY: newKey, DATA_ENCRYPTION_OLD_KEYS: DATA_KEY });
      expect(output).toMatch(/^[1-9]\d* values re-sealed/m); // both IBANs and the stored treasury files
      const after = [await storedIban(a.id), await storedIban(b.id)];
      expect(after[0].slice(0, 10)).not.toBe(before[0].slice(0, 10)); // another key id
      expect(after[0].slice(0, 10)).toBe(after[1].slice(0, 10));
      expect(cli('reseal-data.js', { DATA_ENCRYPTION_KEY: newKey, DATA_ENCRYPTION_OLD_KEYS: DATA_KEY })).toMatch(/^0 values re-sealed/m);
      // The running API still has the old key only: it can no longer open them.
      expect((await app.http.get(`/pecule/enrolments/${a.id}`).set(as(manager))).status).toBe(500);
      const rotated = await startTestApp('pecule-rotated', { databaseName: app.databaseName, env: { DATA_ENCRYPTION_KEY: newKey } });
      try {
        const read = await rotated.http.get(`/pecule/enrolments/${a.id}`).set(as(manager)).expect(200);
        expect(read.body.bankDetails.iban).toBe('FR7630006000011234567890189');
      } finally {
        await rotated.stop();
      }
    });
  });
});
