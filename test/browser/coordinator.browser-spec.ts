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
  await page.getByRole('link', { name: 'Indicateurs' }).click();
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
  const content = readFileSync(await csv.path(), 'utf8');
  expect(content).toContain('Nb de ménages accompagnés');
  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter en Excel' }).click()]);
  expect(
    readFileSync(await xlsx.path())
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
  await page.goto('/indicators');
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

/** A convention of three actions over 2024-2026 (the demo loads Grand Chambéry's sixteen). */
function conventionDocument(carrierOrganisationId: string) {
  const line = (year: number, number: string, agreedCents: number, stateRatePercent: 100 | 80 | 50) => ({
    year,
    number,
    status: 'maintained',
    agreedCents,
    stateRatePercent,
  });
  return {
    key: 'test-2024-2026',
    title: 'Convention pluriannuelle d’objectifs 2024-2026',
    startsOn: '2024-01-01',
    endsOn: '2026-12-31',
    signedOn: '2024-07-04',
    years: [2024, 2025, 2026].map((year, i) => ({ year, label: `Année ${i + 1}`, annex: 'Annexe 3', stateFundingCents: 10_000_000 })),
    actions: [
      {
        key: 'renfort-siao',
        title: 'Renfort du SIAO',
        category: 'Accompagnement',
        carrier: { label: 'SIAO 73', organisationId: carrierOrganisationId },
        indicators: [{ code: 'households_accompanied' }, { code: 'households_proposed', carrierOnly: true }],
        years: [2024, 2025, 2026].map((year) => ({
          ...line(year, '3', 6_062_700, 100),
          deliverables: 'Compte rendu d’activité',
          ...(year === 2025 ? { expenses: [{ spentOn: '2025-06-30', label: 'Facture du 1er semestre', amountCents: 3_000_000 }] } : {}),
        })),
      },
      {
        key: 'captation-parc-prive',
        title: 'Captation de logements dans le parc privé',
        category: 'Offre de logement',
        carrier: { label: 'AIVS' },
        indicators: [{ label: 'Nb de logements captés' }],
        years: [2024, 2025, 2026].map((year) => line(year, '7', 4_000_000, 80)),
      },
      {
        key: 'poste-coordination',
        title: 'Poste de coordination',
        category: 'Pilotage',
        carrier: { label: 'Grand Chambéry' },
        indicators: [],
        years: [2024, 2025, 2026].map((year) => line(year, '16', 2_500_000, 50)),
      },
    ],
  };
}

test('the coordinator imports the convention, opens the 2025 report, sees every action, adds a credits entry, and downloads the XLSX and the PDF', async () => {
  const context = await h.context();
  const page = await context.newPage();
  await logIn(page, coordinator);

  // The convention's JSON file: a broken one is refused with its paths, then the right one loads.
  await page.getByRole('link', { name: 'Convention', exact: true }).click();
  const upload = async (content: unknown) => {
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Importer le fichier JSON d’une convention' }).click(),
    ]);
    await chooser.setFiles({ name: 'convention.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(content)) });
  };
  const document = conventionDocument(siao.organisationId);
  const broken = { ...document, years: [{ ...document.years[0], stateFundingCents: -1 }, ...document.years.slice(1)] };
  await upload(broken);
  await page
    .getByRole('alert')
    .getByText(/years\.0\.stateFundingCents/)
    .waitFor();
  expect(Number((await h.app.db.query('SELECT count(*) FROM convention')).rows[0].count)).toBe(0);
  await checkA11y(page, 'convention à importer');
  await upload(document);
  await page.getByText('Convention pluriannuelle d’objectifs 2024-2026', { exact: true }).waitFor();
  const [json] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Fichier JSON de la convention' }).click(),
  ]);
  expect(json.suggestedFilename()).toBe('test-2024-2026.json');
  expect(JSON.parse(readFileSync(await json.path(), 'utf8'))).toMatchObject({ key: document.key, startsOn: '2024-01-01' });

  await page.getByRole('link', { name: 'Rapport d’exécution', exact: true }).click();
  await page.getByRole('heading', { name: 'Rapport d’exécution' }).waitFor();
  // The year asked in the address (the screen opens on last year's report by default).
  await page.goto('/execution-report?year=2025');
  // Computed on the server from the indicators of two years: allow a loaded machine its time.
  await page.getByText('Année 2 : 3 actions.').waitFor({ timeout: 30_000 });
  const actions = page.getByTestId('report-action');
  expect(await actions.locator('h3').allInnerTexts()).toEqual([
    'Action 3 : Renfort du SIAO',
    'Action 7 : Captation de logements dans le parc privé',
    'Action 16 : Poste de coordination',
  ]);
  await passes(async () =>
    expect(
      (
        await actions
          .first()
          .getByRole('row', { name: /Nb de ménages accompagnés/ })
          .innerText()
      )
        .split('\t')
        .slice(-2),
    ).toEqual(['0', '0']),
  );
  await actions.nth(1).getByText('non collecté dans Parcours').waitFor();
  const credits = page.getByTestId('credits');
  expect(await credits.locator('tfoot').innerText()).toMatch(/125\s627,00\s€.*30\s000,00\s€/s);
  await checkA11y(page, 'rapport d’exécution');
  await expectNoName(page);

  // A credits entry on the SIAO's action, from the convention screen.
  await page.getByRole('link', { name: 'Convention', exact: true }).click();
  // The report's screen has a year selector too: wait for the convention's before choosing in it
  // (the router keeps the old screen on view until the new one has rendered).
  await page.getByRole('heading', { name: 'Convention', exact: true, level: 2 }).waitFor();
  await page.getByLabel('Année', { exact: true }).selectOption('2025');
  await page.getByRole('heading', { name: 'Actions en 2025 (3)' }).waitFor({ timeout: 30_000 });
  // With the keyboard: the action opens with Enter, the entry is sent with Enter.
  await page.getByRole('button', { name: /3\. Renfort du SIAO/ }).press('Enter');
  const form = page.getByRole('form', { name: 'Ajouter une dépense : Renfort du SIAO' });
  await form.getByLabel('Date').fill('2025-12-15');
  await form.getByLabel('Libellé').fill('Facture du 2d semestre');
  await form.getByLabel('Montant (€)').fill('1 250,50');
  await form.getByLabel('Montant (€)').press('Enter');
  await page.getByTestId('expenses').getByText('Facture du 2d semestre').waitFor();
  await checkA11y(page, 'convention et actions');
  await expectNoName(page);

  await page.getByRole('link', { name: 'Rapport d’exécution 2025' }).click();
  await passes(async () => expect(await credits.locator('tfoot').innerText()).toMatch(/31\s250,50\s€/));
  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger en Excel' }).click()]);
  expect(xlsx.suggestedFilename()).toBe('rapport-execution-2025.xlsx');
  expect(
    readFileSync(await xlsx.path())
      .subarray(0, 2)
      .toString(),
  ).toBe('PK');
  // The PDF is drawn on the server (tables and charts): longer than a spreadsheet.
  const [pdf] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    page.getByRole('button', { name: 'Télécharger en PDF' }).click(),
  ]);
  expect(pdf.suggestedFilename()).toBe('rapport-execution-2025.pdf');
  expect(
    readFileSync(await pdf.path())
      .subarray(0, 5)
      .toString(),
  ).toBe('%PDF-');

  // The indicators of a year of the convention.
  await page.getByRole('link', { name: 'Indicateurs' }).click();
  await page.getByLabel('Période', { exact: true }).selectOption('convention');
  await page.getByLabel('Année de la convention', { exact: true }).selectOption('2025');
  await page.getByRole('heading', { name: 'Résultats : année 2025' }).waitFor();
  await context.close();
});

test('axe: no serious or critical violation on the coordinator’s and the State officer’s screens', () => {
  expect(Object.keys(a11y).length).toBeGreaterThanOrEqual(8);
  expect(a11y).toEqual(Object.fromEntries(Object.keys(a11y).map((screen) => [screen, []])));
});
