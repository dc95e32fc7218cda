import { startTestApp, TestApp } from '../support/app';
import { Factory, TestUser } from '../support/factory';

describe('access control, validation and audit trail', () => {
  let app: TestApp;
  let factory: Factory;
  let admin: TestUser;
  let siao: TestUser;
  let siaoColleague: TestUser;
  let outreach: TestUser;
  let foreignAdmin: TestUser;
  let siaoOrg: string;
  let outreachOrg: string;

  beforeAll(async () => {
    app = await startTestApp('access');
    factory = new Factory(app);
    const territory = await factory.territory();
    siaoOrg = await factory.organisation(territory, 'siao');
    outreachOrg = await factory.organisation(territory, 'outreach');
    const coordination = await factory.organisation(territory, 'coordination');
    admin = await factory.user(coordination, ['admin']);
    siao = await factory.user(siaoOrg, ['siao_worker']);
    siaoColleague = await factory.user(siaoOrg, ['commission_secretary']);
    outreach = await factory.user(outreachOrg, ['outreach_worker']);
    const otherTerritory = await factory.territory('Quimper Bretagne Occidentale');
    foreignAdmin = await factory.user(await factory.organisation(otherTerritory, 'coordination'), ['admin']);
  });
  afterAll(() => app?.stop());

  const as = (user: TestUser) => ({ authorization: `Bearer ${user.token}` });
  const audit = async (where: string, params: unknown[]) =>
    (await app.db.query(`SELECT * FROM audit_entry WHERE ${where} ORDER BY id`, params)).rows;

  it('answers 403 FORBIDDEN to a role without the right', async () => {
    const response = await app.http
      .post('/users')
      .set(as(siao))
      .send({
        organisationId: siaoOrg,
        email: 'x@test.parcours.example',
        displayName: 'X',
        roles: ['siao_worker'],
        password: 'long enough password',
      })
      .expect(403);
    expect(response.body).toMatchObject({ statusCode: 403, code: 'FORBIDDEN', details: { requiredRoles: ['admin'] } });
    await app.http.get('/audit-entries').set(as(outreach)).expect(403);
  });

  it('shows colleagues of the same organisation and answers 404 for another organisation or territory', async () => {
    const colleague = await app.http.get(`/users/${siaoColleague.id}`).set(as(siao)).expect(200);
    expect(colleague.body).toMatchObject({ id: siaoColleague.id, email: siaoColleague.email });
    const other = await app.http.get(`/users/${outreach.id}`).set(as(siao)).expect(404);
    expect(other.body).toEqual({ statusCode: 404, code: 'NOT_FOUND', message: 'User not found', details: null });
    await app.http.get(`/users/${siao.id}`).set(as(foreignAdmin)).expect(404);
    await app.http.get(`/users/${siao.id}`).set(as(admin)).expect(200);
    const list = await app.http.get('/users').set(as(siao)).expect(200);
    expect(list.body.items.map((u: { id: string }) => u.id).sort()).toEqual([siao.id, siaoColleague.id].sort());
  });

  it('rejects a wrong type and an unknown field with 400, listing each field, and writes nothing', async () => {
    const before = await app.db.query('SELECT count(*)::int AS n FROM app_user');
    const response = await app.http
      .post('/users')
      .set(as(admin))
      .send({
        organisationId: 'not-a-uuid',
        email: 42,
        displayName: 'Y',
        roles: ['wizard'],
        password: 'long enough password',
        isRoot: true,
      })
      .expect(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    const fields = (response.body.details as Array<{ field: string }>).map((d) => d.field).sort();
    expect(fields).toEqual(['email', 'isRoot', 'organisationId', 'roles']);
    const after = await app.db.query('SELECT count(*)::int AS n FROM app_user');
    expect(after.rows[0].n).toBe(before.rows[0].n);
    const badId = await app.http.get('/users/123').set(as(admin)).expect(400);
    expect(badId.body.details).toEqual([{ field: 'id', problems: ['id must be a UUID'] }]);
  });

  it('audits reads and changes of personal data, without the data itself', async () => {
    const readsOf = () => audit("user_id = $1 AND action = 'read' AND resource_id = $2", [siao.id, siaoColleague.id]);
    const before = (await readsOf()).length;
    await app.http.get(`/users/${siaoColleague.id}`).set(as(siao)).set('x-request-id', 'trace-me-0001').expect(200);
    const reads = await readsOf();
    expect(reads).toHaveLength(before + 1);
    expect(reads.at(-1)).toMatchObject({
      resource_type: 'user',
      organisation_id: siaoOrg,
      client_address: '127.0.0.1',
      request_id: 'trace-me-0001',
    });

    const created = await app.http
      .post('/users')
      .set(as(admin))
      .send({
        organisationId: outreachOrg,
        email: 'Nouvelle.Recrue@test.parcours.example',
        displayName: 'Nouvelle Recrue',
        roles: ['outreach_worker'],
        password: 'long enough password',
      })
      .expect(201);
    const changed = await app.http
      .patch(`/users/${created.body.id}`)
      .set(as(admin))
      .send({ version: 1, roles: ['outreach_worker', 'siao_worker'] })
      .expect(200);
    expect(changed.body).toMatchObject({ version: 2, roles: ['outreach_worker', 'siao_worker'] });
    // A partial change leaves the other fields alone.
    expect(changed.body.displayName).toEqual(expect.stringContaining('Nouvelle'));
    expect(changed.body.active).toBe(true);
    const changes = await audit('resource_id = $1 AND action IN ($2, $3)', [created.body.id, 'create', 'update']);
    expect(changes.map((r) => r.action)).toEqual(['create', 'update']);
    expect(changes[1].details).toEqual({ fields: ['roles'] });
    expect(JSON.stringify(changes)).not.toContain('Nouvelle');

    const duplicate = await app.http
      .post('/users')
      .set(as(admin))
      .send({
        organisationId: outreachOrg,
        email: 'nouvelle.recrue@TEST.parcours.example',
        displayName: 'Doublon',
        roles: ['outreach_worker'],
        password: 'long enough password',
      })
      .expect(409);
    expect(duplicate.body.code).toBe('CONFLICT');
  });

  it('detects a stale version instead of overwriting (409 STALE_VERSION)', async () => {
    const organisation = (await app.http.get(`/organisations/${outreachOrg}`).set(as(admin)).expect(200)).body;
    await app.http
      .patch(`/organisations/${outreachOrg}`)
      .set(as(admin))
      .send({ version: organisation.version, name: 'Toit d’abord' })
      .expect(200);
    const stale = await app.http
      .patch(`/organisations/${outreachOrg}`)
      .set(as(admin))
      .send({ version: organisation.version, name: 'Autre nom' })
      .expect(409);
    expect(stale.body).toMatchObject({ code: 'STALE_VERSION', details: { currentVersion: organisation.version + 1 } });
    await app.http.patch(`/organisations/${outreachOrg}`).set(as(foreignAdmin)).send({ version: 2, name: 'Pirate' }).expect(404);
  });

  it('lets admins search the audit trail of their territory only, with filters and pagination', async () => {
    const page1 = await app.http.get('/audit-entries').query({ action: 'login', limit: 2 }).set(as(admin)).expect(200);
    expect(page1.body.items).toHaveLength(2);
    expect(page1.body.nextCursor).toEqual(expect.any(String));
    const page2 = await app.http
      .get('/audit-entries')
      .query({ action: 'login', limit: 2, cursor: page1.body.nextCursor })
      .set(as(admin))
      .expect(200);
    const ids = [...page1.body.items, ...page2.body.items].map((e: { id: string }) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    const all = await app.http.get('/audit-entries').query({ limit: 500 }).set(as(admin)).expect(200);
    expect(all.body.items.every((e: { userId: string }) => e.userId !== foreignAdmin.id)).toBe(true);
    await app.http.get('/audit-entries').query({ cursor: 'garbage' }).set(as(admin)).expect(400);
  });

  it('the database itself refuses to rewrite or erase the audit trail', async () => {
    await expect(app.db.query("UPDATE audit_entry SET action = 'read'")).rejects.toThrow(/append-only/);
    await expect(app.db.query('DELETE FROM audit_entry')).rejects.toThrow(/append-only/);
    await expect(app.db.query('TRUNCATE audit_entry')).rejects.toThrow(/append-only/);
  });

  it('the retention purge deletes only entries older than the retention, and leaves a trace', async () => {
    const client = await app.db.connect();
    try {
      // Back-date one entry the only way the trail allows: inserting it with an old date.
      await client.query(
        "INSERT INTO audit_entry (occurred_at, action, resource_type) VALUES (now() - interval '400 days', 'read', 'user')",
      );
      const before = (await client.query('SELECT count(*)::int AS n FROM audit_entry')).rows[0].n;
      const purged = (await client.query('SELECT parcours_purge_audit() AS n')).rows[0].n;
      expect(Number(purged)).toBe(1);
      expect((await client.query('SELECT count(*)::int AS n FROM audit_entry')).rows[0].n).toBe(before - 1);
      await expect(client.query('DELETE FROM audit_entry')).rejects.toThrow(/append-only/);
    } finally {
      client.release();
    }
  });
});
