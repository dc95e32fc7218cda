import { Queue } from 'bullmq';
import { DateTime } from 'luxon';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { startTestApp, TestApp } from '../support/app';
import { databaseUrl } from '../support/databases';
import { eventually } from '../support/eventually';
import { Factory, TestUser } from '../support/factory';

const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY).toISOString();
const paris = (iso: string | Date) => DateTime.fromJSDate(new Date(iso), { zone: 'Europe/Paris' });
/** The Paris civil date `n` days ago (negative: ahead). */
const parisDay = (n: number) => paris(daysAgo(n)).toISODate()!;
const plusDays = (day: string, n: number) => DateTime.fromISO(day).plus({ days: n }).toISODate()!;
const plusMonths = (day: string, n: number) => DateTime.fromISO(day).plus({ months: n }).toISODate()!;

/** Issue 18 §2: allocation and lease as the law stands (CCH R441-10, R441-3, L441-2-2, L442-8-3). */
describe('allocation and lease as the law stands', () => {
  let app: TestApp;
  let factory: Factory;
  let outreach: TestUser;
  let siao: TestUser;
  let secretary: TestUser;
  let landlordOrg: string;

  beforeAll(async () => {
    app = await startTestApp('allocation-law');
    factory = new Factory(app);
    const territory = await factory.territory();
    const outreachOrg = await factory.organisation(territory, 'outreach');
    const siaoOrg = await factory.organisation(territory, 'siao');
    landlordOrg = await factory.organisation(territory, 'social_landlord', 'Cristal Habitat');
    outreach = await factory.user(outreachOrg, ['outreach_worker']);
    siao = await factory.user(siaoOrg, ['siao_worker']);
    secretary = await factory.user(siaoOrg, ['commission_secretary']);
  });
  afterAll(() => app?.stop());

  const as = (user: TestUser) => ({ authorization: `Bearer ${user.token}` });
  const get = async (id: string) =>
    (await app.http.get(`/households/${id}`).set(as(siao)).expect(200)).body as Record<string, unknown> & { version: number };
  const timeline = async (id: string) =>
    (await app.http.get(`/households/${id}/timeline`).set(as(siao)).expect(200)).body as Array<{
      type: string;
      recordedBy: string | null;
      occurredAt: string;
      payload: Record<string, unknown>;
    }>;
  const reminders = async (id: string) =>
    (await app.db.query(`SELECT rule_code, status, due_at FROM reminder WHERE subject_id = $1 ORDER BY due_at, rule_code`, [id]))
      .rows as Array<{
      rule_code: string;
      status: string;
      due_at: Date;
    }>;
  const step = (path: string, user: TestUser, body: Record<string, unknown>) => app.http.post(path).set(as(user)).send(body);

  /** A household retained at a session 30 days ago; returns it and its proposal. */
  async function retained(): Promise<{ id: string; proposalId: string }> {
    const created = await step('/households', siao, {
      entryChannel: 'siao_demand',
      livingSituation: 'emergency_shelter',
      consentDate: daysAgo(60).slice(0, 10),
      openedAt: daysAgo(60),
      persons: [{ firstName: 'Jean', lastName: `Test${Math.random().toString(36).slice(2, 8)}`, birthYear: 1980, role: 'reference' }],
    }).expect(201);
    const { id, version } = created.body.household as { id: string; version: number };
    const evaluated = await step(`/households/${id}/evaluations`, siao, {
      version,
      occurredAt: daysAgo(50),
      livingSituation: 'street',
      resources: ['none'],
      debtsCents: 0,
      needs: ['administrative'],
      orientation: 'ordinary_social_housing',
      intensity: 'medium',
    }).expect(200);
    const session = await step('/commission-sessions', secretary, {
      sessionAt: daysAgo(30),
      landlordOrganisationIds: [landlordOrg],
    }).expect(201);
    const proposal = await step(`/commission-sessions/${session.body.id}/proposals`, secretary, {
      householdId: id,
      householdVersion: evaluated.body.version,
      occurredAt: daysAgo(40),
    }).expect(201);
    await step(`/commission-sessions/${session.body.id}/decisions`, secretary, {
      decisions: [{ proposalId: proposal.body.id, decision: 'retained' }],
    }).expect(200);
    return { id, proposalId: proposal.body.id };
  }
  const allocate = (proposalId: string, body: Record<string, unknown>) =>
    step(`/commission-proposals/${proposalId}/allocation`, secretary, { occurredAt: daysAgo(20), ...body });
  const runJob = async (name: string) => {
    const queue = new Queue('maintenance', { connection: { host: '127.0.0.1', port: 6379 }, prefix: app.queuePrefix });
    try {
      const job = await queue.add(name, {}, { jobId: `${name}-${Math.random()}` });
      await eventually(async () => ((await job.getState()) === 'completed' ? true : undefined));
      return (await queue.getJob(job.id!))!.returnvalue as Record<string, number>;
    } finally {
      await queue.close();
    }
  };
  const fields = (response: { body: { details?: Array<{ field: string }> } }) => (response.body.details ?? []).map((d) => d.field);

  it('gives an offer at least 10 days to answer, reminds it, and records the silence as a refusal once it passed (R441-10)', async () => {
    const lapsing = await retained();
    const accepting = await retained();
    const tooShort = await allocate(lapsing.proposalId, { outcome: 'allocated', answerDueOn: plusDays(parisDay(20), 9) }).expect(400);
    expect(fields(tooShort)).toEqual(['answerDueOn']);
    await allocate(lapsing.proposalId, { outcome: 'not_allocated', reason: 'over_income_ceiling', answerDueOn: parisDay(-30) }).expect(400);

    // The default: 10 days from the allocation's Paris date, on the proposal and in the file.
    const allocated = (await allocate(lapsing.proposalId, { outcome: 'allocated' }).expect(200)).body;
    const dueOn = plusDays(parisDay(20), 10);
    expect(allocated).toMatchObject({ calOutcome: 'allocated', answerDueOn: dueOn, conditionDueOn: null, calReason: null });
    expect(await get(lapsing.id)).toMatchObject({ status: 'allocated', offerAnswerDueOn: dueOn, allocationConditionDueOn: null });
    expect((await get(lapsing.id)).allowedSteps).not.toContain('offer.lapsed'); // Parcours's own step
    const reminder = await eventually(async () =>
      (await reminders(lapsing.id)).find((r) => r.rule_code === 'offer_answer_due_in_two_days'),
    );
    expect(paris(reminder.due_at).toFormat('yyyy-LL-dd HH:mm')).toBe(`${plusDays(dueOn, -2)} 09:00`);

    // Accepted in time: the deadline is lifted, and silence no longer counts.
    await allocate(accepting.proposalId, { outcome: 'allocated', answerDueOn: plusDays(parisDay(20), 12) }).expect(200);
    const accepted = await step(`/households/${accepting.id}/offer-accepted`, siao, {
      version: (await get(accepting.id)).version,
      occurredAt: daysAgo(15),
    }).expect(200);
    expect(accepted.body).toMatchObject({ status: 'allocated', offerAnswerDueOn: null });

    // The daily job: the silent household's offer lapses, once; the other one is left alone.
    expect(await runJob('pathway.record-lapsed-offers')).toEqual({ lapsed: 1 });
    expect(await runJob('pathway.record-lapsed-offers')).toEqual({ lapsed: 0 });
    expect(await get(lapsing.id)).toMatchObject({ status: 'evaluated', offerAnswerDueOn: null });
    expect(await get(accepting.id)).toMatchObject({ status: 'allocated' });
    const lapse = (await timeline(lapsing.id)).find((e) => e.type === 'offer.lapsed')!;
    expect(lapse).toMatchObject({
      recordedBy: null,
      payload: { from: 'allocated', to: 'evaluated', reason: 'no_answer', affectsPriority: true, answerDueOn: dueOn },
    });
    // It happened when the last day ended in Paris.
    expect(paris(lapse.occurredAt).toFormat('yyyy-LL-dd HH:mm')).toBe(`${plusDays(dueOn, 1)} 00:00`);
    expect(JSON.stringify(lapse.payload)).not.toContain('Jean');
    // Audited as Parcours's own change of the file, in its territory.
    const audit = await app.db.query(
      `SELECT user_id, territory_id FROM audit_entry WHERE resource_id = $1 AND details->>'step' = 'offer.lapsed'`,
      [lapsing.id],
    );
    expect(audit.rows).toEqual([{ user_id: null, territory_id: expect.any(String) }]);
    await eventually(async () =>
      (await reminders(lapsing.id)).find((r) => r.rule_code === 'offer_answer_due_in_two_days')!.status !== 'scheduled' ? true : undefined,
    );
  });

  it('holds an allocation under a suspensive condition until the document arrives or its deadline passes (R441-3 c)', async () => {
    const pending = await retained();
    const failing = await retained();
    const condition = {
      outcome: 'allocated_with_suspensive_condition',
      condition: 'Avis d’imposition manquant',
      answerDueOn: parisDay(-30),
    };
    const sameDay = await allocate(pending.proposalId, { ...condition, conditionDueOn: parisDay(20) }).expect(400);
    expect(fields(sameDay)).toEqual(['conditionDueOn']);
    await allocate(pending.proposalId, { outcome: 'allocated', conditionDueOn: parisDay(-5) }).expect(400);

    const conditionDueOn = plusDays(parisDay(20), 15);
    expect((await allocate(pending.proposalId, condition).expect(200)).body).toMatchObject({ conditionDueOn });
    expect(await get(pending.id)).toMatchObject({ allocationConditionDueOn: conditionDueOn });
    const scheduled = await eventually(async () => {
      const rows = (await reminders(pending.id)).filter((r) => r.rule_code.startsWith('allocation_condition_'));
      return rows.length === 2 ? rows : undefined;
    });
    expect(scheduled.map((r) => [r.rule_code, paris(r.due_at).toFormat('yyyy-LL-dd HH:mm')])).toEqual([
      ['allocation_condition_due_in_three_days', `${plusDays(conditionDueOn, -3)} 09:00`],
      ['allocation_condition_outcome', `${plusDays(conditionDueOn, 1)} 09:00`],
    ]);

    // No lease while the document is missing; no failure before the deadline.
    const lease = { landlord: 'Cristal Habitat', commune: '73065', leaseType: 'direct' };
    await step(`/households/${pending.id}/lease`, siao, {
      version: (await get(pending.id)).version,
      occurredAt: daysAgo(3),
      ...lease,
    }).expect(409);
    const early = await step(`/households/${pending.id}/allocation-condition`, siao, {
      version: (await get(pending.id)).version,
      occurredAt: daysAgo(6),
      outcome: 'condition_failed',
    }).expect(409);
    expect(early.body.details).toEqual({ allocationConditionDueOn: conditionDueOn });
    const received = await step(`/households/${pending.id}/allocation-condition`, siao, {
      version: (await get(pending.id)).version,
      occurredAt: daysAgo(4),
      outcome: 'document_received',
    }).expect(200);
    expect(received.body).toMatchObject({ status: 'allocated', allocationConditionDueOn: null });
    await step(`/households/${pending.id}/lease`, siao, { version: received.body.version, occurredAt: daysAgo(3), ...lease }).expect(200);
    await step(`/households/${pending.id}/allocation-condition`, siao, {
      version: received.body.version + 1,
      occurredAt: daysAgo(2),
      outcome: 'document_received',
    }).expect(409);

    // The deadline passed without the document: the allocation ends.
    await allocate(failing.proposalId, { ...condition, conditionDueOn: parisDay(18) }).expect(200);
    const failed = await step(`/households/${failing.id}/allocation-condition`, siao, {
      version: (await get(failing.id)).version,
      occurredAt: daysAgo(1),
      outcome: 'condition_failed',
    }).expect(200);
    expect(failed.body).toMatchObject({ status: 'evaluated', allocationConditionDueOn: null, offerAnswerDueOn: null });
    // The offer ended with the allocation: its answer reminder with it.
    await eventually(async () => {
      const rows = await reminders(failing.id);
      return rows.some((r) => r.rule_code === 'offer_answer_due_in_two_days' && r.status === 'cancelled') ? true : undefined;
    });
    expect((await timeline(failing.id)).find((e) => e.type === 'allocation.condition_failed')!.payload).toMatchObject({
      conditionDueOn: parisDay(18),
    });
  });

  it('requires the written reason of a landlord’s non-allocation and of a household’s refusal, from the configured lists (L441-2-2)', async () => {
    const reasons = (await app.http.get('/commission-refusal-reasons').set(as(outreach)).expect(200)).body as Array<{
      code: string;
      appliesTo: string[];
      affectsPriority: boolean;
    }>;
    expect(reasons).toContainEqual(
      expect.objectContaining({ code: 'no_legitimate_reason', appliesTo: ['household'], affectsPriority: true }),
    );
    expect(reasons).toContainEqual(
      expect.objectContaining({ code: 'over_income_ceiling', appliesTo: ['landlord'], affectsPriority: false }),
    );

    const refused = await retained();
    expect(fields(await allocate(refused.proposalId, { outcome: 'not_allocated' }).expect(400))).toEqual(['reason']);
    expect(fields(await allocate(refused.proposalId, { outcome: 'not_allocated', reason: 'no_legitimate_reason' }).expect(400))).toEqual([
      'reason',
    ]);
    expect(fields(await allocate(refused.proposalId, { outcome: 'allocated', reason: 'over_income_ceiling' }).expect(400))).toEqual([
      'reason',
    ]);
    const notAllocated = await allocate(refused.proposalId, { outcome: 'not_allocated', reason: 'over_income_ceiling' }).expect(200);
    expect(notAllocated.body).toMatchObject({ calOutcome: 'not_allocated', calReason: 'over_income_ceiling', answerDueOn: null });
    // This reason's rule: a new evaluation before a new proposal.
    const session = await step('/commission-sessions', secretary, { sessionAt: daysAgo(2) }).expect(201);
    const again = await step(`/commission-sessions/${session.body.id}/proposals`, secretary, {
      householdId: refused.id,
      householdVersion: (await get(refused.id)).version,
      occurredAt: daysAgo(3),
    }).expect(409);
    expect(again.body.message).toMatch(/new evaluation/);
    expect((await timeline(refused.id)).find((e) => e.type === 'allocation.decided')!.payload).toMatchObject({
      reason: 'over_income_ceiling',
    });

    // A commission refusal takes only the commission's reasons.
    const other = await retained();
    const otherSession = await step('/commission-sessions', secretary, { sessionAt: daysAgo(2) }).expect(201);
    await allocate(other.proposalId, { outcome: 'allocated', answerDueOn: parisDay(-30) }).expect(200);
    const declining = await step(`/households/${other.id}/offer-declined`, siao, {
      version: (await get(other.id)).version,
      occurredAt: daysAgo(10),
      reason: 'over_income_ceiling',
    }).expect(400);
    expect(fields(declining)).toEqual(['reason']);
    const declined = await step(`/households/${other.id}/offer-declined`, siao, {
      version: (await get(other.id)).version,
      occurredAt: daysAgo(10),
      reason: 'no_legitimate_reason',
    }).expect(200);
    expect(declined.body).toMatchObject({ status: 'evaluated', offerAnswerDueOn: null });
    // Whether it may cost a priority label is shown on the timeline.
    expect((await timeline(other.id)).find((e) => e.type === 'offer.declined')!.payload).toMatchObject({
      reason: 'no_legitimate_reason',
      affectsPriority: true,
    });
    const proposal = await step(`/commission-sessions/${otherSession.body.id}/proposals`, secretary, {
      householdId: other.id,
      householdVersion: declined.body.version,
      occurredAt: daysAgo(3),
    }).expect(201);
    const decision = await step(`/commission-sessions/${otherSession.body.id}/decisions`, secretary, {
      decisions: [{ proposalId: proposal.body.id, decision: 'refused', refusalReason: 'no_legitimate_reason' }],
    }).expect(400);
    expect(fields(decision)).toEqual(['decisions.0.refusalReason']);
  });

  it('schedules a bail glissant’s reviews on its agreement’s period and the notice to the prefect two months before each end (L442-8-3)', async () => {
    const direct = await retained();
    await allocate(direct.proposalId, { outcome: 'allocated', answerDueOn: parisDay(-30) }).expect(200);
    const lease = { landlord: 'Cristal Habitat', commune: '73065', occurredAt: daysAgo(10) };
    const refused = await step(`/households/${direct.id}/lease`, siao, {
      version: (await get(direct.id)).version,
      leaseType: 'direct',
      reviewPeriodMonths: 4,
      ...lease,
    }).expect(400);
    expect(fields(refused)).toEqual(['reviewPeriodMonths']);
    await step(`/households/${direct.id}/lease`, siao, {
      version: (await get(direct.id)).version,
      leaseType: 'bail_glissant',
      reviewPeriodMonths: 0,
      ...lease,
    }).expect(400);

    // The default period: 6 months.
    const byDefault = await step(`/households/${direct.id}/lease`, siao, {
      version: (await get(direct.id)).version,
      leaseType: 'bail_glissant',
      ...lease,
    }).expect(200);
    const signedOn = daysAgo(10).slice(0, 10);
    expect(byDefault.body).toMatchObject({
      bailGlissantReviewMonths: 6,
      nextBailGlissantReviewOn: plusMonths(signedOn, 6),
      bailGlissantPrefectNoticeDueOn: plusMonths(signedOn, 4),
    });

    // A 4-month agreement: reviews at 4 and 8 months, notices at 2 and 6.
    const h = await retained();
    await allocate(h.proposalId, { outcome: 'allocated', answerDueOn: parisDay(-30) }).expect(200);
    const signed = await step(`/households/${h.id}/lease`, siao, {
      version: (await get(h.id)).version,
      leaseType: 'bail_glissant',
      reviewPeriodMonths: 4,
      ...lease,
    }).expect(200);
    expect(signed.body).toMatchObject({
      bailGlissantReviewMonths: 4,
      nextBailGlissantReviewOn: plusMonths(signedOn, 4),
      bailGlissantPrefectNoticeDueOn: plusMonths(signedOn, 2),
    });
    const first = await eventually(async () => {
      const rows = (await reminders(h.id)).filter((r) => r.rule_code.startsWith('bail_glissant_'));
      return rows.length === 2 ? rows : undefined;
    });
    expect(first.map((r) => [r.rule_code, paris(r.due_at).toFormat('yyyy-LL-dd HH:mm')])).toEqual([
      ['bail_glissant_prefect_notice_first', `${plusDays(plusMonths(signedOn, 2), -14)} 09:00`],
      ['bail_glissant_review_first', `${plusDays(plusMonths(signedOn, 4), -14)} 09:00`],
    ]);

    const reviewed = await step(`/households/${h.id}/bail-glissant-reviews`, siao, {
      version: signed.body.version,
      occurredAt: daysAgo(1),
    }).expect(200);
    // Reviewed early: the period still ends 4 months after the lease (the grid does not shift), and its reminders start again.
    expect(reviewed.body).toMatchObject({ nextBailGlissantReviewOn: plusMonths(signedOn, 4) });
    expect((await timeline(h.id)).find((e) => e.type === 'bail_glissant.reviewed')!.payload).toMatchObject({
      nextReviewOn: plusMonths(signedOn, 4),
      prefectNoticeDueOn: plusMonths(signedOn, 2),
    });
    const next = await eventually(async () => {
      const rows = await reminders(h.id);
      return rows.some((r) => r.rule_code === 'bail_glissant_review_next') ? rows : undefined;
    });
    expect(next.filter((r) => r.rule_code.endsWith('_first')).map((r) => r.status)).toEqual(['cancelled', 'cancelled']);
    const slid = await step(`/households/${h.id}/lease-slide`, siao, { version: reviewed.body.version, occurredAt: daysAgo(0) }).expect(
      200,
    );
    expect(slid.body).toMatchObject({
      leaseType: 'direct',
      bailGlissantReviewMonths: null,
      nextBailGlissantReviewOn: null,
      bailGlissantPrefectNoticeDueOn: null,
    });
  });
  it('the migration gives existing bail glissant files the default period, counted from their lease, and lapses no earlier allocation', async () => {
    const glissant = await retained();
    const waiting = await retained();
    await allocate(waiting.proposalId, { outcome: 'allocated' }).expect(200);

    // The schema as it was before the migration: no deadlines, no review period.
    await app.db.query(`ALTER TABLE household DROP COLUMN offer_answer_due_on, DROP COLUMN allocation_condition_due_on,
                          DROP COLUMN bail_glissant_review_months, DROP COLUMN next_bail_glissant_review_on`);
    await app.db.query(`ALTER TABLE commission_proposal DROP COLUMN cal_reason, DROP COLUMN answer_due_on, DROP COLUMN condition_due_on`);
    // A bail glissant signed about 13 months ago, as recorded then.
    const signedOn = daysAgo(400).slice(0, 10);
    await app.db.query(`UPDATE household SET status = 'lease_signed', lease_type = 'bail_glissant', lease_signed_on = $2 WHERE id = $1`, [
      glissant.id,
      signedOn,
    ]);
    await app.db.query(`DELETE FROM migrations WHERE name = 'AllocationDeadlines1796510000000'`);
    execFileSync(process.execPath, [join(__dirname, '..', '..', 'dist/apps/api/src/cli/migrate.js')], {
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl(app.databaseName),
        NODE_ENV: 'test',
        DATA_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString('base64'),
      },
      encoding: 'utf8',
    });

    // The periods end at 6, 12, 18 months: the one running today ends at 18.
    expect(await get(glissant.id)).toMatchObject({
      bailGlissantReviewMonths: 6,
      nextBailGlissantReviewOn: plusMonths(signedOn, 18),
      bailGlissantPrefectNoticeDueOn: plusMonths(signedOn, 16),
    });
    expect(await get(waiting.id)).toMatchObject({ status: 'allocated', offerAnswerDueOn: null });
    expect(await runJob('pathway.record-lapsed-offers')).toEqual({ lapsed: 0 });
  });
});
