import { Queue } from 'bullmq';
import { DateTime } from 'luxon';
import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { clearRedisPrefix, startTestApp, TestApp } from '../support/app';
import { eventually } from '../support/eventually';
import { Factory, TestUser } from '../support/factory';

const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY).toISOString();
const daysAhead = (n: number) => new Date(Date.now() + n * DAY).toISOString();
const paris = (iso: string | Date) => DateTime.fromJSDate(new Date(iso), { zone: 'Europe/Paris' });

describe('reminders', () => {
  let app: TestApp;
  let factory: Factory;
  let smtp: SMTPServer;
  const mails: Array<{ to: string; body: string }> = [];
  let outreach: TestUser;
  let colleague: TestUser;
  let siao: TestUser;
  let secretary: TestUser;
  let outsider: TestUser;
  let admin: TestUser;
  let landlordOrg: string;

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        let body = '';
        stream.on('data', (chunk: Buffer) => (body += chunk.toString()));
        stream.on('end', () => {
          mails.push({ to: session.envelope.rcptTo.map((r) => r.address).join(','), body });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const port = (smtp.server.address() as AddressInfo).port;
    app = await startTestApp('reminders', { env: { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(port), OUTBOX_POLL_MS: '100' } });
    factory = new Factory(app);
    const territory = await factory.territory();
    const outreachOrg = await factory.organisation(territory, 'outreach');
    const siaoOrg = await factory.organisation(territory, 'siao');
    landlordOrg = await factory.organisation(territory, 'social_landlord', 'Cristal Habitat');
    outreach = await factory.user(outreachOrg, ['outreach_worker']);
    colleague = await factory.user(outreachOrg, ['outreach_worker']);
    siao = await factory.user(siaoOrg, ['siao_worker']);
    secretary = await factory.user(siaoOrg, ['commission_secretary']);
    admin = await factory.user(siaoOrg, ['admin']);
    outsider = await factory.user(await factory.organisation(await factory.territory('Ailleurs'), 'outreach'), ['outreach_worker']);
  });
  afterAll(async () => {
    await app?.stop();
    await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
  });

  const as = (user: TestUser) => ({ authorization: `Bearer ${user.token}` });
  const reminders = async (householdId: string) =>
    (
      await app.db.query(
        `SELECT id, rule_code, status, due_at, email_status, recipient_user_id FROM reminder WHERE subject_id = $1 ORDER BY due_at, rule_code`,
        [householdId],
      )
    ).rows as Array<{
      id: string;
      rule_code: string;
      status: string;
      due_at: Date;
      email_status: string;
      recipient_user_id: string | null;
    }>;
  const session = async (at: string) =>
    (
      await app.http
        .post('/commission-sessions')
        .set(as(secretary))
        .send({ sessionAt: at, landlordOrganisationIds: [landlordOrg] })
        .expect(201)
    ).body as { id: string; version: number };

  /** An outreach household taken by the API up to `proposed` for a session, evaluated `evaluatedDaysAgo`. */
  async function proposedHousehold(sessionId: string, evaluatedDaysAgo: number) {
    const created = await app.http
      .post('/households')
      .set(as(outreach))
      .send({
        entryChannel: 'maraude',
        livingSituation: 'street',
        consentDate: daysAgo(120).slice(0, 10),
        openedAt: daysAgo(120),
        sharedWithOrganisationIds: [siao.organisationId],
        persons: [{ firstName: 'Amina', lastName: 'Bénali', birthYear: 1986, role: 'reference' }],
      })
      .expect(201);
    const id = created.body.household.id as string;
    const evaluated = await app.http
      .post(`/households/${id}/evaluations`)
      .set(as(siao))
      .send({
        version: 1,
        occurredAt: daysAgo(evaluatedDaysAgo),
        livingSituation: 'street',
        resources: ['none'],
        debtsCents: 0,
        needs: ['administrative'],
        orientation: 'ordinary_social_housing',
        intensity: 'medium',
      })
      .expect(200);
    const proposal = await app.http
      .post(`/commission-sessions/${sessionId}/proposals`)
      .set(as(secretary))
      .send({ householdId: id, householdVersion: evaluated.body.version, occurredAt: daysAgo(evaluatedDaysAgo - 1) })
      .expect(201);
    return { id, reference: created.body.household.reference as string, proposalId: proposal.body.id as string };
  }

  it('schedules the lease follow-ups at 9:00 Paris time, delivers a due one exactly once, and cancels the rest on closing', async () => {
    const s = await session(daysAgo(25));
    const h = await proposedHousehold(s.id, 40);
    await app.http
      .post(`/commission-sessions/${s.id}/decisions`)
      .set(as(secretary))
      .send({ decisions: [{ proposalId: h.proposalId, decision: 'retained' }] })
      .expect(200);
    await app.http
      .post(`/commission-proposals/${h.proposalId}/allocation`)
      .set(as(secretary))
      .send({ outcome: 'allocated', occurredAt: daysAgo(15) })
      .expect(200);
    const version = (await app.http.get(`/households/${h.id}`).set(as(outreach)).expect(200)).body.version as number;
    const signedAt = daysAgo(10);
    await app.http
      .post(`/households/${h.id}/lease`)
      .set(as(outreach))
      .send({ version, occurredAt: signedAt, landlord: 'Cristal Habitat', commune: '73065', leaseType: 'bail_glissant' })
      .expect(200);

    // The four follow-ups, the bail glissant review and the notice to the prefect, at 9:00 local time on the right local days.
    const scheduled = await eventually(async () => {
      const rows = (await reminders(h.id)).filter((r) => r.rule_code.startsWith('lease_') || r.rule_code.startsWith('bail_'));
      return rows.length === 6 ? rows : undefined;
    });
    const signed = paris(signedAt);
    const expected = [
      ['lease_followup_7_days', signed.plus({ days: 7 })],
      ['lease_followup_1_month', signed.plus({ months: 1 })],
      ['lease_followup_3_months', signed.plus({ months: 3 })],
      ['lease_followup_6_months', signed.plus({ months: 6 })],
      // The agreement's default period of 6 months (CCH L442-8-3), reminded two weeks ahead; the notice two months before.
      ['bail_glissant_review_first', signed.plus({ months: 6, days: -14 })],
      ['bail_glissant_prefect_notice_first', signed.plus({ months: 4, days: -14 })],
    ] as const;
    for (const [code, day] of expected) {
      const row = scheduled.find((r) => r.rule_code === code)!;
      expect(paris(row.due_at).toFormat('yyyy-LL-dd HH:mm')).toBe(`${day.toFormat('yyyy-LL-dd')} 09:00`);
    }
    expect(scheduled.find((r) => r.rule_code === 'bail_glissant_review_first')!.recipient_user_id).toBeNull(); // team inbox

    // The 7-day follow-up was due three days ago: delivered at once, to the inbox and by e-mail.
    const due = scheduled.find((r) => r.rule_code === 'lease_followup_7_days')!;
    await eventually(async () => ((await reminders(h.id)).find((r) => r.id === due.id)!.email_status === 'sent' ? true : undefined));
    const ours = mails.filter((m) => m.body.includes(`<reminder-${due.id}@parcours>`));
    expect(ours).toHaveLength(1);
    expect(ours[0].to).toBe(outreach.email);
    expect(ours[0].body).toContain(h.reference);
    expect(ours[0].body).not.toMatch(/Amina|B=C3=A9nali|Bénali/); // a reference and a link, no names
    // The link opens the file's page in the web app, not the JSON API under /api (soft line breaks of quoted-printable removed).
    const text = ours[0].body.replace(/=\r?\n/g, '');
    expect(text).toContain(`Ouvrir le dossier : http://localhost:3000/households/${h.id}`);
    expect(text).not.toContain('/api/');

    // The same delivery job run again (a retry, a restarted worker): nothing new is sent.
    const queue = new Queue('reminders', { connection: { host: '127.0.0.1', port: 6379 }, prefix: app.queuePrefix });
    try {
      const again = await queue.add(
        'reminder.deliver',
        { reminderId: due.id, dueAt: new Date(due.due_at).toISOString() },
        { jobId: `again-${due.id}` },
      );
      await eventually(async () => ((await again.getState()) === 'completed' ? true : undefined));
      expect((await queue.getJob(again.id!))!.returnvalue).toEqual({ outcome: 'obsolete' });
    } finally {
      await queue.close();
    }
    expect(mails.filter((m) => m.body.includes(`<reminder-${due.id}@parcours>`))).toHaveLength(1);

    // Redis lost the e-mail job while it was being sent (the row stays `sending`): the reconciler
    // leaves a fresh `sending` alone (a worker may be in the SMTP call), and resumes one stuck for
    // longer than any SMTP call, with the same Message-ID.
    const reconcile = async () => (await app.http.post('/admin/reminders/reconcile').set(as(admin)).expect(200)).body.enqueued as number;
    await app.db.query(`UPDATE reminder SET email_status = 'sending' WHERE id = $1`, [due.id]);
    const withFresh = await reconcile();
    await app.db.query(`UPDATE reminder SET updated_at = now() - interval '16 minutes' WHERE id = $1`, [due.id]);
    expect(await reconcile()).toBe(withFresh + 1);
    await eventually(async () => ((await reminders(h.id)).find((r) => r.id === due.id)!.email_status === 'sent' ? true : undefined));
    expect(mails.filter((m) => m.body.includes(`<reminder-${due.id}@parcours>`))).toHaveLength(2);

    // Inbox: the referent sees it overdue; a colleague does not; the team inbox holds the review.
    const inbox = (await app.http.get('/reminders').set(as(outreach)).expect(200)).body;
    expect(inbox.overdue.map((r: { id: string }) => r.id)).toContain(due.id);
    expect(inbox.upcoming.map((r: { ruleCode: string }) => r.ruleCode)).toEqual(
      expect.arrayContaining(['lease_followup_1_month', 'lease_followup_3_months', 'lease_followup_6_months']),
    );
    expect((await app.http.get('/reminders').set(as(colleague)).expect(200)).body.overdue).toEqual([]);
    const team = (await app.http.get('/reminders?scope=team').set(as(colleague)).expect(200)).body;
    expect(team.upcoming.map((r: { ruleCode: string }) => r.ruleCode)).toContain('bail_glissant_review_first');
    // (The commission reminder of this file may be overdue too: it fell due before the decision was relayed.)
    expect((await app.http.get('/reminders/counts').set(as(outreach)).expect(200)).body).toEqual({
      overdue: inbox.overdue.length,
      today: inbox.today.length,
      upcoming: 3,
    });
    await app.http.post(`/reminders/${due.id}/acknowledge`).set(as(colleague)).expect(404);
    await app.http.post(`/reminders/${due.id}/acknowledge`).set(as(outreach)).expect(200);
    await app.http.post(`/reminders/${due.id}/acknowledge`).set(as(outreach)).expect(409);
    await app.http.post(`/reminders/${due.id}/snooze`).set(as(outreach)).send({ until: 'tomorrow' }).expect(400);
    await app.http.post(`/reminders/${due.id}/done`).set(as(outreach)).expect(200);
    await app.http.get('/reminders').set(as(outsider)).expect(200, { overdue: [], today: [], upcoming: [] });

    // Closing the file cancels what is still scheduled.
    const current = (await app.http.get(`/households/${h.id}`).set(as(outreach)).expect(200)).body.version as number;
    await app.http
      .post(`/households/${h.id}/close`)
      .set(as(outreach))
      .send({ version: current, occurredAt: new Date().toISOString(), reason: 'moved_away' })
      .expect(200);
    await eventually(async () => ((await reminders(h.id)).every((r) => r.status !== 'scheduled') ? true : undefined));
    expect((await reminders(h.id)).filter((r) => r.status === 'cancelled').map((r) => r.rule_code)).toEqual(
      expect.arrayContaining([
        'lease_followup_1_month',
        'lease_followup_3_months',
        'lease_followup_6_months',
        'bail_glissant_review_first',
      ]),
    );
  });

  it('reschedules the commission reminder when the session moves, and restores every job after Redis lost them', async () => {
    const s = await session(daysAhead(10));
    const h = await proposedHousehold(s.id, 20);
    const first = await eventually(async () => (await reminders(h.id)).find((r) => r.rule_code === 'commission_in_two_days'));
    expect(paris(first.due_at).toFormat('yyyy-LL-dd HH:mm')).toBe(`${paris(daysAhead(8)).toFormat('yyyy-LL-dd')} 09:00`);

    const moved = daysAhead(20);
    const sessionVersion = (await app.http.get(`/commission-sessions/${s.id}`).set(as(secretary)).expect(200)).body.version as number;
    await app.http.patch(`/commission-sessions/${s.id}`).set(as(secretary)).send({ version: sessionVersion, sessionAt: moved }).expect(200);
    const rescheduled = await eventually(async () => {
      const row = (await reminders(h.id)).find((r) => r.rule_code === 'commission_in_two_days')!;
      return row.due_at.getTime() !== first.due_at.getTime() ? row : undefined;
    });
    expect(rescheduled.id).toBe(first.id);
    expect(paris(rescheduled.due_at).toFormat('yyyy-LL-dd HH:mm')).toBe(`${paris(daysAhead(18)).toFormat('yyyy-LL-dd')} 09:00`);

    // Redis loses everything under our prefix; the reconciler re-adds exactly one job per reminder to deliver.
    const toDeliver = Number(
      (await app.db.query(`SELECT count(*) FROM reminder WHERE status = 'scheduled' OR email_status = 'pending'`)).rows[0].count,
    );
    expect(toDeliver).toBeGreaterThan(0);
    await clearRedisPrefix(app.queuePrefix);
    await app.http.post('/admin/reminders/reconcile').set(as(outreach)).expect(403);
    expect((await app.http.post('/admin/reminders/reconcile').set(as(admin)).expect(200)).body).toEqual({ enqueued: toDeliver });
    expect((await app.http.post('/admin/reminders/reconcile').set(as(admin)).expect(200)).body).toEqual({ enqueued: toDeliver });
    const counts = (await app.http.get('/admin/queues').set(as(admin)).expect(200)).body.reminders;
    expect(counts.delayed).toBe(toDeliver);
  });

  it('sends the daily digest once a day to the users who opted in, with references and no names', async () => {
    await app.http.put('/reminders/digest').set(as(outreach)).send({ enabled: 'yes' }).expect(400);
    expect((await app.http.get('/reminders/digest').set(as(outreach)).expect(200)).body).toEqual({ enabled: false });
    expect((await app.http.put('/reminders/digest').set(as(outreach)).send({ enabled: true }).expect(200)).body).toEqual({ enabled: true });
    expect((await app.http.get('/reminders/digest').set(as(outreach)).expect(200)).body).toEqual({ enabled: true });
    // Evaluated 100 days ago: the "evaluation going stale" reminder is overdue, delivered at once.
    const h = await proposedHousehold((await session(daysAhead(30))).id, 100);
    await eventually(async () => (await reminders(h.id)).find((r) => r.rule_code === 'evaluation_stale_soon' && r.status === 'delivered'));

    const queue = new Queue('maintenance', { connection: { host: '127.0.0.1', port: 6379 }, prefix: app.queuePrefix });
    const outcomes: unknown[] = [];
    try {
      for (const run of [1, 2]) {
        const job = await queue.add('reminders.digest', {}, { jobId: `digest-run-${run}` });
        await eventually(async () => ((await job.getState()) === 'completed' ? true : undefined));
        outcomes.push((await queue.getJob(job.id!))!.returnvalue);
      }
    } finally {
      await queue.close();
    }
    expect(outcomes).toEqual([{ sent: 1 }, { sent: 0 }]); // the second run of the day sends nothing
    const digests = mails.filter((m) => m.body.includes('<digest-'));
    expect(digests.map((m) => m.to)).toEqual([outreach.email]); // the colleague did not opt in
    expect(digests[0].body).toContain(h.reference);
    expect(digests[0].body).not.toMatch(/Amina|B=C3=A9nali|Bénali/);
  });

  it('holds back the reminders of a suspended file until the end of the suspension', async () => {
    const s = await session(daysAhead(5));
    const h = await proposedHousehold(s.id, 20);
    const reminder = await eventually(async () => (await reminders(h.id)).find((r) => r.rule_code === 'commission_in_two_days'));
    const until = daysAhead(6);
    await app.http.put(`/households/${h.id}/reminder-suspension`).set(as(outsider)).send({ until }).expect(404);
    const suspended = (await app.http.put(`/households/${h.id}/reminder-suspension`).set(as(outreach)).send({ until }).expect(200)).body;
    expect(suspended).toMatchObject({ householdId: h.id, postponed: 1 });
    const row = (await reminders(h.id)).find((r) => r.id === reminder.id)!;
    expect(row.due_at.toISOString()).toBe(new Date(until).toISOString());
  });

  it('fails a job whose payload is malformed for good, naming the job and the field, without retrying it', async () => {
    const queue = new Queue('reminders', { connection: { host: '127.0.0.1', port: 6379 }, prefix: app.queuePrefix });
    try {
      const job = await queue.add('reminder.deliver', { reminderId: 'not-an-id', dueAt: daysAgo(0) }, { attempts: 3 });
      const failed = await eventually(async () => ((await job.getState()) === 'failed' ? queue.getJob(job.id!) : undefined));
      expect(failed.failedReason).toMatch(/^Invalid payload for job reminder\.deliver: reminderId: /);
      expect(failed.attemptsMade).toBe(1);
    } finally {
      await queue.close();
    }
  });
});
