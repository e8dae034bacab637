import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/**
 * Real Chromium for the browser tests: Debian's /usr/bin/chromium driven by playwright-core (which cannot
 * download browsers here). Every test gets a fresh context; any console error or page error fails it.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
export const SCREENSHOTS = path.resolve(__dirname, '../../../../docs/screenshots');

/** `describe`, or a loud skip when this machine has no Chromium (.ci/run installs it, so CI never skips). */
export function describeBrowser(name: string, fn: () => void): void {
  if (hasChromium) {
    describe(name, fn);
    return;
  }
  console.warn(`\n!!! BROWSER TESTS SKIPPED: no Chromium at ${CHROMIUM}. Install it: apt-get install -y chromium !!!\n`);
  describe.skip(name, fn);
}

export function baseUrl(): string {
  const url = process.env.KARTOTEKA_E2E_URL;
  if (!url) throw new Error('KARTOTEKA_E2E_URL is not set: the global setup did not start the server');
  return url;
}

export type Session = { context: BrowserContext; page: Page; errors: string[] };

let browser: Browser | null = null;

export async function launchBrowser(): Promise<Browser> {
  browser ??= await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return browser;
}

export async function closeBrowser(): Promise<void> {
  await browser?.close();
  browser = null;
}

export async function newSession(viewport = { width: 1280, height: 800 }): Promise<Session> {
  const b = await launchBrowser();
  const context = await b.newContext({ viewport, locale: 'pl-PL', timezoneId: 'Europe/Warsaw', baseURL: baseUrl() });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  page.setDefaultTimeout(15000);
  return { context, page, errors };
}

/** Closes the context and fails when the page logged any error. */
export async function endSession(session: Session | undefined): Promise<void> {
  if (!session) return;
  await session.context.close();
  expect(session.errors).toEqual([]);
}

let counter = 0;
export function uniqueEmail(prefix = 'owner'): string {
  counter += 1;
  return `${prefix}${Date.now()}${counter}@example.com`;
}

export const PASSWORD = 'correct-horse-battery-1';

/** Signs a new business up through the sign-up page; ends on the (empty) client list. */
export async function signUpThroughUi(page: Page, businessName = 'Salon Testowy'): Promise<{ email: string }> {
  const email = uniqueEmail();
  await page.goto('/signup');
  await page.getByLabel('Nazwa firmy').fill(businessName);
  await page.getByLabel('Twoje imię i nazwisko').fill('Anna Recepcja');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Hasło').fill(PASSWORD);
  await page.getByRole('button', { name: 'Załóż konto' }).click();
  await page.waitForURL('**/clients');
  return { email };
}

/** Runs a GraphQL operation with the page's session cookie (to prepare data or to act as "someone else"). */
export async function gql<T = Record<string, any>>(page: Page, query: string, variables?: Record<string, unknown>): Promise<T> {
  const res = await page.request.post('/graphql', { data: { query, variables }, headers: { 'content-type': 'application/json' } });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data as T;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: false });
}

export const CREATE_CLIENT = `mutation($input: CreateClientInput!) { createClient(input: $input) { id number version displayName } }`;
