// npm run screens: each main screen on the demo data, desktop (1280×860) and phone (390×844),
// written to docs/screens/ for the README. `npm run screens -- indicators territories` takes only those.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../test/browser/browser';
import { DEMO_PASSWORD, settle, startDemoApp } from './demo-app';

const OUT = join(process.cwd(), 'docs', 'screens');
const ONLY = process.argv.slice(2);

interface Shot {
  name: string;
  user: string;
  /** Opens the screen; the page is logged in. */
  open: (page: Page) => Promise<void>;
}

const go = (path: string, ready: string) => async (page: Page) => {
  await page.goto(path);
  await page.getByText(ready).first().waitFor();
};

const SHOTS: Shot[] = [
  { name: 'login', user: '', open: go('/login', 'Se connecter') },
  { name: 'inbox', user: 'siao', open: go('/reminders', 'En retard') },
  { name: 'maraude', user: 'maraude', open: go('/maraude', 'Nouvelle rencontre') },
  { name: 'households', user: 'siao', open: go('/households', 'Référence') },
  {
    name: 'household',
    user: 'siao',
    open: async (page) => {
      await page.goto('/households?status=followed_in_housing');
      await page.locator('main a[href^="/households/"]:not([href="/households/new"]):not([href="/households/import"])').first().click();
      await page.getByTestId('timeline').locator('li').first().waitFor();
    },
  },
  { name: 'worklist', user: 'siao', open: go('/worklist', 'À proposer en commission') },
  { name: 'commission', user: 'commission', open: go('/commission', 'Séances à venir') },
  ...(['à venir', 'passées'] as const).map((when) => ({
    name: when === 'à venir' ? 'commission-agenda' : 'commission-decisions',
    user: 'commission',
    open: async (page: Page) => {
      await page.goto('/commission');
      await page
        .getByRole('region', { name: `Séances ${when}` })
        .getByRole('link')
        .first()
        .click();
      await page.getByText('ménage(s) à l’ordre du jour').waitFor();
    },
  })),
  {
    name: 'indicators',
    user: 'coordination',
    open: async (page) => {
      await page.goto('/indicators');
      await page.getByLabel('Période').selectOption('year');
      await page.getByTestId('indicators').waitFor();
      await page.getByRole('img', { name: /comparé à/ }).waitFor();
    },
  },
  {
    name: 'convention',
    user: 'coordination',
    open: async (page) => {
      await page.goto('/convention?year=2025');
      await page.getByTestId('actions').getByRole('button').first().click();
      await page.getByText('Ajouter une dépense').first().waitFor();
    },
  },
  {
    name: 'execution-report',
    user: 'coordination',
    open: async (page) => {
      await page.goto('/execution-report?year=2025');
      await page.getByTestId('credits').waitFor();
    },
  },
  {
    name: 'territories',
    user: 'etat',
    open: async (page) => {
      await page.goto('/territories');
      await page.getByLabel('Période').selectOption('year');
      await page.getByTestId('territories-indicators').waitFor();
    },
  },
];

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const app = await startDemoApp('screens');
  const browser = await launchChromium();
  try {
    await settle();
    for (const [device, viewport] of [
      ['desktop', { width: 1280, height: 860 }],
      ['phone', { width: 390, height: 844 }],
    ] as const) {
      for (const shot of SHOTS.filter((s) => ONLY.length === 0 || ONLY.includes(s.name))) {
        const context = await browser.newContext({
          baseURL: app.url,
          viewport,
          locale: 'fr-FR',
          timezoneId: 'Europe/Paris',
          colorScheme: shot.name === 'maraude' ? 'dark' : 'light',
        });
        const page = await context.newPage();
        try {
          if (shot.user) {
            await page.goto('/login');
            await page.getByLabel('Adresse e-mail').fill(`${shot.user}@demo.parcours.test`);
            await page.getByLabel('Mot de passe').fill(DEMO_PASSWORD);
            await page.getByRole('button', { name: 'Se connecter' }).click();
            await page.getByTestId('whoami').waitFor();
          }
          await shot.open(page);
        } catch (error) {
          await page.screenshot({ path: join(OUT, `..`, `failed-${shot.name}-${device}.png`) });
          throw error;
        }
        await page.waitForTimeout(300);
        await page.screenshot({ path: join(OUT, `${shot.name}-${device}.png`), fullPage: device === 'desktop' });
        process.stdout.write(`docs/screens/${shot.name}-${device}.png\n`);
        await context.close();
      }
    }
  } finally {
    await browser.close();
    app.stop();
  }
}

void main();
