// The coordinator's and the State officer's screens in Chromium against the real app: counts for
// any period, masked cells, charts with their tables, exports; never a name; axe on each screen.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { TestUser } from '../support/factory';
import { logIn, passes, seriousViolations, startBrowserHarness, type BrowserHarness } from './browser';

jest.setTimeout(120_000);

let h: BrowserHarness;
let coordinator: TestUser;
let stateOfficer: TestUser;
let siao: TestUser;
const a11y: Record<string, string[]> = {};
const NAMES = ['Benali', 'Samia', 'Moreau', 'Yacine'];
const year = String(new Date().getFullYear());

const bearer = (user: TestUser) => ({ authorization: `Bearer ${user.token}` });

async function checkA11y(page: Page, screen: string): Promise<void> {
  a11y[screen] = await seriousViolations(page);
}

/** What the page shows holds no name of a person followed. */
async function expectNoName(page: Page): Promise<void> {
  const text = await page.locator('body').innerText();
  for (const name of NAMES) expect(text).not.toContain(name);
}

beforeAll(async () => {
  h = await startBrowserHarness('browser-coordinator');
  const territory = await h.factory.territory('Grand Chambéry');
  await h.factory.territory('Grand Lac');
  const siaoOrg = await h.factory.organisation(territory, 'siao', 'SIAO 73');
  siao = await h.factory.user(siaoOrg, ['siao_worker']);
  coordinator = await h.factory.user(await h.factory.organisation(territory, 'coordination', 'Coordination'), ['coordinator']);
  stateOfficer = await h.factory.user(await h.factory.organisation(territory, 'state_service', 'DDETS 73'), ['state_officer']);
  // Three households opened this year in Chambéry: a count the coordinator sees, a cell masked by commune.
  for (const [firstName, lastName] of [
    ['Samia', 'Benali'],
    ['Yacine', 'Moreau'],
    ['Samia', 'Moreau'],
  ]) {
    const created = await h.app.http
      .post('/households')
      .set(bearer(siao))
      .send({
        entryChannel: 'siao_demand',
        livingSituation: 'emergency_shelter',
        commune: '73065',
        consentDate: new Date().toISOString().slice(0, 10),
        persons: [{ firstName, lastName, role: 'reference' }],
      });
    expect(created.status).toBe(201);
  }
  await passes(async () => {
    const report = await h.app.http
      .get(`/indicators?from=${year}-01-01&to=${year}-12-31&codes=households_accompanied`)
      .set(bearer(coordinator));
    expect(report.body.indicators[0].periods[0].value).toBe(3);
  }, 20_000);
});

afterAll(async () => {
  await h?.stop();
});

test('the coordinator reads the year’s counts, broken down by commune with the small cells masked, its charts, and exports them', async () => {
  const context = await h.context();
  const page = await context.newPage();
  await logIn(page, coordinator);
  await page.waitForURL('**/indicators');
  await page.getByLabel('Période', { exact: true }).selectOption('year');
  await page.getByLabel('Année', { exact: true }).selectOption(year);
  await page.getByRole('heading', { name: `Résultats : année ${year}` }).waitFor();
  const accompanied = page.getByTestId('indicators').getByRole('row', { name: /Nb de ménages accompagnés/ });
  await passes(async () => expect(await accompanied.innerText()).toMatch(/3\s+ménages/));
  await checkA11y(page, 'indicateurs');

  await page.getByLabel('Ventilation', { exact: true }).selectOption('commune');
  const chambery = page
    .getByTestId('indicators')
    .getByRole('row', { name: /^Chambéry/ })
    .first();
  await passes(async () => expect(await chambery.innerText()).toContain('< 11'));
  await page.getByTestId('masking-note').waitFor();
  await checkA11y(page, 'indicateurs par commune');

  // The charts, and the same figures as a table for those who do not see them.
  const chart = page.getByRole('img', { name: /comparé à/ });
  await chart.waitFor();
  await page.getByLabel('Indicateur', { exact: true }).selectOption({ label: 'Nb de ménages accompagnés' });
  await page.getByText('Voir les valeurs en tableau').last().click();
  const months = page.locator('details[open] table');
  await passes(async () => expect(await months.innerText()).toMatch(/\t3\t/));
  await checkA11y(page, 'indicateurs, graphiques');

  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter en CSV' }).click()]);
  expect(csv.suggestedFilename()).toBe(`indicateurs-${year}-01-01-${year}-12-31.csv`);
  const content = readFileSync((await csv.path()), 'utf8');
  expect(content).toContain('Nb de ménages accompagnés');
  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter en Excel' }).click()]);
  expect(
    readFileSync((await xlsx.path()))
      .subarray(0, 2)
      .toString(),
  ).toBe('PK');

  // A custom range, typed with the keyboard.
  await page.getByLabel('Période', { exact: true }).selectOption('custom');
  await page.getByLabel('Du', { exact: true }).fill(`${year}-01-01`);
  await page.getByLabel('Au', { exact: true }).fill(`${year}-06-30`);
  await page.getByRole('heading', { name: `Résultats : du 01/01/${year} au 30/06/${year}` }).waitFor();
  await expectNoName(page);
  await context.close();
});

test('the coordinator on a phone: the same screen, readable and without a name', async () => {
  const context = await h.context({ phone: true });
  const page = await context.newPage();
  await logIn(page, coordinator);
  await page.getByTestId('indicators').waitFor();
  await checkA11y(page, 'indicateurs (téléphone)');
  await expectNoName(page);
  await context.close();
});

test('the State officer compares territories side by side, and never sees a name', async () => {
  const context = await h.context();
  const page = await context.newPage();
  await logIn(page, stateOfficer);
  await page.waitForURL('**/territories');
  await page.getByLabel('Période', { exact: true }).selectOption('year');
  await page.getByLabel('Année', { exact: true }).selectOption(year);
  const table = page.getByTestId('territories-indicators');
  await table.waitFor();
  expect(await table.getByRole('columnheader').allInnerTexts()).toEqual(['Indicateur', 'Grand Chambéry', 'Grand Lac']);
  await passes(async () =>
    expect((await table.getByRole('row', { name: /Nb de ménages accompagnés/ }).innerText()).split('\t').slice(-2)).toEqual(['3', '0']),
  );
  await checkA11y(page, 'indicateurs par territoire');
  await expectNoName(page);
  await context.close();
});

test('axe: no serious or critical violation on the coordinator’s and the State officer’s screens', () => {
  expect(Object.keys(a11y).length).toBeGreaterThanOrEqual(5);
  expect(a11y).toEqual(Object.fromEntries(Object.keys(a11y).map((screen) => [screen, []])));
});
