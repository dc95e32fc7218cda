// npm run bench:web — the web app's weight and speed on the demo data, in Debian's Chromium:
// - JavaScript loaded to log in and show the inbox (gzip sizes; budget 200 KB);
// - the household file interactive (its status and timeline shown), cold (a reload) and from the
//   list (a click), medians of several runs (budget 1 s).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchChromium } from '../test/browser/browser';
import { DEMO_PASSWORD, settle, startDemoApp } from '../scripts/demo-app';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function logIn(page: Page, user: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Adresse e-mail').fill(`${user}@demo.parcours.test`);
  await page.getByLabel('Mot de passe').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByTestId('whoami').waitFor();
}

async function main(): Promise<void> {
  const app = await startDemoApp('bench_web');
  const browser = await launchChromium();
  try {
    await settle();
    // Weight: every script the browser fetched from the login page to the inbox shown.
    const context = await browser.newContext({ baseURL: app.url });
    const page = await context.newPage();
    // Sizes from the built files: a body read after the page moved on is gone from the browser.
    const scripts = new Map<string, number>();
    page.on('request', (request) => {
      if (request.resourceType() !== 'script') return;
      const path = new URL(request.url()).pathname;
      scripts.set(path, gzipSync(readFileSync(join('dist', 'web', path))).length);
    });
    await logIn(page, 'siao');
    await page.goto('/reminders');
    await page.getByText('En retard').waitFor();
    await page.waitForTimeout(500);
    const loginAndInboxKb = [...scripts.values()].reduce((a, b) => a + b, 0) / 1024;

    // Speed: the household file, cold and from the list.
    await page.goto('/households');
    const firstLink = page.getByRole('table').getByRole('link').first();
    await firstLink.waitFor();
    const href = (await firstLink.getAttribute('href')) ?? '';
    const cold: number[] = [];
    const warm: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      await page.goto(href);
      await page.getByTestId('timeline').locator('li').first().waitFor();
      cold.push(await page.evaluate(() => performance.now()));
      await page.goto('/households');
      await page.getByRole('table').getByRole('link').first().waitFor();
      const t0 = await page.evaluate(() => performance.now());
      await page.getByRole('table').getByRole('link').first().click();
      await page.getByTestId('timeline').locator('li').first().waitFor();
      warm.push((await page.evaluate(() => performance.now())) - t0);
    }
    const figures = {
      date: new Date().toISOString().slice(0, 10),
      scriptsToInbox: scripts.size,
      loginAndInboxJsKbGzip: Number(loginAndInboxKb.toFixed(1)),
      householdFileColdMsMedian: Math.round(median(cold)),
      householdFileFromListMsMedian: Math.round(median(warm)),
      runs: RUNS,
    };
    console.log(JSON.stringify(figures, null, 2));
    console.log(
      `| web | login + inbox JS ${figures.loginAndInboxJsKbGzip} KB gzip (${figures.scriptsToInbox} files) | household file cold ${figures.householdFileColdMsMedian} ms, from the list ${figures.householdFileFromListMsMedian} ms (median of ${RUNS}) |`,
    );
  } finally {
    await browser.close();
    app.stop();
  }
}

void main();
