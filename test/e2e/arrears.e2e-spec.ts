import { addDays, addMonths } from '@app/core';
import { startTestApp, TestApp } from '../support/app';
import { drained } from '../support/drain';
import { eventually } from '../support/eventually';
import { Factory, TestUser } from '../support/factory';

/** Civil dates relative to today in Paris (where the app decides what "today" is). */
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
  new Date(),
);
const daysAgo = (n: number) => addDays(today, -n);
/** The first day out of the winter truce (1 November – 31 March) on or after a date. */
const afterTruce = (date: string) => {
  const day = date.slice(5);
  const year = Number(date.slice(0, 4));
  return day >= '11-01' ? `${year + 1}-04-01` : day <= '03-31' ? `${year}-04-01` : date;
};
const frenchDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

interface Deadline {
  code: string;
  dueOn: string;
}
interface FileDetail {
  id: string;
  reference: string;
  status: string;
  version: number;
  stage: string | null;
  currentDebtCents: number | null;
  nextContactDueOn: string;
  outcome: string | null;
  householdId: string | null;
  landlord: { id: string; kind: string; name: string };
  contacts: Array<{ party: string; reached: boolean }>;
  debts: Array<{ observedOn: string; amountCents: number; rentRatio: number }>;
  solutions: Array<{
    id: string;
    kind: string;
    status: string;
    version: number;
    amountCents: number | null;
    nextStatuses: string[];
    schedule: Array<{ dueOn: string }> | null;
  }>;
  procedure: {
    stage: string | null;
    allowedStages: string[];
    deadlines: Deadline[];
    nextLegalDeadline: Deadline | null;
    stages: Array<{ stage: string; irregularities: string[]; paymentDelaysEndOn: string | null }>;
    earliestEviction: { suspended: boolean; dueOn: string | null } | null;
  };
}

describe('arrears (ADIL early eviction prevention)', () => {
  let app: TestApp;
  let factory: Factory;
  let advisor: TestUser;
  let colleague: TestUser;
  let otherAdil: TestUser;
  let siao: TestUser;
  let coordinator: TestUser;
  let admin: TestUser;

  beforeAll(async () => {
    app = await startTestApp('arrears', { env: { OUTBOX_POLL_MS: '100' } });
    factory = new Factory(app);
    const territory = await factory.territory();
    const adil = await factory.organisation(territory, 'adil');
    advisor = await factory.user(adil, ['arrears_advisor']);
    colleague = await factory.user(adil, ['arrears_advisor']);
    otherAdil = await factory.user(await factory.organisation(territory, 'adil'), ['arrears_advisor']);
    siao = await factory.user(await factory.organisation(territory, 'siao'), ['siao_worker']);
    const territoryOrg = await factory.organisation(territory, 'coordination');
    coordinator = await factory.user(territoryOrg, ['coordinator']);
    admin = await factory.user(territoryOrg, ['admin']);
  });
  afterAll(async () => {
    await app?.stop();
  });

  const as = (user: TestUser) => ({ authorization: `Bearer ${user.token}` });

  async function openFile(body: Record<string, unknown> = {}): Promise<FileDetail> {
    const response = await app.http
      .post('/arrears/files')
      .set(as(advisor))
      .send({
        tenantLastName: 'Martin',
        tenantFirstName: 'Claire',
        tenantPhone: '06 12 34 56 78',
        householdSize: 3,
        commune: '73065',
        rentCents: 62_000,
        chargesCents: 4_000,
        housingBenefitPayer: 'caf',
        housingBenefitCents: 21_000,
        housingBenefitStatus: 'maintained',
        alertSource: 'landlord',
        openedOn: daysAgo(120),
        landlord: { kind: 'individual', name: `M. Roux ${Math.random()}`, phone: '04 79 00 00 00' },
        debt: { observedOn: daysAgo(120), amountCents: 132_000, monthsUnpaid: 2 },
        ...body,
      });
    expect(response.status).toBe(201);
    return response.body as FileDetail;
  }

  const post = (user: TestUser, path: string, body: object) => app.http.post(path).set(as(user)).send(body);
  const outboxTypes = async (fileId: string) =>
    (await app.db.query<{ type: string }>(`SELECT type FROM outbox_event WHERE aggregate_id = $1 ORDER BY id`, [fileId])).rows.map(
      (r) => r.type,
    );
  const reminders = async (fileId: string) =>
    (
      await app.db.query<{ rule_code: string; status: string; recipient_user_id: string; subject_type: string; message: string }>(
        `SELECT rule_code, status, recipient_user_id, subject_type, message FROM reminder WHERE subject_id = $1 ORDER BY created_at, rule_code`,
        [fileId],
      )
    ).rows;

  /** The date a file's scheduled reminder of that rule is anchored to, in Paris. */
  const anchorOf = async (fileId: string, rule: string) =>
    (
      await app.db.query<{ anchor: string }>(
        `SELECT to_char(anchor_at AT TIME ZONE 'Europe/Paris', 'YYYY-MM-DD') AS anchor FROM reminder
          WHERE subject_id = $1 AND rule_code = $2 AND status = 'scheduled'`,
        [fileId, rule],
      )
    ).rows[0]?.anchor;

  it('follows a landlord’s alert through contacts, debts, an FSL grant and a repayment plan to “debt cleared”', async () => {
    const file = await openFile();
    expect(file).toMatchObject({
      reference: expect.stringMatching(/^A-\d{6}$/),
      status: 'open',
      currentDebtCents: 132_000,
      nextContactDueOn: addDays(daysAgo(120), 30),
      debts: [{ amountCents: 132_000, rentRatio: 2 }],
      procedure: { stage: null, nextLegalDeadline: null },
    });

    await post(advisor, `/arrears/files/${file.id}/contacts`, {
      contactedOn: daysAgo(110),
      party: 'tenant',
      channel: 'phone',
      reached: false,
    }).expect(201);
    const current = (
      await post(advisor, `/arrears/files/${file.id}/contacts`, {
        contactedOn: daysAgo(100),
        party: 'landlord',
        channel: 'letter',
        reached: true,
        outcome: 'Le bailleur accepte d’attendre la décision du FSL',
        nextContactOn: addDays(today, 10),
      }).expect(201)
    ).body as FileDetail;
    expect(current.contacts.map((c) => [c.party, c.reached])).toEqual([
      ['landlord', true],
      ['tenant', false],
    ]);
    expect(current.nextContactDueOn).toBe(addDays(today, 10));

    await post(advisor, `/arrears/files/${file.id}/debts`, { observedOn: daysAgo(90), amountCents: 198_000, monthsUnpaid: 3 }).expect(201);
    const fsl = (
      await post(advisor, `/arrears/files/${file.id}/solutions`, { kind: 'fsl', startedOn: daysAgo(85), amountCents: 120_000 }).expect(201)
    ).body as FileDetail;
    const fslId = fsl.solutions[0].id;
    expect(fsl.solutions[0]).toMatchObject({ kind: 'fsl', status: 'filed', nextStatuses: ['granted', 'refused'] });
    // Granted needs the amount granted.
    const noAmount = await app.http
      .patch(`/arrears/files/${file.id}/solutions/${fslId}`)
      .set(as(advisor))
      .send({ version: 1, status: 'granted' });
    expect(noAmount.status).toBe(400);
    expect(noAmount.body.details).toEqual([{ field: 'amountCents', problems: ['the amount granted is required'] }]);
    const granted = await app.http
      .patch(`/arrears/files/${file.id}/solutions/${fslId}`)
      .set(as(advisor))
      .send({ version: 1, status: 'granted', amountCents: 110_000 });
    expect(granted.status).toBe(200);
    expect(granted.body.solutions[0]).toMatchObject({ status: 'granted', amountCents: 110_000, nextStatuses: [] });
    // A granted FSL is final.
    const again = await app.http
      .patch(`/arrears/files/${file.id}/solutions/${fslId}`)
      .set(as(advisor))
      .send({ version: 2, status: 'refused' });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'ILLEGAL_TRANSITION', details: { allowed: [] } });

    await post(advisor, `/arrears/files/${file.id}/debts`, { observedOn: daysAgo(60), amountCents: 88_000, monthsUnpaid: 1 }).expect(201);
    const plan = (
      await post(advisor, `/arrears/files/${file.id}/solutions`, {
        kind: 'repayment_plan',
        startedOn: daysAgo(60),
        monthlyCents: 22_000,
        durationMonths: 4,
        firstDueOn: daysAgo(55),
      }).expect(201)
    ).body as FileDetail;
    const planView = plan.solutions.find((s) => s.kind === 'repayment_plan')!;
    expect(planView.schedule?.map((i) => i.dueOn)).toEqual([0, 1, 2, 3].map((m) => addMonths(daysAgo(55), m)));
    await app.http
      .patch(`/arrears/files/${file.id}/solutions/${planView.id}`)
      .set(as(advisor))
      .send({ version: 1, status: 'kept' })
      .expect(200);
    await app.http
      .patch(`/arrears/files/${file.id}/solutions/${planView.id}`)
      .set(as(advisor))
      .send({ version: 2, status: 'completed' })
      .expect(200);
    const cleared = (
      await post(advisor, `/arrears/files/${file.id}/debts`, { observedOn: daysAgo(1), amountCents: 0, monthsUnpaid: 0 }).expect(201)
    ).body as FileDetail;
    expect(cleared.currentDebtCents).toBe(0);
    expect(cleared.debts.map((d) => d.amountCents)).toEqual([132_000, 198_000, 88_000, 0]);
    expect(cleared.debts[1].rentRatio).toBe(3);

    const closed = await post(advisor, `/arrears/files/${file.id}/close`, {
      version: cleared.version,
      outcome: 'debt_cleared',
      closedOn: today,
    });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ status: 'closed', outcome: 'debt_cleared', procedure: { allowedStages: [] } });
    const afterClose = await post(advisor, `/arrears/files/${file.id}/contacts`, {
      contactedOn: today,
      party: 'tenant',
      channel: 'phone',
      reached: true,
    });
    expect(afterClose.status).toBe(409);

    expect(await outboxTypes(file.id)).toEqual([
      'arrears.opened',
      'arrears.debt.recorded',
      'arrears.contact.recorded',
      'arrears.contact.recorded',
      'arrears.debt.recorded',
      'arrears.solution.updated',
      'arrears.solution.updated',
      'arrears.debt.recorded',
      'arrears.solution.updated',
      'arrears.solution.updated',
      'arrears.solution.updated',
      'arrears.debt.recorded',
      'arrears.closed',
    ]);
    const payloads = (await app.db.query<{ payload: object }>(`SELECT payload FROM outbox_event WHERE aggregate_id = $1`, [file.id])).rows;
    expect(JSON.stringify(payloads)).not.toMatch(/Martin|Claire|06 12|Roux/);

    // Contact reminders, to the advisor: one at the opening and one per contact. Those already due were delivered at once
    // (or cancelled by the next contact if it came first); the last one, due in 10 days, was cancelled by the closing.
    const rows = await eventually(async () => {
      const all = await reminders(file.id);
      return all.length === 3 && all.every((r) => r.status !== 'scheduled') ? all : undefined;
    });
    expect(rows.map((r) => r.rule_code)).toEqual(['arrears_first_contact', 'arrears_next_contact', 'arrears_next_contact']);
    expect(rows.slice(0, 2).every((r) => ['delivered', 'cancelled'].includes(r.status))).toBe(true);
    expect(rows[2].status).toBe('cancelled');
    expect(rows.every((r) => r.recipient_user_id === advisor.id && r.subject_type === 'arrears_file')).toBe(true);
    expect(rows[0].message).toContain(file.reference);
  });

  it('records a procedure up to the judgment, with its legal deadlines, and a rehousing request that opens a pathway household', async () => {
    const file = await openFile({ landlord: { kind: 'company', name: 'Foncière du Lac', commune: '73065' }, openedOn: daysAgo(200) });
    const stage = (body: object) => post(advisor, `/arrears/files/${file.id}/stages`, body);

    const notice = (await stage({ stage: 'formal_notice', occurredOn: daysAgo(150) }).expect(201)).body as FileDetail;
    expect(notice.procedure.deadlines).toEqual([
      expect.objectContaining({
        code: 'termination_clause_effective',
        dueOn: addDays(daysAgo(150), 42),
        delay: expect.objectContaining({ weeks: 6 }),
      }),
    ]);
    // A judgment cannot follow a formal notice: 409 with what is allowed.
    const illegal = await stage({ stage: 'judgment', occurredOn: daysAgo(140), leaseTerminated: true });
    expect(illegal.status).toBe(409);
    expect(illegal.body).toMatchObject({
      code: 'ILLEGAL_TRANSITION',
      details: { allowed: ['caf_msa_report', 'ccapex_referral', 'court_summons'] },
    });
    // Dates out of order between stages.
    const early = await stage({ stage: 'court_summons', occurredOn: daysAgo(160), hearingOn: daysAgo(40) });
    expect(early.status).toBe(400);
    expect(early.body.details).toEqual([{ field: 'occurredOn', problems: [`must not be before the formal_notice of ${daysAgo(150)}`] }]);

    // A company landlord summons without referring to the CCAPEX first: recorded, and flagged.
    const summons = (await stage({ stage: 'court_summons', occurredOn: daysAgo(100), hearingOn: daysAgo(40) }).expect(201))
      .body as FileDetail;
    expect(summons.procedure.stages[1].irregularities).toEqual(['no_ccapex_referral']);
    expect(summons.procedure.deadlines.map((d) => [d.code, d.dueOn])).toEqual([
      ['prefect_notification', addDays(daysAgo(40), -42)],
      ['hearing', daysAgo(40)],
    ]);
    await stage({ stage: 'hearing', occurredOn: daysAgo(40) }).expect(201);
    const judgment = (
      await stage({ stage: 'judgment', occurredOn: daysAgo(20), leaseTerminated: true, paymentDelayMonths: 24 }).expect(201)
    ).body as FileDetail;
    const delaysEnd = addMonths(daysAgo(20), 24);
    expect(judgment.procedure).toMatchObject({
      stage: 'judgment',
      allowedStages: ['notice_to_quit'],
      nextLegalDeadline: { code: 'payment_delays_end', dueOn: delaysEnd },
    });
    await drained(app);
    const delaysReminder = (await reminders(file.id)).find((r) => r.rule_code === 'arrears_payment_delays_end_in_30_days');
    expect(delaysReminder?.status).toBe('scheduled');

    // The payment delays were granted: no notice to quit until an instalment is missed (art. 24 VII).
    const noMissedInstalment = await stage({ stage: 'notice_to_quit', occurredOn: daysAgo(3) });
    expect(noMissedInstalment.status).toBe(409);
    expect(noMissedInstalment.body).toMatchObject({ code: 'MISSED_INSTALMENT_REQUIRED', message: expect.stringContaining('art. 24 VII') });
    await post(advisor, `/arrears/files/${file.id}/procedure-facts`, { kind: 'missed_instalment', occurredOn: daysAgo(5) }).expect(201);
    // The notice to quit: the 2 months after it wait for the prefect to be informed (CPCE L412-5), and its reminder then
    // replaces the payment delays' one. The earliest eviction skips the winter truce.
    const quit = (await stage({ stage: 'notice_to_quit', occurredOn: daysAgo(2) }).expect(201)).body as FileDetail;
    expect(quit.procedure.deadlines.map((d) => d.code)).not.toContain('earliest_eviction');
    expect(quit.procedure.earliestEviction).toMatchObject({ suspended: true, dueOn: null });
    const informed = (
      await post(advisor, `/arrears/files/${file.id}/procedure-facts`, { kind: 'prefect_informed', occurredOn: daysAgo(1) }).expect(201)
    ).body as FileDetail;
    const earliest = afterTruce(addMonths(daysAgo(1), 2));
    expect(informed.procedure.nextLegalDeadline).toMatchObject({ code: 'earliest_eviction', dueOn: earliest });
    await drained(app);
    const after = await reminders(file.id);
    expect(after.find((r) => r.rule_code === 'arrears_payment_delays_end_in_30_days')?.status).toBe('cancelled');
    expect(await anchorOf(file.id, 'arrears_earliest_eviction_known_in_14_days')).toBe(earliest);
    // The enforcement judge grants 6 months: the date and its reminder move.
    const granted = (
      await post(advisor, `/arrears/files/${file.id}/procedure-facts`, {
        kind: 'enforcement_delay_granted',
        occurredOn: today,
        months: 6,
      }).expect(201)
    ).body as FileDetail;
    const later = afterTruce(addMonths(today, 6));
    expect(granted.procedure.nextLegalDeadline).toMatchObject({ code: 'earliest_eviction', dueOn: later });
    await drained(app);
    expect(await anchorOf(file.id, 'arrears_earliest_eviction_known_in_14_days')).toBe(later);

    // Rehousing request: needs the SIAO to share with, opens a household with the tenant's name only.
    const siaoOrg = siao.organisationId;
    const consent = daysAgo(5);
    const requested = await post(advisor, `/arrears/files/${file.id}/rehousing-request`, {
      consentDate: consent,
      siaoOrganisationId: siaoOrg,
    });
    expect(requested.status).toBe(201);
    const householdId = (requested.body as FileDetail).householdId!;
    expect((requested.body as FileDetail).solutions.find((s) => s.kind === 'rehousing_request')).toMatchObject({ status: 'requested' });
    const household = await app.http.get(`/households/${householdId}`).set(as(siao));
    expect(household.status).toBe(200);
    expect(household.body).toMatchObject({
      entryChannel: 'eviction_prevention',
      livingSituation: 'own_housing_at_risk',
      consentDate: consent,
      commune: '73065',
      status: 'file_open',
    });
    expect(household.body.persons).toEqual([expect.objectContaining({ firstName: 'Claire', lastName: 'Martin', role: 'reference' })]);
    expect(JSON.stringify(household.body)).not.toMatch(/06 12|Foncière|132000/);
    const twice = await post(advisor, `/arrears/files/${file.id}/rehousing-request`, { consentDate: consent, siaoOrganisationId: siaoOrg });
    expect(twice.status).toBe(409);
  });

  it('refuses a notice to quit when the judgment kept the lease; records an eviction during the winter truce, flagged', async () => {
    const kept = await openFile({ openedOn: daysAgo(30) });
    await post(advisor, `/arrears/files/${kept.id}/stages`, { stage: 'judgment', occurredOn: daysAgo(20), leaseTerminated: false }).expect(
      201,
    );
    const notice = await post(advisor, `/arrears/files/${kept.id}/stages`, { stage: 'notice_to_quit', occurredOn: daysAgo(10) });
    expect(notice.status).toBe(409);
    expect(notice.body.message).toContain('did not terminate the lease');

    const evicted = await openFile({ openedOn: '2025-09-01' });
    await post(advisor, `/arrears/files/${evicted.id}/stages`, { stage: 'notice_to_quit', occurredOn: '2025-09-10' }).expect(201);
    // Closing as evicted needs the eviction recorded.
    const closing = await post(advisor, `/arrears/files/${evicted.id}/close`, {
      version: evicted.version,
      outcome: 'evicted',
      closedOn: today,
    });
    expect(closing.status).toBe(400);
    expect(closing.body.details[0].field).toBe('outcome');
    const inTruce = (
      await post(advisor, `/arrears/files/${evicted.id}/stages`, { stage: 'eviction_carried_out', occurredOn: '2026-01-15' }).expect(201)
    ).body as FileDetail;
    // Nor was the prefect informed of the notice to quit: its 2 months never started.
    expect(inTruce.procedure.stages[1]).toMatchObject({
      stage: 'eviction_carried_out',
      irregularities: ['during_winter_truce', 'prefect_not_informed'],
    });
  });

  it('imports an alert list: good, bad and duplicate rows; the same file twice creates nothing', async () => {
    const already = await openFile({ tenantLastName: 'Benali', tenantFirstName: 'Karim', commune: '73179' });
    const csv = [
      'Nom;Prénom;Téléphone;Commune;Personnes;Loyer;Charges;Bailleur;Type bailleur;Dette;Mois impayés;Date situation',
      `Lefèvre;Hélène;06 00 00 00 01;Chambéry;2;620,50;40;SCI Les Tilleuls;société;1 860,00;3;${frenchDate(daysAgo(3))}`,
      `Durand;Paul;;Aix-les-Bains;1;480;;M. Perrin;particulier;960;2;${frenchDate(daysAgo(3))}`,
      `BENALI;Karim;;La Motte-Servolex;4;700;;Mme Blanc;;2100;3;${frenchDate(daysAgo(3))}`,
      `Lefevre;Helene;;chambery;2;620,50;40;SCI Les Tilleuls;société;1860;3;${frenchDate(daysAgo(3))}`,
      `Morel;;;Chambéry;x;-480;;;château;beaucoup;2;31/02/2026`,
      `Petit;Anne;;Cognin;1;550;;SCI Les Tilleuls;société;550;1;${frenchDate(addDays(today, 3))}`,
    ].join('\r\n');
    const upload = () =>
      app.http.post('/arrears/imports?source=caf').set(as(advisor)).set('content-type', 'text/csv').send(Buffer.from(csv, 'latin1'));

    const first = await upload();
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ encoding: 'windows-1252', delimiter: ';', rowCount: 6 });
    expect(first.body.accepted.map((a: { line: number }) => a.line)).toEqual([2, 3]);
    expect(first.body.duplicates).toEqual([
      { line: 4, reference: already.reference, reason: 'tenant already followed in an open file' },
      { line: 5, reference: '', reason: 'same tenant as line 2' },
    ]);
    expect(first.body.rejected.map((r: { line: number }) => r.line)).toEqual([6, 7]);
    expect(first.body.rejected[0].problems.map((p: { field: string }) => p.field).sort()).toEqual(
      ['bailleur', 'date_situation', 'dette', 'loyer', 'personnes', 'type_bailleur'].sort(),
    );
    expect(first.body.rejected[1].problems).toEqual([{ field: 'date_situation', problems: ['must not be in the future'] }]);

    const imported = (await app.http.get(`/arrears/files/${first.body.accepted[0].fileId}`).set(as(advisor)).expect(200))
      .body as FileDetail;
    expect(imported).toMatchObject({
      tenantLastName: 'Lefèvre',
      tenantFirstName: 'Hélène',
      rentCents: 62_050,
      chargesCents: 4_000,
      alertSource: 'caf',
      currentDebtCents: 186_000,
      landlord: { name: 'SCI Les Tilleuls', kind: 'company' },
    });
    // One landlord record for its two tenants of the list.
    const landlords = (await app.http.get('/arrears/landlords?q=tilleuls').set(as(advisor)).expect(200)).body as Array<{ id: string }>;
    expect(landlords).toHaveLength(1);

    const count = async () => Number((await app.db.query(`SELECT count(*) FROM arrears_file`)).rows[0].count);
    const before = await count();
    const second = await upload();
    expect(second.status).toBe(200);
    expect(second.body).toEqual(first.body);
    expect(await count()).toBe(before);

    const wrongHeader = await app.http
      .post('/arrears/imports')
      .set(as(advisor))
      .set('content-type', 'text/csv')
      .send(Buffer.from('nom;ville;montant\nA;B;1\n'));
    expect(wrongHeader.status).toBe(400);
    expect(wrongHeader.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'header' }] });
    expect(wrongHeader.body.details[0].problems[0]).toContain('missing columns: loyer, bailleur, dette, date_situation');
    const json = await post(advisor, '/arrears/imports', { nom: 'A' });
    expect(json.status).toBe(400);
  });

  it('holds back a file’s reminders until the end of a suspension asked by its advisors', async () => {
    const file = await openFile();
    await post(advisor, `/arrears/files/${file.id}/contacts`, {
      contactedOn: today,
      party: 'tenant',
      channel: 'phone',
      reached: true,
      nextContactOn: addDays(today, 5),
    }).expect(201);
    await drained(app);
    expect((await reminders(file.id)).find((r) => r.rule_code === 'arrears_next_contact' && r.status === 'scheduled')).toBeDefined();
    const until = new Date(Date.now() + 20 * 86_400_000).toISOString();
    const suspend = (user: TestUser) => app.http.put(`/arrears/files/${file.id}/reminder-suspension`).set(as(user)).send({ until });
    expect((await suspend(otherAdil)).status).toBe(404);
    expect((await suspend(siao)).status).toBe(403);
    expect((await suspend(admin)).status).toBe(403); // admins read files; advisors follow them
    expect((await suspend(colleague).expect(200)).body).toEqual({ fileId: file.id, until, postponed: 1 });
    const { rows } = await app.db.query<{ due_at: Date }>(
      `SELECT due_at FROM reminder WHERE subject_id = $1 AND rule_code = 'arrears_next_contact' AND status = 'scheduled'`,
      [file.id],
    );
    expect(rows.map((r) => r.due_at.toISOString())).toEqual([until]);
  });

  it('shows files to their organisation’s advisors and to admins only', async () => {
    const file = await openFile();
    await app.http.get(`/arrears/files/${file.id}`).set(as(colleague)).expect(200);
    await app.http.get(`/arrears/files/${file.id}`).set(as(admin)).expect(200);
    expect((await app.http.get(`/arrears/files/${file.id}`).set(as(siao))).status).toBe(403);
    expect((await app.http.get('/arrears/files').set(as(coordinator))).status).toBe(403);
    const foreign = await app.http.get(`/arrears/files/${file.id}`).set(as(otherAdil));
    expect(foreign.status).toBe(404);
    const foreignList = (await app.http.get('/arrears/files').set(as(otherAdil)).expect(200)).body as { items: unknown[] };
    expect(foreignList.items).toEqual([]);
    expect(
      (
        await post(otherAdil, `/arrears/files/${file.id}/contacts`, {
          contactedOn: today,
          party: 'tenant',
          channel: 'phone',
          reached: true,
        })
      ).status,
    ).toBe(404);
    expect((await app.http.get(`/arrears/landlords/${file.landlord.id}`).set(as(otherAdil))).status).toBe(404);
    expect((await app.http.get(`/arrears/files`).set(as(advisor)).expect(200)).body.items.length).toBeGreaterThan(0);
    const audited = await app.db.query(`SELECT 1 FROM audit_entry WHERE resource_id = $1 AND action = 'read' AND user_id = $2`, [
      file.id,
      colleague.id,
    ]);
    expect(audited.rowCount).toBe(1);
  });

  it('answers bad input with 4xx naming the fields, and writes nothing', async () => {
    const file = await openFile();
    const landlordsBefore = Number((await app.db.query(`SELECT count(*) FROM arrears_landlord`)).rows[0].count);
    const cases: Array<[string, object, string]> = [
      [
        '/arrears/files',
        { tenantLastName: 'X', commune: '73065', rentCents: -5, alertSource: 'landlord', landlordId: file.landlord.id },
        'rentCents',
      ],
      [
        '/arrears/files',
        {
          tenantLastName: 'X',
          commune: '73065',
          rentCents: 50_000,
          alertSource: 'landlord',
          landlordId: '00000000-0000-4000-8000-000000000000',
        },
        'landlordId',
      ],
      [`/arrears/files/${file.id}/debts`, { observedOn: today, amountCents: 9_000_000_000 }, 'amountCents'],
      [`/arrears/files/${file.id}/debts`, { observedOn: today, amountCents: -1 }, 'amountCents'],
      [`/arrears/files/${file.id}/debts`, { observedOn: addDays(today, 2), amountCents: 100 }, 'observedOn'],
      [
        `/arrears/files/${file.id}/solutions`,
        { kind: 'repayment_plan', startedOn: today, monthlyCents: 100, durationMonths: 48, firstDueOn: today },
        'durationMonths',
      ],
      [`/arrears/files/${file.id}/solutions`, { kind: 'mediation', startedOn: today, durationMonths: 3 }, 'durationMonths'],
      [`/arrears/files/${file.id}/stages`, { stage: 'court_summons', occurredOn: daysAgo(3) }, 'hearingOn'],
      [
        `/arrears/files/${file.id}/stages`,
        { stage: 'judgment', occurredOn: daysAgo(3), leaseTerminated: true, paymentDelayMonths: 48 },
        'paymentDelayMonths',
      ],
      [`/arrears/files/${file.id}/contacts`, { contactedOn: 'yesterday', party: 'tenant', channel: 'pigeon', reached: true }, 'channel'],
    ];
    for (const [path, body, field] of cases) {
      const response = await post(advisor, path, body);
      expect({ path, status: response.status, code: response.body.code }).toEqual({ path, status: 400, code: 'VALIDATION_FAILED' });
      expect(response.body.details.map((d: { field: string }) => d.field)).toContain(field);
    }
    // An inline landlord with a bad advisor: nothing written, not even the landlord.
    const halfway = await post(advisor, '/arrears/files', {
      tenantLastName: 'X',
      commune: '73065',
      rentCents: 50_000,
      alertSource: 'tenant',
      advisorUserId: siao.id,
      landlord: { kind: 'individual', name: 'Nouveau bailleur' },
    });
    expect(halfway.status).toBe(400);
    expect(Number((await app.db.query(`SELECT count(*) FROM arrears_landlord`)).rows[0].count)).toBe(landlordsBefore);
    const unchanged = (await app.http.get(`/arrears/files/${file.id}`).set(as(advisor)).expect(200)).body as FileDetail;
    expect(unchanged.debts).toHaveLength(1);
    expect(unchanged.solutions).toHaveLength(0);
    expect(unchanged.procedure.stages).toHaveLength(0);

    // Concurrent edits: the second writer with the same version is told, not silently overwritten.
    await app.http.patch(`/arrears/files/${file.id}`).set(as(advisor)).send({ version: file.version, rentCents: 64_000 }).expect(200);
    const stale = await app.http.patch(`/arrears/files/${file.id}`).set(as(colleague)).send({ version: file.version, rentCents: 1_000 });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('STALE_VERSION');

    // A procedure stage moves the file's version: a stage recorded from a version read before is refused, and not written.
    const current = (await app.http.get(`/arrears/files/${file.id}`).set(as(advisor)).expect(200)).body as FileDetail;
    const notice = await post(advisor, `/arrears/files/${file.id}/stages`, {
      version: current.version,
      stage: 'formal_notice',
      occurredOn: today,
    });
    expect(notice.status).toBe(201);
    expect(notice.body.version).toBe(current.version + 1);
    const staleStage = await post(colleague, `/arrears/files/${file.id}/stages`, {
      version: current.version,
      stage: 'ccapex_referral',
      occurredOn: today,
    });
    expect(staleStage.status).toBe(409);
    expect(staleStage.body).toMatchObject({ code: 'STALE_VERSION', details: { currentVersion: current.version + 1 } });
    const after = (await app.http.get(`/arrears/files/${file.id}`).set(as(advisor)).expect(200)).body as FileDetail;
    expect(after.procedure.stages.map((s) => s.stage)).toEqual(['formal_notice']);
  });
});
