import { addDays, addMonths } from '@app/core';
import { startTestApp, TestApp } from '../support/app';
import { eventually } from '../support/eventually';
import { Factory, TestUser } from '../support/factory';

/** Civil dates relative to today in Paris (where the app decides what "today" is). */
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
  new Date(),
);
const daysAgo = (n: number) => addDays(today, -n);

interface Deadline {
  code: string;
  dueOn: string;
  delay: { months?: number; weeks?: number };
  undetermined?: { reason: string; note: string; candidates: Array<{ dueOn: string }> };
}
interface FileDetail {
  id: string;
  version: number;
  leaseSignedOn: string | null;
  procedure: {
    deadlines: Deadline[];
    stages: Array<{ stage: string; irregularities: string[]; truceException: string | null }>;
    facts: Array<{ kind: string; occurredOn: string; months: number | null; days: number | null }>;
    earliestEviction: {
      suspended: boolean;
      runsFrom: string | null;
      reducedByJudgeOn: string | null;
      enforcementDelayUntil: string | null;
      dueOn: string | null;
      postponedFrom?: string;
    } | null;
    ccapexReportThresholds: { reached: boolean; since: string | null; monthsUnpaid: number; debtToRentWithoutCharges: number } | null;
  };
}

/** Issue 18 §1: the eviction procedure as the law stands, through HTTP. */
describe('arrears: the eviction procedure as the law stands', () => {
  let app: TestApp;
  let advisor: TestUser;
  let otherAdil: TestUser;

  beforeAll(async () => {
    app = await startTestApp('arrears-law', { env: { OUTBOX_POLL_MS: '100' } });
    const factory = new Factory(app);
    const territory = await factory.territory();
    advisor = await factory.user(await factory.organisation(territory, 'adil'), ['arrears_advisor']);
    otherAdil = await factory.user(await factory.organisation(territory, 'adil'), ['arrears_advisor']);
  });
  afterAll(async () => {
    await app?.stop();
  });

  const post = (path: string, body: object) =>
    app.http
      .post(path)
      .set({ authorization: `Bearer ${advisor.token}` })
      .send(body);
  const patch = (path: string, body: object) =>
    app.http
      .patch(path)
      .set({ authorization: `Bearer ${advisor.token}` })
      .send(body);

  async function openFile(body: Record<string, unknown> = {}): Promise<FileDetail> {
    const response = await post('/arrears/files', {
      tenantLastName: 'Garnier',
      tenantFirstName: 'Lucie',
      commune: '73065',
      rentCents: 60_000,
      chargesCents: 5_000,
      alertSource: 'landlord',
      openedOn: '2025-01-02',
      landlord: { kind: 'individual', name: `Bailleur ${Math.random()}` },
      ...body,
    });
    expect(response.status).toBe(201);
    return response.body as FileDetail;
  }
  const stage = async (file: FileDetail, body: object, status = 201) => {
    const response = await post(`/arrears/files/${file.id}/stages`, body);
    expect({ status: response.status, body: response.body }).toMatchObject({ status });
    return response.body as FileDetail;
  };
  const fact = async (file: FileDetail, body: object, status = 201) => {
    const response = await post(`/arrears/files/${file.id}/procedure-facts`, body);
    expect({ status: response.status, body: response.body }).toMatchObject({ status });
    return response.body as FileDetail;
  };
  const deadline = (file: FileDetail, code: string) => file.procedure.deadlines.find((d) => d.code === code);

  it('§1.1 chooses the termination clause’s delay by the lease’s signing date; unknown, shows both and why', async () => {
    const old = await openFile({ leaseSignedOn: '2023-07-28' });
    expect(old.leaseSignedOn).toBe('2023-07-28');
    const oldNotice = await stage(old, { stage: 'formal_notice', occurredOn: '2025-02-03' });
    expect(deadline(oldNotice, 'termination_clause_effective')).toMatchObject({ dueOn: '2025-04-03', delay: { months: 2 } });
    expect(deadline(oldNotice, 'termination_clause_effective')?.undetermined).toBeUndefined();

    // A file without the date (as every file before the migration): both dates, the earlier as the deadline, and why.
    const unknown = await openFile();
    expect(unknown.leaseSignedOn).toBeNull();
    const notice = await stage(unknown, { stage: 'formal_notice', occurredOn: daysAgo(10) });
    expect(deadline(notice, 'termination_clause_effective')).toMatchObject({
      dueOn: addDays(daysAgo(10), 42),
      undetermined: {
        reason: 'lease_signed_on_unknown',
        note: expect.stringContaining('Date de signature du bail inconnue'),
        candidates: [{ dueOn: addMonths(daysAgo(10), 2) }, { dueOn: addDays(daysAgo(10), 42) }],
      },
    });
    const reminderAnchor = () =>
      app.db
        .query<{ anchor: string }>(
          `SELECT to_char(anchor_at AT TIME ZONE 'Europe/Paris', 'YYYY-MM-DD') AS anchor FROM reminder
            WHERE subject_id = $1 AND rule_code = 'arrears_termination_clause' AND status = 'scheduled'`,
          [unknown.id],
        )
        .then((r) => r.rows[0]?.anchor);
    expect(await eventually(reminderAnchor)).toBe(addDays(daysAgo(10), 42));

    // Set later: the date and its reminder follow the lease.
    const future = await patch(`/arrears/files/${unknown.id}`, { version: notice.version, leaseSignedOn: addDays(today, 1) });
    expect(future.status).toBe(400);
    expect(future.body.details[0].field).toBe('leaseSignedOn');
    const dated = (await patch(`/arrears/files/${unknown.id}`, { version: notice.version, leaseSignedOn: '2019-09-01' }).expect(200))
      .body as FileDetail;
    expect(deadline(dated, 'termination_clause_effective')).toMatchObject({ dueOn: addMonths(daysAgo(10), 2), delay: { months: 2 } });
    expect(deadline(dated, 'termination_clause_effective')?.undetermined).toBeUndefined();
    await eventually(async () => ((await reminderAnchor()) === addMonths(daysAgo(10), 2) ? true : undefined));
    const { rows } = await app.db.query<{ payload: Record<string, unknown> }>(
      `SELECT payload FROM outbox_event WHERE aggregate_id = $1 AND type = 'arrears.procedure.updated'`,
      [unknown.id],
    );
    expect(rows.map((r) => r.payload)).toEqual([
      expect.objectContaining({ change: 'lease_signed_on', deadline_termination_clause_effective: addMonths(daysAgo(10), 2) }),
    ]);
  });

  it('§1.2 counts the report to the CAF/MSA as the CCAPEX referral; family SCIs are not bound', async () => {
    const company = { kind: 'company', name: `Foncière ${Math.random()}` };
    const reported = await openFile({ landlord: company });
    const report = await stage(reported, { stage: 'caf_msa_report', occurredOn: '2025-02-10' });
    expect(deadline(report, 'earliest_summons_after_ccapex')?.dueOn).toBe('2025-04-10');
    await stage(reported, { stage: 'formal_notice', occurredOn: '2025-02-20' });
    const referral = await stage(reported, { stage: 'ccapex_referral', occurredOn: '2025-03-01' });
    // The clock runs from the earlier of the two.
    expect(deadline(referral, 'earliest_summons_after_ccapex')?.dueOn).toBe('2025-04-10');
    const summons = await stage(reported, { stage: 'court_summons', occurredOn: '2025-04-01', hearingOn: '2025-06-01' });
    expect(summons.procedure.stages.at(-1)?.irregularities).toEqual(['before_earliest_summons_after_ccapex']);

    // The report alone: no "no CCAPEX referral".
    const onlyReport = await openFile({ landlord: { ...company, name: `Foncière ${Math.random()}` } });
    await stage(onlyReport, { stage: 'caf_msa_report', occurredOn: '2025-01-10' });
    const summoned = await stage(onlyReport, { stage: 'court_summons', occurredOn: '2025-04-01', hearingOn: '2025-06-01' });
    expect(summoned.procedure.stages.at(-1)?.irregularities).toEqual([]);

    // Neither: flagged. A family SCI summoning at once: nothing to flag.
    const neither = await openFile({ landlord: { ...company, name: `Foncière ${Math.random()}` } });
    await stage(neither, { stage: 'formal_notice', occurredOn: '2025-01-10' });
    const flagged = await stage(neither, { stage: 'court_summons', occurredOn: '2025-04-01', hearingOn: '2025-06-01' });
    expect(flagged.procedure.stages.at(-1)?.irregularities).toEqual(['no_ccapex_referral']);
    const sci = await openFile({ landlord: { kind: 'family_sci', name: `SCI familiale ${Math.random()}` } });
    await stage(sci, { stage: 'formal_notice', occurredOn: '2025-01-10' });
    const sciSummons = await stage(sci, { stage: 'court_summons', occurredOn: '2025-02-01', hearingOn: '2025-06-01' });
    expect(sciSummons.procedure.stages.at(-1)?.irregularities).toEqual([]);
  });

  it('§1.3 records an eviction during the winter truce and flags it, unless the truce did not protect the occupants', async () => {
    const evictedIn = async (truceException?: string) => {
      const file = await openFile();
      await stage(file, { stage: 'notice_to_quit', occurredOn: '2025-05-05' });
      await fact(file, { kind: 'prefect_informed', occurredOn: '2025-05-05' });
      return stage(file, { stage: 'eviction_carried_out', occurredOn: '2025-12-03', ...(truceException ? { truceException } : {}) });
    };
    expect((await evictedIn()).procedure.stages.at(-1)).toMatchObject({ irregularities: ['during_winter_truce'], truceException: null });
    expect((await evictedIn('rehousing_ensured')).procedure.stages.at(-1)).toMatchObject({
      irregularities: [],
      truceException: 'rehousing_ensured',
    });
    expect((await evictedIn('entered_by_force')).procedure.stages.at(-1)?.truceException).toBe('entered_by_force');

    // An exception outside the truce, or on another stage, means nothing: 400.
    const file = await openFile();
    await stage(file, { stage: 'notice_to_quit', occurredOn: '2025-05-05' });
    const outside = await post(`/arrears/files/${file.id}/stages`, {
      stage: 'eviction_carried_out',
      occurredOn: '2025-09-03',
      truceException: 'rehousing_ensured',
    });
    expect(outside.status).toBe(400);
    expect(outside.body.details[0].field).toBe('truceException');
  });

  it('§1.4 computes the earliest eviction from the prefect’s information and the judges’ decisions', async () => {
    const file = await openFile();
    await stage(file, { stage: 'judgment', occurredOn: '2025-03-01', leaseTerminated: true });
    // The judge shortens the 2 months to 1 (L412-1 al. 2); a "shortening" to 2 months or more is refused.
    const tooLong = await post(`/arrears/files/${file.id}/procedure-facts`, {
      kind: 'quit_delay_reduced',
      occurredOn: '2025-03-01',
      months: 2,
    });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.details[0].field).toBe('months');
    await fact(file, { kind: 'quit_delay_reduced', occurredOn: '2025-03-01', months: 1 });
    // The prefect cannot be informed of a notice not yet served.
    const noNotice = await post(`/arrears/files/${file.id}/procedure-facts`, { kind: 'prefect_informed', occurredOn: '2025-03-05' });
    expect(noNotice.status).toBe(409);
    expect(noNotice.body).toMatchObject({ code: 'ILLEGAL_TRANSITION', details: { requires: ['notice_to_quit'] } });

    const quit = await stage(file, { stage: 'notice_to_quit', occurredOn: '2025-05-05' });
    expect(quit.procedure.earliestEviction).toMatchObject({ suspended: true, runsFrom: null, dueOn: null, reducedByJudgeOn: '2025-03-01' });
    expect(deadline(quit, 'earliest_eviction')).toBeUndefined();
    const before = await post(`/arrears/files/${file.id}/procedure-facts`, { kind: 'prefect_informed', occurredOn: '2025-05-04' });
    expect(before.status).toBe(400);
    const informed = await fact(file, { kind: 'prefect_informed', occurredOn: '2025-05-20' });
    expect(informed.procedure.earliestEviction).toMatchObject({ suspended: false, runsFrom: '2025-05-20', dueOn: '2025-06-20' });
    expect(deadline(informed, 'earliest_eviction')?.dueOn).toBe('2025-06-20');

    // The enforcement judge: 1 month to 1 year since 2023 (L412-4), 3 months to 3 years before.
    for (const [occurredOn, months] of [
      ['2025-06-10', 13],
      ['2025-06-10', 0],
      ['2023-07-01', 2],
    ] as const) {
      const refused = await post(`/arrears/files/${file.id}/procedure-facts`, { kind: 'enforcement_delay_granted', occurredOn, months });
      expect({ occurredOn, months, status: refused.status, field: refused.body.details?.[0]?.field }).toEqual({
        occurredOn,
        months,
        status: 400,
        field: 'months',
      });
    }
    const granted = await fact(file, { kind: 'enforcement_delay_granted', occurredOn: '2025-06-10', months: 3 });
    expect(granted.procedure.earliestEviction).toMatchObject({ enforcementDelayUntil: '2025-09-10', dueOn: '2025-09-10' });
    // Renewed past 1 November: the date moves past the winter truce.
    const renewed = await fact(file, { kind: 'enforcement_delay_granted', occurredOn: '2025-08-01', months: 4 });
    expect(renewed.procedure.earliestEviction).toMatchObject({ dueOn: '2026-04-01', postponedFrom: '2025-12-01' });
    expect(renewed.procedure.facts.map((f) => [f.kind, f.months])).toEqual([
      ['quit_delay_reduced', 1],
      ['prefect_informed', null],
      ['enforcement_delay_granted', 3],
      ['enforcement_delay_granted', 4],
    ]);
    // Only the enforcement delay and the shortened delay carry a length.
    const extra = await post(`/arrears/files/${file.id}/procedure-facts`, { kind: 'judgment_served', occurredOn: '2025-03-10', months: 1 });
    expect(extra.status).toBe(400);
    expect(extra.body.details[0].field).toBe('months');
  });

  it('§1.5 refuses a notice to quit after payment delays until a missed instalment is recorded', async () => {
    const file = await openFile();
    await stage(file, { stage: 'judgment', occurredOn: '2025-03-01', leaseTerminated: true, paymentDelayMonths: 12 });
    const refused = await post(`/arrears/files/${file.id}/stages`, { stage: 'notice_to_quit', occurredOn: '2025-06-01' });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      code: 'MISSED_INSTALMENT_REQUIRED',
      message: expect.stringContaining('record the missed instalment first'),
      details: { allowed: [] },
    });
    const early = await post(`/arrears/files/${file.id}/procedure-facts`, { kind: 'missed_instalment', occurredOn: '2025-02-01' });
    expect(early.status).toBe(400);
    await fact(file, { kind: 'missed_instalment', occurredOn: '2025-05-05' });
    await stage(file, { stage: 'notice_to_quit', occurredOn: '2025-06-01' });

    // Without payment delays, there is no instalment to miss.
    const plain = await openFile();
    await stage(plain, { stage: 'judgment', occurredOn: '2025-03-01', leaseTerminated: true });
    const none = await post(`/arrears/files/${plain.id}/procedure-facts`, { kind: 'missed_instalment', occurredOn: '2025-05-05' });
    expect(none.status).toBe(409);
    await stage(plain, { stage: 'notice_to_quit', occurredOn: '2025-06-01' });
  });

  it('§1.6 records the bailiff’s report to the CCAPEX, the thresholds, the rent resumed, the diagnosis, the service', async () => {
    // 1,200 € of debt for a rent of 600 € without charges: twice the rent, the threshold is reached.
    const file = await openFile({ debt: { observedOn: '2025-01-02', amountCents: 120_000, monthsUnpaid: 1 } });
    expect(file.procedure.ccapexReportThresholds).toEqual({
      reached: true,
      since: '2025-01-02',
      monthsUnpaid: 2,
      debtToRentWithoutCharges: 2,
      source: expect.stringContaining('art. 24'),
    });
    const below = await openFile({ debt: { observedOn: '2025-01-02', amountCents: 119_999, monthsUnpaid: 1 } });
    expect(below.procedure.ccapexReportThresholds).toMatchObject({ reached: false, since: null });
    const twoMonths = (
      await post(`/arrears/files/${below.id}/debts`, { observedOn: '2025-02-02', amountCents: 119_999, monthsUnpaid: 2 }).expect(201)
    ).body as FileDetail;
    expect(twoMonths.procedure.ccapexReportThresholds).toMatchObject({ reached: true, since: '2025-02-02' });

    const noNotice = await post(`/arrears/files/${file.id}/procedure-facts`, {
      kind: 'formal_notice_reported_to_ccapex',
      occurredOn: '2025-01-20',
    });
    expect(noNotice.status).toBe(409);
    await stage(file, { stage: 'formal_notice', occurredOn: '2025-01-15' });
    await fact(file, { kind: 'formal_notice_reported_to_ccapex', occurredOn: '2025-01-20' });
    await stage(file, { stage: 'court_summons', occurredOn: '2025-03-01', hearingOn: '2025-05-15' });
    await fact(file, { kind: 'social_financial_diagnosis', occurredOn: '2025-04-02', note: 'Diagnostic transmis au juge' });
    const late = await post(`/arrears/files/${file.id}/procedure-facts`, { kind: 'rent_resumed_before_hearing', occurredOn: '2025-05-16' });
    expect(late.status).toBe(400);
    expect(late.body.details[0].problems[0]).toContain('2025-05-15');
    await fact(file, { kind: 'rent_resumed_before_hearing', occurredOn: '2025-04-05' });
    const unserved = await post(`/arrears/files/${file.id}/procedure-facts`, { kind: 'judgment_served', occurredOn: '2025-06-01' });
    expect(unserved.status).toBe(409);
    await stage(file, { stage: 'hearing', occurredOn: '2025-05-15' });
    await stage(file, { stage: 'judgment', occurredOn: '2025-05-30', leaseTerminated: true, paymentDelayMonths: 12 });
    const served = await fact(file, { kind: 'judgment_served', occurredOn: '2025-06-10' });
    expect(served.procedure.facts.map((f) => [f.kind, f.occurredOn])).toEqual([
      ['formal_notice_reported_to_ccapex', '2025-01-20'],
      ['social_financial_diagnosis', '2025-04-02'],
      ['rent_resumed_before_hearing', '2025-04-05'],
      ['judgment_served', '2025-06-10'],
    ]);
    const future = await post(`/arrears/files/${file.id}/procedure-facts`, { kind: 'judgment_served', occurredOn: addDays(today, 1) });
    expect(future.status).toBe(400);
    const unknownKind = await post(`/arrears/files/${file.id}/procedure-facts`, { kind: 'eviction_feared', occurredOn: today });
    expect(unknownKind.status).toBe(400);

    // Another organisation's advisor cannot record on the file.
    const foreign = await app.http
      .post(`/arrears/files/${file.id}/procedure-facts`)
      .set({ authorization: `Bearer ${otherAdil.token}` })
      .send({ kind: 'judgment_served', occurredOn: '2025-06-11' });
    expect(foreign.status).toBe(404);

    // Events carry no names; every fact is audited.
    const payloads = await app.db.query<{ payload: object }>(
      `SELECT payload FROM outbox_event WHERE aggregate_id = $1 AND type = 'arrears.procedure.updated'`,
      [file.id],
    );
    expect(payloads.rows).toHaveLength(4);
    expect(JSON.stringify(payloads.rows)).not.toMatch(/Garnier|Lucie|Diagnostic/);
    const audited = await app.db.query(`SELECT 1 FROM audit_entry WHERE resource_id = $1 AND details->>'added' = 'fact'`, [file.id]);
    expect(audited.rowCount).toBe(4);
  });
});
