import { startTestApp, TestApp } from '../support/app';
import { Factory, TestUser } from '../support/factory';

/**
 * Commission sessions are scoped like every other record (issue 20 §2): the organisation running a
 * session manages it; the organisations taking part (landlords present, referents of the households
 * proposed) read it; any other organisation of the territory gets 404.
 */
describe('commission sessions: owning and taking-part organisations', () => {
  let app: TestApp;
  let secretary: TestUser; // runs the session (SIAO A)
  let partnerSiao: TestUser; // SIAO B: referent of a household proposed at the session
  let landlordUser: TestUser; // a user of a landlord present (given the secretary role to pass the guard)
  let outsiderSecretary: TestUser; // another SIAO of the territory, not taking part
  let outsiderSiao: TestUser;
  let sessionId: string;
  let proposalId: string;
  let householdId: string;

  const as = (user: TestUser) => ({ authorization: `Bearer ${user.token}` });
  const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

  beforeAll(async () => {
    app = await startTestApp('commission-scope');
    const factory = new Factory(app);
    const territory = await factory.territory();
    const siaoA = await factory.organisation(territory, 'siao');
    const siaoB = await factory.organisation(territory, 'siao');
    const landlord = await factory.organisation(territory, 'social_landlord');
    const outsider = await factory.organisation(territory, 'siao');
    secretary = await factory.user(siaoA, ['commission_secretary']);
    partnerSiao = await factory.user(siaoB, ['siao_worker']);
    landlordUser = await factory.user(landlord, ['commission_secretary']);
    outsiderSecretary = await factory.user(outsider, ['commission_secretary']);
    outsiderSiao = await factory.user(outsider, ['siao_worker']);

    // SIAO B's household, shared with SIAO A, evaluated: SIAO A proposes it at its session.
    const household = await factory.household(partnerSiao, { livingSituation: 'street', sharedWithOrganisationIds: [siaoA] });
    householdId = household.id;
    const evaluated = await app.http
      .post(`/households/${householdId}/evaluations`)
      .set(as(partnerSiao))
      .send({
        version: household.version,
        occurredAt: daysAgo(50),
        livingSituation: 'street',
        resources: ['none'],
        debtsCents: 0,
        needs: ['administrative'],
        orientation: 'ordinary_social_housing',
        intensity: 'medium',
      })
      .expect(200);
    sessionId = (await factory.commissionSession(secretary, { sessionAt: daysAgo(20), landlordOrganisationIds: [landlord] })).id;
    proposalId = (
      await app.http
        .post(`/commission-sessions/${sessionId}/proposals`)
        .set(as(secretary))
        .send({ householdId, householdVersion: evaluated.body.version, occurredAt: daysAgo(25) })
        .expect(201)
    ).body.id;
  });
  afterAll(() => app?.stop());

  const listed = async (user: TestUser) =>
    (
      (
        await app.http
          .get(`/commission-sessions?from=${daysAgo(40)}`)
          .set(as(user))
          .expect(200)
      ).body as { items: Array<{ id: string }> }
    ).items.map((s) => s.id);

  it('another organisation of the territory gets 404 on every session operation, and does not list it', async () => {
    const answers = {
      get: (await app.http.get(`/commission-sessions/${sessionId}`).set(as(outsiderSecretary))).status,
      agenda: (await app.http.get(`/commission-sessions/${sessionId}/agenda.csv`).set(as(outsiderSecretary))).status,
      move: (
        await app.http
          .patch(`/commission-sessions/${sessionId}`)
          .set(as(outsiderSecretary))
          .send({ version: 1, sessionAt: daysAgo(400) })
      ).status,
      propose: (
        await app.http
          .post(`/commission-sessions/${sessionId}/proposals`)
          .set(as(outsiderSiao))
          .send({ householdId, householdVersion: 1, occurredAt: daysAgo(25) })
      ).status,
      decide: (
        await app.http
          .post(`/commission-sessions/${sessionId}/decisions`)
          .set(as(outsiderSecretary))
          .send({ decisions: [{ proposalId, decision: 'postponed' }] })
      ).status,
      allocate: (
        await app.http
          .post(`/commission-proposals/${proposalId}/allocation`)
          .set(as(outsiderSecretary))
          .send({ outcome: 'allocated', occurredAt: daysAgo(10) })
      ).status,
    };
    expect(answers).toEqual({ get: 404, agenda: 404, move: 404, propose: 404, decide: 404, allocate: 404 });
    expect(await listed(outsiderSecretary)).not.toContain(sessionId);
    expect(await listed(outsiderSiao)).not.toContain(sessionId);
  });

  it('the referent organisation of a proposed household and a landlord present read it, but cannot move it or decide', async () => {
    for (const user of [partnerSiao, landlordUser]) {
      expect((await app.http.get(`/commission-sessions/${sessionId}`).set(as(user)).expect(200)).body.id).toBe(sessionId);
      expect(await listed(user)).toContain(sessionId);
    }
    await app.http.get(`/commission-sessions/${sessionId}/agenda.csv`).set(as(landlordUser)).expect(200);
    await app.http
      .patch(`/commission-sessions/${sessionId}`)
      .set(as(landlordUser))
      .send({ version: 1, sessionAt: daysAgo(400) })
      .expect(404);
    await app.http
      .post(`/commission-sessions/${sessionId}/decisions`)
      .set(as(landlordUser))
      .send({ decisions: [{ proposalId, decision: 'postponed' }] })
      .expect(404);
    await app.http
      .post(`/commission-proposals/${proposalId}/allocation`)
      .set(as(landlordUser))
      .send({ outcome: 'allocated', occurredAt: daysAgo(10) })
      .expect(404);
    // Nothing moved, nothing decided.
    const session = (await app.http.get(`/commission-sessions/${sessionId}`).set(as(secretary)).expect(200)).body;
    expect(session).toMatchObject({ version: 1, proposals: [{ id: proposalId, decision: null }] });
  });

  it('the organisation running it still manages it', async () => {
    await app.http
      .post(`/commission-sessions/${sessionId}/decisions`)
      .set(as(secretary))
      .send({ decisions: [{ proposalId, decision: 'retained' }] })
      .expect(200);
    await app.http.get(`/commission-sessions/${sessionId}/agenda.csv`).set(as(secretary)).expect(200);
    await app.http
      .patch(`/commission-sessions/${sessionId}`)
      .set(as(secretary))
      .send({ version: 1, sessionAt: daysAgo(19) })
      .expect(200);
  });
});
