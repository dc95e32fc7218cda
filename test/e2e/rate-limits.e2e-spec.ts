import { startTestApp, TestApp } from '../support/app';
import { Factory, TestUser } from '../support/factory';

describe('rate limits on expensive requests', () => {
  let app: TestApp;
  let coordinator: TestUser;
  let colleague: TestUser;
  let siao: TestUser;

  beforeAll(async () => {
    app = await startTestApp('rate-limits', { env: { EXPENSIVE_REQUESTS_PER_MINUTE: '3', INDICATOR_READS_PER_MINUTE: '12' } });
    const factory = new Factory(app);
    const territory = await factory.territory();
    const coordination = await factory.organisation(territory, 'coordination');
    coordinator = await factory.user(coordination, ['coordinator']);
    colleague = await factory.user(coordination, ['coordinator']);
    siao = await factory.user(await factory.organisation(territory, 'siao'), ['siao_worker']);
  });
  afterAll(() => app?.stop());

  const as = (user: TestUser) => ({ authorization: `Bearer ${user.token}` });

  it('answers 429 past the budget of exports and reports, per user, with when to retry', async () => {
    const exportCsv = (user: TestUser) => app.http.get('/indicators/export?from=2026-01-01&to=2026-12-31').set(as(user));
    for (let i = 0; i < 3; i++) expect((await exportCsv(coordinator)).status).toBe(200);
    const refused = await exportCsv(coordinator);
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ code: 'RATE_LIMITED', details: { retryAfterSeconds: expect.any(Number) } });
    // The window opened with the first export: it closes within the minute.
    const { retryAfterSeconds } = (refused.body as { details: { retryAfterSeconds: number } }).details;
    expect(retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(retryAfterSeconds).toBeLessThanOrEqual(60);
    // Another user has a budget of their own; cheap reads are not counted.
    expect((await exportCsv(colleague)).status).toBe(200);
    expect((await app.http.get('/indicators/catalogue').set(as(coordinator))).status).toBe(200);
  });

  it("gives the dashboard's indicator reads a budget of their own, apart from exports", async () => {
    const read = (user: TestUser, month: number) =>
      app.http.get(`/indicators?from=2026-${String(month).padStart(2, '0')}-01&to=2026-12-31&granularity=month`).set(as(user));
    // A coordinator browsing the dashboard month after month: many more reads than the exports' budget.
    for (let month = 1; month <= 12; month++) expect((await read(colleague, month)).status).toBe(200);
    const refused = await read(colleague, 1);
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ code: 'RATE_LIMITED', details: { retryAfterSeconds: expect.any(Number) } });
    // Exports keep their own budget, and the reads did not eat it.
    const exported = await app.http.get('/indicators/export?from=2026-01-01&to=2026-12-31').set(as(colleague));
    expect(exported.status).toBe(200);
  });

  it('counts a household list only when it searches by name', async () => {
    for (let i = 0; i < 5; i++) expect((await app.http.get('/households').set(as(siao))).status).toBe(200);
    for (let i = 0; i < 3; i++) expect((await app.http.get('/households?q=dupont').set(as(siao))).status).toBe(200);
    expect((await app.http.get('/households?q=dupont').set(as(siao))).status).toBe(429);
  });
});
