import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { startTestApp, TestApp } from '../support/app';
import { databaseUrl } from '../support/databases';
import { Factory, TestUser } from '../support/factory';

/** Communes are INSEE codes of a reference, never free text (issue 20 §6). */
describe('communes', () => {
  let app: TestApp;
  let siao: TestUser;
  let advisor: TestUser;
  let coordinator: TestUser;
  let factory: Factory;
  const as = (user: TestUser) => ({ authorization: `Bearer ${user.token}` });
  const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

  beforeAll(async () => {
    app = await startTestApp('communes');
    factory = new Factory(app);
    const territory = await factory.territory();
    siao = await factory.user(await factory.organisation(territory, 'siao'), ['siao_worker']);
    advisor = await factory.user(await factory.organisation(territory, 'adil'), ['arrears_advisor']);
    coordinator = await factory.user(await factory.organisation(territory, 'coordination'), ['coordinator']);
  });
  afterAll(async () => {
    await app?.stop();
  });

  const household = (body: Record<string, unknown>) =>
    app.http
      .post('/households')
      .set(as(siao))
      .send({ entryChannel: 'siao_demand', livingSituation: 'street', persons: [{ lastName: 'Roux', role: 'reference' }], ...body });

  const fileBody = (body: Record<string, unknown>) => ({
    tenantLastName: 'Martin',
    commune: '73065',
    rentCents: 50_000,
    alertSource: 'tenant',
    landlord: { kind: 'individual', name: `M. Roux ${Math.random()}` },
    ...body,
  });

  it('searches the reference by the start of a name, accents and case ignored, for any signed-in user', async () => {
    const found = (await app.http.get('/communes').query({ q: 'CHAMBE', departement: '73' }).set(as(coordinator)).expect(200)).body;
    expect(found).toContainEqual({ code: '73065', name: 'Chambéry', departement: '73', postalCodes: ['73000'] });
    expect(found.every((c: { departement: string }) => c.departement === '73')).toBe(true);
    expect((await app.http.get('/communes').query({ q: 'saint' }).set(as(siao)).expect(200)).body).toHaveLength(20);
    expect((await app.http.get('/communes').query({ q: 'ajaccio' }).set(as(advisor)).expect(200)).body).toEqual([
      { code: '2A004', name: 'Ajaccio', departement: '2A', postalCodes: expect.arrayContaining(['20000']) },
    ]);
    expect((await app.http.get('/communes').query({ q: 'cham', departement: 'x' }).set(as(siao))).status).toBe(400);
    expect((await app.http.get('/communes').set(as(siao))).status).toBe(400);
    expect((await app.http.get('/communes').query({ q: 'cham' })).status).toBe(401);
  });

  it('refuses a commune that is not an INSEE code of the reference, naming the field, and writes nothing', async () => {
    const before = Number((await app.db.query(`SELECT count(*) FROM household`)).rows[0].count);
    for (const commune of ['Chambéry', '73999', '20004', '7306', 'x'.repeat(5)]) {
      const response = await household({ commune });
      expect({ commune, status: response.status, fields: response.body.details?.map((d: { field: string }) => d.field) }).toEqual({
        commune,
        status: 400,
        fields: ['commune'],
      });
    }
    expect(Number((await app.db.query(`SELECT count(*) FROM household`)).rows[0].count)).toBe(before);
    const file = await app.http
      .post('/arrears/files')
      .set(as(advisor))
      .send(fileBody({ commune: 'Chambéry' }));
    expect({ status: file.status, field: file.body.details?.[0]?.field }).toEqual({ status: 400, field: 'commune' });
    const landlord = await app.http.post('/arrears/landlords').set(as(advisor)).send({ kind: 'individual', name: 'X', commune: 'Cognin' });
    expect({ status: landlord.status, field: landlord.body.details?.[0]?.field }).toEqual({ status: 400, field: 'commune' });
    const list = await app.http.get('/households').query({ commune: 'cognin' }).set(as(siao));
    expect({ status: list.status, field: list.body.details?.[0]?.field }).toEqual({ status: 400, field: 'commune' });
  });

  it('stores the code and answers it with the official name, Corsica included', async () => {
    const created = (await household({ commune: '2B033' }).expect(201)).body.household;
    expect(created).toMatchObject({ commune: '2B033', communeName: 'Bastia' });
    expect((await app.db.query(`SELECT commune FROM household WHERE id = $1`, [created.id])).rows[0].commune).toBe('2B033');
    const lease = await app.http
      .post(`/households/${created.id}/lease`)
      .set(as(siao))
      .send({ version: created.version, occurredAt: daysAgo(1), landlord: 'OPAC', commune: 'Chambéry', leaseType: 'direct' });
    expect({ status: lease.status, field: lease.body.details?.[0]?.field }).toEqual({ status: 400, field: 'commune' });
    const file = await factory.arrearsFile(advisor, { commune: '73179' });
    expect(file).toMatchObject({ commune: '73179', communeName: 'La Motte-Servolex' });
    const landlord = await factory.landlord(advisor, { name: 'Mme Blanc', commune: '73087' });
    expect(landlord).toMatchObject({ commune: '73087', communeName: 'Cognin' });
  });

  it('the migration turns free text into the code of the one commune of that name, and empties the rest', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) ids.push((await household({}).expect(201)).body.household.id);
    const typed = ['CHAMBÉRY', 'jacob bellecombette', 'Saint-Martin', 'Atlantis'];
    for (const [i, id] of ids.entries()) await app.db.query(`UPDATE household SET commune = $2 WHERE id = $1`, [id, typed[i]]);
    const file = (
      await app.http
        .post('/arrears/files')
        .set(as(advisor))
        .send(fileBody({ tenantFirstName: 'Léa' }))
        .expect(201)
    ).body;
    await app.db.query(`UPDATE arrears_file SET commune = 'La Motte-Servolex', tenant_key = 'martin|lea|la motte servolex' WHERE id = $1`, [
      file.id,
    ]);

    await app.db.query(`DELETE FROM migrations WHERE name = 'CommuneCodes1796400000000'`);
    const output = execFileSync(process.execPath, [join(__dirname, '..', '..', 'dist/apps/api/src/cli/migrate.js')], {
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl(app.databaseName),
        NODE_ENV: 'test',
        DATA_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString('base64'),
      },
      encoding: 'utf8',
    });

    const stored = await app.db.query(`SELECT id, commune FROM household WHERE id = ANY($1)`, [ids]);
    const communeOf = (id: string) => stored.rows.find((r: { id: string }) => r.id === id).commune;
    expect(ids.map(communeOf)).toEqual(['73065', '73137', null, null]); // many Saint-Martin; no Atlantis
    const storedFile = (await app.db.query(`SELECT commune, tenant_key FROM arrears_file WHERE id = $1`, [file.id])).rows[0];
    expect(storedFile).toEqual({ commune: '73179', tenant_key: 'martin|lea|73179' });
    expect(output).toMatch(/Communes: 3 values mapped to their INSEE code, 2 left empty/);
    expect(output).not.toMatch(/Atlantis|Saint-Martin|CHAMB/i); // counts only
    const read = (await app.http.get(`/households/${ids[0]}`).set(as(siao)).expect(200)).body;
    expect(read).toMatchObject({ commune: '73065', communeName: 'Chambéry' });
  });
});
