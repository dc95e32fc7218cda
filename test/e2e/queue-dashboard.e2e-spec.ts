import request from 'supertest';
import { startTestApp, TestApp } from '../support/app';
import { Factory, TestUser } from '../support/factory';

describe('queue dashboard (Bull Board) for admins', () => {
  let app: TestApp;
  let admin: TestUser;
  let worker: TestUser;

  beforeAll(async () => {
    app = await startTestApp('queue-dashboard');
    const factory = new Factory(app);
    const territory = await factory.territory();
    admin = await factory.user(await factory.organisation(territory, 'coordination'), ['admin']);
    worker = await factory.user(await factory.organisation(territory, 'siao'), ['siao_worker']);
  });
  afterAll(async () => {
    await app?.stop();
  });

  const sessionCookie = async (user: TestUser) => {
    const response = await app.http.post('/admin/dashboard-session').set('authorization', `Bearer ${user.token}`);
    return {
      status: response.status,
      cookie: String(response.headers['set-cookie'] ?? '').split(';')[0],
      header: String(response.headers['set-cookie'] ?? ''),
    };
  };

  it('opens for an admin through a short-lived HttpOnly cookie scoped to the dashboard', async () => {
    const { status, cookie, header } = await sessionCookie(admin);
    expect(status).toBe(204);
    expect(header).toMatch(
      /^parcours_queue_dashboard=[\w-]+\.[\w-]+\.[\w-]+; Path=\/api\/admin\/queue-dashboard; Max-Age=900; HttpOnly; SameSite=Strict$/,
    );
    const page = await app.http.get('/admin/queue-dashboard').set('cookie', cookie);
    expect(page.status).toBe(200);
    // Under the API prefix only (/api/admin/queue-dashboard).
    const outside = await request(app.url).get('/admin/queue-dashboard').set('cookie', cookie);
    expect(outside.text).not.toContain('static/js/main');
    expect(page.headers['content-type']).toContain('text/html');
    // Its scripts are served under the same path and the same check.
    const script = /src="(static\/js\/main\.[\w.]+\.js)"/.exec(page.text)?.[1];
    expect(script).toBeDefined();
    expect((await app.http.get(`/admin/queue-dashboard/${script}`).set('cookie', cookie)).status).toBe(200);
    expect((await app.http.get(`/admin/queue-dashboard/${script}`)).status).toBe(401);
    const queues = await app.http.get('/admin/queue-dashboard/api/queues').set('cookie', cookie);
    expect(queues.status).toBe(200);
    expect(queues.body.queues.map((q: { name: string }) => q.name).sort()).toEqual([
      'indicators',
      'maintenance',
      'reminder-emails',
      'reminders',
    ]);
  });

  it('is closed to anonymous callers, other roles, forged cookies and plain access tokens', async () => {
    expect((await app.http.get('/admin/queue-dashboard')).status).toBe(401);
    expect((await app.http.get('/admin/queue-dashboard/api/queues')).body).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect((await sessionCookie(worker)).status).toBe(403);
    const forged = `parcours_queue_dashboard=${admin.token}`;
    expect((await app.http.get('/admin/queue-dashboard/api/queues').set('cookie', forged)).status).toBe(401);
    // The dashboard token is not an API bearer token either.
    const { cookie } = await sessionCookie(admin);
    const asBearer = await app.http.get('/admin/queues').set('authorization', `Bearer ${cookie.split('=')[1]}`);
    expect(asBearer.status).toBe(401);
  });
});
