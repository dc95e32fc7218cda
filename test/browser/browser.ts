import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../support/app';
import { Factory, PASSWORD, type TestUser } from '../support/factory';

/** Debian's Chromium (Playwright's own browser download cannot work on these machines). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface BrowserHarness {
  app: TestApp;
  factory: Factory;
  browser: Browser;
  /** A new browser profile (its own cookies and storage), at a phone's size when asked. */
  context(options?: { phone?: boolean }): Promise<BrowserContext>;
  stop(): Promise<void>;
}

/** The real app (API + worker, built web app) on a database of its own, and Chromium. */
export async function startBrowserHarness(label: string): Promise<BrowserHarness> {
  // Sessions checked on every request: a revoked session is refused at once (journey h).
  const app = await startTestApp(label, { env: { SESSION_CHECK_SECONDS: '0' } });
  const browser = await launchChromium();
  const contexts: BrowserContext[] = [];
  return {
    app,
    factory: new Factory(app),
    browser,
    context: async (options = {}) => {
      const context = await browser.newContext({
        baseURL: app.url,
        locale: 'fr-FR',
        timezoneId: 'Europe/Paris',
        // Transitions off: axe then reads colours as they settle, not halfway through a fade.
        reducedMotion: 'reduce',
        viewport: options.phone ? { width: 390, height: 844 } : { width: 1280, height: 860 },
        isMobile: options.phone,
        hasTouch: options.phone,
      });
      context.setDefaultTimeout(10_000);
      contexts.push(context);
      return context;
    },
    stop: async () => {
      await browser.close();
      await app.stop();
    },
  };
}

export async function logIn(page: Page, user: Pick<TestUser, 'email'>, password = PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Adresse e-mail').fill(user.email);
  await page.getByLabel('Mot de passe').fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByTestId('whoami').waitFor();
}

/** axe on the page as it is: no serious or critical violation (RGAA). Returns what it found, for the message. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
    );
}

/** Retries an assertion until it passes (bounded): for effects that arrive asynchronously. */
export async function passes(assertion: () => Promise<void>, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await assertion();
    } catch (error) {
      if (Date.now() > end) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}
