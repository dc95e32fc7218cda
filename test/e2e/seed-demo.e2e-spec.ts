import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startTestApp, TestApp } from '../support/app';
import { eventually } from '../support/eventually';

const SEED = join(__dirname, '..', '..', 'dist/apps/api/src/cli/seed-demo.js');
const DEMO_PASSWORD = 'parcours-demo-2026';
const DAY = 86_400_000;
const TABLES = [
  'app_user',
  'household',
  'person',
  'household_event',
  'household_note',
  'household_share',
  'maraude_encounter',
  'commission_session',
  'commission_proposal',
  'arrears_file',
  'arrears_contact',
  'pecule_programme',
  'pecule_enrolment',
  'pecule_payment',
  'convention',
  'convention_action',
  'convention_expense',
  'outbox_event',
];

describe('demo seed (npm run seed:demo)', () => {
  let app: TestApp;
  let firstRun: string;
  let secondRun: string;
  let countsAfterFirst: Record<string, number>;
  let countsAfterSecond: Record<string, number>;
  const tokens = new Map<string, string>();

  const runSeed = async () =>
    (await promisify(execFile)(process.execPath, [SEED], { env: { PATH: process.env.PATH ?? '', ...app.env }, timeout: 90_000 })).stdout;
  const counts = async () =>
    Object.fromEntries(
      await Promise.all(
        TABLES.map(async (table) => [table, Number((await app.db.query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n)] as const),
      ),
    );
  /** Bearer header of a demo user (`siao` for siao@demo.parcours.test). */
  const as = async (user: string) => {
    if (!tokens.has(user)) {
      const response = await app.http
        .post('/auth/login')
        .send({ email: `${user}@demo.parcours.test`, password: DEMO_PASSWORD })
        .expect(200);
      tokens.set(user, (response.body as { accessToken: string }).accessToken);
    }
    return { authorization: `Bearer ${tokens.get(user)}` };
  };

  beforeAll(async () => {
    // The API runs with its worker, as during development: it relays the outbox while the seed writes.
    app = await startTestApp('seeddemo', { env: { OUTBOX_POLL_MS: '100' } });
    firstRun = await runSeed();
    countsAfterFirst = await counts();
    secondRun = await runSeed();
    countsAfterSecond = await counts();
  }, 180_000);
  afterAll(() => app?.stop());

  it('plays the scenario once; the second run says so and adds nothing', () => {
    expect(firstRun).toContain('Demo scenario played');
    expect(secondRun).toContain('Demo scenario already present');
    expect(secondRun).toContain('nothing added');
    expect(countsAfterFirst.household).toBeGreaterThanOrEqual(40);
    expect(countsAfterSecond).toEqual(countsAfterFirst);
  });

  it('loads Grand Chambéry’s convention for the coordinator, with Annexe 2’s carry-over into 2025', async () => {
    expect(firstRun).toContain('Convention grand-chambery-2024-2026 loaded: 23 actions');
    const [summary] = (
      await app.http
        .get('/conventions')
        .set(await as('coordination'))
        .expect(200)
    ).body as Array<{ id: string }>;
    const convention = (
      await app.http
        .get(`/conventions/${summary.id}`)
        .set(await as('coordination'))
        .expect(200)
    ).body as {
      years: Array<{ year: number; credits: { carriedInCents: number } }>;
    };
    expect(convention.years.find((y) => y.year === 2025)!.credits.carriedInCents).toBe(13_538_770);
  });

  it('spreads the households over the pathway: at least 6 statuses, a stale evaluation, restricted and shared files', async () => {
    const { body } = await app.http
      .get('/households')
      .query({ limit: 200 })
      .set(await as('admin'))
      .expect(200);
    const items = body.items as Array<{
      status: string;
      restricted: boolean;
      sharedWithOrganisationIds: string[];
      evaluationStale: boolean;
    }>;
    expect(items.length).toBeGreaterThanOrEqual(40);
    expect(new Set(items.map((h) => h.status)).size).toBeGreaterThanOrEqual(6);
    expect(items.some((h) => h.restricted)).toBe(true);
    expect(items.some((h) => h.sharedWithOrganisationIds.length > 0)).toBe(true);
    expect(items.some((h) => h.evaluationStale)).toBe(true);
  });

  it('fills the SIAO worklist of households awaiting a proposal', async () => {
    const { body } = await app.http
      .get('/households/worklist/awaiting-proposal')
      .set(await as('siao'))
      .expect(200);
    expect((body as unknown[]).length).toBeGreaterThan(0);
  });

  it('puts proposals on the agenda of an upcoming session, awaiting decisions', async () => {
    const { body: proposed } = await app.http
      .get('/households')
      .query({ status: 'proposed' })
      .set(await as('siao'))
      .expect(200);
    expect(proposed.items.length).toBeGreaterThan(0);
    const { body: timeline } = await app.http
      .get(`/households/${proposed.items[0].id}/timeline`)
      .set(await as('siao'))
      .expect(200);
    const proposal = (timeline as Array<{ type: string; payload: { sessionId?: string } }>).find((e) => e.type === 'commission.proposed');
    const { body: session } = await app.http
      .get(`/commission-sessions/${proposal!.payload.sessionId}`)
      .set(await as('commission'))
      .expect(200);
    expect(new Date(session.sessionAt).getTime()).toBeGreaterThan(Date.now());
    expect(session.proposals.length).toBeGreaterThan(0);
    expect(session.proposals.every((p: { decision: string | null }) => p.decision === null)).toBe(true);
  });

  it('records the outreach worker’s maraude encounters of the last weeks, anonymous and linked to households', async () => {
    const { body } = await app.http
      .get('/maraude-encounters')
      .query({ from: new Date(Date.now() - 30 * DAY).toISOString(), to: new Date(Date.now() + DAY).toISOString() })
      .set(await as('maraude'))
      .expect(200);
    const encounters = body as Array<{ householdIds: string[] }>;
    expect(encounters.length).toBeGreaterThan(0);
    expect(encounters.some((e) => e.householdIds.length === 0)).toBe(true);
    expect(encounters.some((e) => e.householdIds.length > 0)).toBe(true);
  });

  it('gives reminders to the inboxes once the worker has projected the outbox', async () => {
    const inboxSize = async (user: string, scope: 'mine' | 'team') => {
      const { body } = await app.http
        .get('/reminders')
        .query({ scope })
        .set(await as(user))
        .expect(200);
      return body.overdue.length + body.today.length + body.upcoming.length;
    };
    const nonEmpty = (user: string, scope: 'mine' | 'team') =>
      eventually(async () => ((await inboxSize(user, scope)) > 0 ? true : undefined), 20_000, 250);
    await nonEmpty('siao', 'mine');
    await nonEmpty('maraude', 'mine');
    // No rule addresses the commission secretary personally: she sees the SIAO team inbox (bail glissant reviews).
    await nonEmpty('commission', 'team');
  });
});
