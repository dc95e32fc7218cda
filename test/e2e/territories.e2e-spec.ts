import { startTestApp, TestApp } from '../support/app';
import { Factory, TestUser } from '../support/factory';

/** The territories a user may read indicators for: the State officer's side-by-side view picks among them. */
describe('territories', () => {
  let app: TestApp;
  let coordinator: TestUser;
  let stateOfficer: TestUser;
  let siao: TestUser;
  let territories: string[];
  const as = (user: TestUser) => ({ authorization: `Bearer ${user.token}` });

  beforeAll(async () => {
    app = await startTestApp('territories');
    const factory = new Factory(app);
    const savoie = await factory.territory('Grand Chambéry');
    const lac = await factory.territory('Grand Lac');
    const prefecture = await factory.territory('Préfecture de la Savoie');
    territories = [savoie, lac, prefecture];
    coordinator = await factory.user(await factory.organisation(savoie, 'coordination'), ['coordinator']);
    siao = await factory.user(await factory.organisation(savoie, 'siao'), ['siao_worker']);
    stateOfficer = await factory.user(await factory.organisation(prefecture, 'state_service'), ['state_officer']);
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('lists every territory to a State officer, whose indicators it may then read side by side', async () => {
    const response = await app.http.get('/territories').set(as(stateOfficer)).expect(200);
    const listed = response.body as Array<{ id: string; code: string; name: string }>;
    expect(listed.map((t) => t.id)).toEqual(expect.arrayContaining(territories));
    expect(Object.keys(listed[0]).sort()).toEqual(['code', 'id', 'name']);
    const names = listed.map((t) => t.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    await app.http
      .get(`/indicators?from=2025-01-01&to=2025-12-31&territoryIds=${territories[0]}&codes=households_proposed`)
      .set(as(stateOfficer))
      .expect(200);
  });

  it('lists only their own territory to a coordinator, and none to a case worker', async () => {
    const response = await app.http.get('/territories').set(as(coordinator)).expect(200);
    expect(response.body).toEqual([{ id: coordinator.territoryId, code: expect.any(String), name: 'Grand Chambéry' }]);
    await app.http.get('/territories').set(as(siao)).expect(403);
  });
});
