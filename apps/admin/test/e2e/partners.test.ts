import { createHmac, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import {
  baseUrl, closeBrowser, CREATE_CLIENT, describeBrowser, endSession, gql, newSession, screenshot, signUpThroughUi, type Session,
} from '../support/browser';

type Received = { headers: http.IncomingHttpHeaders; raw: string };

/** A partner's webhook receiver on this machine (http to localhost is allowed outside production). */
async function startReceiver(): Promise<{ url: string; received: Received[]; stop(): Promise<void> }> {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ headers: req.headers, raw: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/kartoteka/hook`,
    received,
    stop: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
}

/** Standard Webhooks: base64 HMAC-SHA256 of `id.timestamp.body` with the secret after `whsec_`. */
function signatureIsValid(secret: string, hook: Received): boolean {
  const id = String(hook.headers['webhook-id'] ?? '');
  const timestamp = String(hook.headers['webhook-timestamp'] ?? '');
  const expected = createHmac('sha256', Buffer.from(secret.replace(/^whsec_/, ''), 'base64')).update(`${id}.${timestamp}.${hook.raw}`).digest();
  return String(hook.headers['webhook-signature'] ?? '').split(' ').some((sig) => {
    const [version, value] = sig.split(',');
    const given = Buffer.from(value ?? '', 'base64');
    return version === 'v1' && given.length === expected.length && timingSafeEqual(given, expected);
  });
}

/** What a partner app does: Node's fetch to /graphql with the key, no browser, no cookie. */
async function readClientsWithKey(key: string): Promise<{ status: number; body: { data?: { clients: { totalCount: number } } } }> {
  const res = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ clients(first: 5) { totalCount edges { node { displayName } } } }' }),
  });
  return { status: res.status, body: (await res.json()) as { data?: { clients: { totalCount: number } } } };
}

/** The page is no wider than the phone (nothing forces a sideways scroll). */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, view: window.innerWidth }));
  expect(widths.scroll).toBeLessThanOrEqual(widths.view);
}

/** Every text is translated: no i18n key (`webhooks.log.title`) shows on the page. */
async function expectNoRawKeys(page: Page): Promise<void> {
  expect(await page.locator('body').innerText()).not.toMatch(/\b(app|settings|apiKeys|webhooks|log)\.[a-zA-Z]+/);
}

/** A screenshot of the screen itself: no open menu, no notice at the bottom, no hover. */
async function screenshotSettled(page: Page, name: string): Promise<void> {
  await expectNoRawKeys(page);
  await page.getByRole('listbox').waitFor({ state: 'detached' });
  for (const close of await page.locator('.MuiSnackbar-root button').all()) await close.click().catch(() => undefined);
  await page.locator('.MuiSnackbar-root').waitFor({ state: 'detached' });
  await page.mouse.move(0, 0);
  await screenshot(page, name);
}

async function waitUntil<T>(what: string, probe: () => T | Promise<T>, timeoutMs = 15000): Promise<NonNullable<T>> {
  const started = Date.now();
  for (;;) {
    const value = await probe();
    if (value) return value as NonNullable<T>;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describeBrowser('partner integrations in the settings: API keys, webhooks, playground with a key', () => {
  const sessions: Session[] = [];
  const receivers: { stop(): Promise<void> }[] = [];
  afterEach(async () => {
    for (const s of sessions.splice(0)) await endSession(s);
    for (const r of receivers.splice(0)) await r.stop();
  });
  afterAll(closeBrowser);

  it('creates an API key whose secret is shown once, uses it over HTTP, revokes it and the same request is refused', async () => {
    const s = await newSession();
    sessions.push(s);
    const { page, context } = s;
    await signUpThroughUi(page, 'Salon Partnerski');
    await gql(page, CREATE_CLIENT, { input: { firstName: 'Ewa', lastName: 'Kluczowa' } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });

    await page.getByRole('link', { name: 'Ustawienia' }).click();
    await page.getByRole('tab', { name: 'Klucze API' }).click();
    await page.waitForURL('**/settings/api-keys');
    await page.getByText('Nie ma jeszcze żadnego klucza API.').waitFor();
    await page.getByRole('button', { name: 'Nowy klucz API' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Nazwa klucza').fill('Rezerwacje online');
    // the domain's schema checks the form: at least one scope
    await dialog.getByRole('button', { name: 'Utwórz klucz' }).click();
    await dialog.getByText('To pole jest wymagane').waitFor();
    await dialog.getByRole('checkbox', { name: /Odczyt klientów/ }).check();
    await dialog.getByRole('checkbox', { name: /Zdarzenia/ }).check();
    await dialog.getByRole('button', { name: 'Utwórz klucz' }).click();

    const secretBox = dialog.getByTestId('api-key-secret');
    const secret = (await secretBox.innerText()).trim();
    expect(secret).toMatch(/^kt_[a-z0-9]+_\S{20,}$/);
    await dialog.getByText('Nie pokażemy go ponownie', { exact: false }).waitFor();
    await dialog.getByRole('button', { name: 'Kopiuj' }).click();
    await page.getByText('Skopiowano do schowka').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
    await screenshot(page, 'settings-api-key-secret');
    await dialog.getByRole('button', { name: 'Zapisałem klucz, zamknij' }).click();
    await dialog.waitFor({ state: 'detached' });

    // once closed, only the prefix is left on the page
    const row = page.getByTestId('api-key-row').filter({ hasText: 'Rezerwacje online' });
    await row.waitFor();
    expect(await page.getByText(secret).count()).toBe(0);
    const prefix = secret.split('_').slice(0, 2).join('_');
    await row.getByText(`${prefix}_…`).waitFor();
    await row.getByText('Aktywny').waitFor();

    const allowed = await readClientsWithKey(secret);
    expect(allowed.status).toBe(200);
    expect(allowed.body.data?.clients.totalCount).toBe(1);
    // "last used" is written when the key is used (at most once a minute)
    await waitUntil('"last used" to show a date', async () => {
      await page.reload();
      await row.waitFor();
      return (await row.getByText('nigdy').count()) === 0;
    });
    await screenshotSettled(page, 'settings-api-keys');

    await row.getByRole('button', { name: 'Unieważnij: Rezerwacje online' }).click();
    const confirm = page.getByRole('dialog');
    await confirm.getByText('Unieważnić klucz „Rezerwacje online”?').waitFor();
    await confirm.getByRole('button', { name: 'Unieważnij' }).click();
    await row.getByText(/Unieważniony/).waitFor();
    expect(await row.getByRole('button', { name: /Unieważnij/ }).count()).toBe(0);

    const refused = await readClientsWithKey(secret);
    expect(refused.status).toBe(401);
  });

  it('creates a webhook endpoint to a local receiver, sends a signed test event, sees it in the log and redelivers it', async () => {
    const receiver = await startReceiver();
    receivers.push(receiver);
    const s = await newSession();
    sessions.push(s);
    const { page } = s;
    await signUpThroughUi(page, 'Salon Webhook');
    await page.goto('/settings/webhooks');
    await page.getByText('Nie ma jeszcze żadnego endpointu', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Dodaj endpoint' }).click();
    const dialog = page.getByRole('dialog');

    // the same domain rule as the server's, in Polish, next to the field
    await dialog.getByLabel('Adres URL').fill('http://hooks.example.com/kartoteka');
    await dialog.getByRole('checkbox', { name: /client\.created/ }).check();
    await dialog.getByRole('button', { name: 'Dodaj endpoint' }).click();
    await dialog.getByText('Adres musi zaczynać się od https://', { exact: false }).waitFor();
    await screenshot(page, 'settings-webhook-form');
    await dialog.getByLabel('Adres URL').fill('https://partner.example.com/#hook');
    await dialog.getByRole('button', { name: 'Dodaj endpoint' }).click();
    await dialog.getByText('Usuń część po znaku #', { exact: false }).waitFor();

    // a rule only a production server applies (no private addresses): its answer lands on the same field, in Polish
    await page.route('**/graphql', async (route) => {
      if (!route.request().postData()?.includes('CreateWebhookEndpoint')) return route.fallback();
      await route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({
          data: null,
          errors: [{
            message: 'Validation failed: url: NOT_ALLOWED',
            extensions: { code: 'BAD_USER_INPUT', issues: [{ path: ['url'], code: 'NOT_ALLOWED', message: 'private', params: { reason: 'PRIVATE_ADDRESS' } }] },
          }],
        }),
      });
    });
    await dialog.getByLabel('Adres URL').fill('https://crm.salon.internal/hook');
    await dialog.getByRole('button', { name: 'Dodaj endpoint' }).click();
    await dialog.getByText('Adres w sieci prywatnej lub wewnętrznej', { exact: false }).waitFor();
    await page.unroute('**/graphql');

    await dialog.getByLabel('Adres URL').fill(receiver.url);
    await dialog.getByLabel('Opis (opcjonalnie)').fill('Rezerwacje');
    await dialog.getByRole('checkbox', { name: /consent\.changed/ }).check();
    await dialog.getByRole('button', { name: 'Dodaj endpoint' }).click();
    const secret = (await dialog.getByTestId('webhook-secret').innerText()).trim();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/=]{20,}$/);
    await dialog.getByRole('button', { name: 'Zamknij' }).click();

    await page.waitForURL(/\/settings\/webhooks\/[0-9a-f-]{36}$/);
    await page.getByTestId('webhook-url').filter({ hasText: receiver.url }).waitFor();
    await page.getByText('Brak doręczeń.').waitFor();
    await page.getByRole('button', { name: 'Wyślij zdarzenie testowe' }).click();
    const delivered = page.locator('[data-testid="webhook-delivery"][data-status="SUCCEEDED"]');
    await delivered.first().waitFor();
    await delivered.first().getByText(/Próba 1 · HTTP 200 · \d+ ms/).waitFor();
    expect(receiver.received).toHaveLength(1);
    const eventId = (await delivered.first().getByTestId('delivery-event-id').innerText()).trim();
    expect(receiver.received[0]!.headers['webhook-id']).toBe(eventId);
    expect(JSON.parse(receiver.received[0]!.raw)).toMatchObject({ id: eventId, type: 'webhook.test' });

    await delivered.first().getByRole('button', { name: 'Wyślij ponownie' }).click();
    await page.getByText('Zdarzenie wysłane ponownie', { exact: false }).waitFor();
    await waitUntil('the redelivery in the log', async () => (await delivered.count()) === 2);
    await page.locator('[data-testid="webhook-delivery"]').first().getByText('ponowne wysłanie').waitFor();
    await waitUntil('the receiver to get it twice', () => receiver.received.length === 2);
    expect(receiver.received.map((h) => h.headers['webhook-id'])).toEqual([eventId, eventId]);
    for (const hook of receiver.received) {
      expect(hook.headers['webhook-signature']).toMatch(/^v1,/);
      expect(signatureIsValid(secret, hook)).toBe(true);
    }

    // a real event: a new client is sent too (client.created), and "Odśwież" brings it into the log
    await gql(page, CREATE_CLIENT, { input: { firstName: 'Ola', lastName: 'Webhookowa' } });
    await waitUntil('the client.created webhook', () => receiver.received.some((h) => JSON.parse(h.raw).type === 'client.created'));
    await waitUntil('the event in the log', async () => {
      await page.getByRole('button', { name: 'Odśwież' }).click();
      return (await delivered.count()) === 3;
    });
    await page.locator('[data-testid="webhook-delivery"]').first().getByText('client.created').waitFor();

    // the status filter asks the server for failed deliveries only: there are none
    await page.getByRole('combobox', { name: 'Stan' }).click();
    await page.getByRole('option', { name: 'Nieudane' }).click();
    await page.getByText('Brak doręczeń.').waitFor();
    await page.getByRole('combobox', { name: 'Stan' }).click();
    await page.getByRole('option', { name: 'Wszystkie' }).click();
    await waitUntil('all deliveries again', async () => (await delivered.count()) === 3);
    await screenshotSettled(page, 'settings-webhook-detail');

    // disabled by hand: the notice says so, a test event cannot be sent; enabled again it can
    await page.getByRole('button', { name: 'Wyłącz' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Wyłącz' }).click();
    await page.getByTestId('webhook-disabled-notice').getByText('Wyłączony ręcznie', { exact: false }).waitFor();
    expect(await page.getByRole('button', { name: 'Wyślij zdarzenie testowe' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Włącz' }).click();
    await page.getByTestId('webhook-disabled-notice').waitFor({ state: 'detached' });

    // edit the description; rotate the secret (the new one is shown once, here)
    await page.getByRole('button', { name: 'Edytuj' }).click();
    await page.getByRole('dialog').getByLabel('Opis (opcjonalnie)').fill('Rezerwacje online: odbiornik');
    await page.getByRole('dialog').getByRole('button', { name: 'Zapisz' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Nowy sekret' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Nowy sekret' }).click();
    const rotated = (await page.getByTestId('webhook-secret').innerText()).trim();
    expect(rotated).toMatch(/^whsec_/);
    expect(rotated).not.toBe(secret);

    // disabled automatically after ~3 days of failures cannot happen within a test: the server's answer is dressed
    // up as such an endpoint to see the notice (translated from disabledBy; the server's own sentence as detail)
    await page.route('**/graphql', async (route) => {
      if (!route.request().postData()?.includes('query WebhookEndpoint(')) return route.fallback();
      const response = await route.fetch();
      const body = (await response.json()) as { data: { webhookEndpoint: Record<string, unknown> } };
      Object.assign(body.data.webhookEndpoint, {
        enabled: false, disabledBy: 'AUTOMATIC', disabledAt: '2026-11-20T08:00:00.000Z', failingSince: '2026-11-17T07:58:00.000Z',
        disabledReason: 'Disabled automatically on 2026-11-20: every delivery attempt failed for 72 hours (last error: HTTP 503). Fix the endpoint, then enable it.',
      });
      await route.fulfill({ response, json: body });
    });
    await page.reload();
    await page.getByTestId('webhook-disabled-notice').getByText('Wyłączony automatycznie', { exact: false }).waitFor();
    await page.getByTestId('webhook-disabled-notice').getByText('last error: HTTP 503', { exact: false }).waitFor();
    await screenshotSettled(page, 'settings-webhook-disabled');
    await page.unroute('**/graphql');

    await page.getByRole('link', { name: 'Wszystkie endpointy' }).click();
    const card = page.getByTestId('webhook-endpoint').filter({ hasText: receiver.url });
    await card.getByText('Rezerwacje online: odbiornik').waitFor();
    await card.getByText('Włączony').waitFor();
    await card.getByText('Ostatnie doręczone zdarzenie', { exact: false }).waitFor();
    await screenshotSettled(page, 'settings-webhooks');

    // the same screens in English
    await page.getByTestId('language-switch').click();
    await page.getByRole('button', { name: 'Add endpoint' }).waitFor();
    await card.getByText('Last event delivered', { exact: false }).waitFor();
    await card.getByRole('button', { name: /Details and log/ }).click();
    await page.getByText('Delivery log').waitFor();
    await page.locator('[data-testid="webhook-delivery"]').first().getByText('Delivered').waitFor();
    await expectNoRawKeys(page);
    await page.getByRole('tab', { name: 'API keys' }).click();
    await page.getByText('No API keys yet.').waitFor();
    await expectNoRawKeys(page);
  });

  it('fits a 375 px phone: API keys and the webhook detail with its log', async () => {
    const receiver = await startReceiver();
    receivers.push(receiver);
    const s = await newSession({ width: 375, height: 812 });
    sessions.push(s);
    const { page } = s;
    await signUpThroughUi(page, 'Salon Mobilny');
    await gql(page, `mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret } }`, { i: { name: 'Kalendarz wizyt', scopes: ['CLIENTS_READ', 'CLIENTS_WRITE'] } });
    const created = await gql(page, `mutation($i: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $i) { endpoint { id } } }`, {
      i: { url: receiver.url, eventTypes: ['client.created', 'client.updated'], description: 'Marketing' },
    });
    const endpointId = created.createWebhookEndpoint.endpoint.id as string;
    // 21 test events: one page of the log (20) and one more behind "Pokaż starsze"
    for (let i = 0; i < 21; i += 1) await gql(page, `mutation($id: UUID!) { sendTestWebhook(endpointId: $id) { id } }`, { id: endpointId });
    await waitUntil('every test event delivered', () => receiver.received.length === 21);

    await page.goto('/settings/api-keys');
    await page.getByTestId('api-key-row').filter({ hasText: 'Kalendarz wizyt' }).waitFor();
    await expectNoSidewaysScroll(page);
    await screenshotSettled(page, 'settings-api-keys-mobile');

    await page.goto(`/settings/webhooks/${endpointId}`);
    const deliveries = page.locator('[data-testid="webhook-delivery"]');
    await page.getByRole('button', { name: 'Pokaż starsze' }).waitFor();
    expect(await deliveries.count()).toBe(20);
    await deliveries.first().getByText(/Próba 1 · HTTP 200/).waitFor();
    await expectNoSidewaysScroll(page);
    await screenshotSettled(page, 'settings-webhook-detail-mobile');
    await page.getByRole('button', { name: 'Pokaż starsze' }).click();
    await waitUntil('the older page', async () => (await deliveries.count()) === 21);
    await page.getByRole('button', { name: 'Pokaż starsze' }).waitFor({ state: 'detached' });
    await expectNoSidewaysScroll(page);
  });

  it('runs a query in the playground with an API key instead of the session', async () => {
    const s = await newSession();
    sessions.push(s);
    const { page } = s;
    await signUpThroughUi(page, 'Salon Playground Klucz');
    await gql(page, CREATE_CLIENT, { input: { firstName: 'Zofia', lastName: 'Partnerska' } });
    const { createApiKey } = await gql(page, `mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret } }`, { i: { name: 'Playground', scopes: ['CLIENTS_READ'] } });
    const requests: { authorization?: string; cookie?: string; body: string }[] = [];
    page.on('request', (req) => {
      if (!req.url().endsWith('/graphql') || req.method() !== 'POST') return;
      void req.allHeaders().then((h) => requests.push({ authorization: h.authorization, cookie: h.cookie, body: req.postData() ?? '' }));
    });

    await page.goto('/playground');
    await page.locator('.graphiql-container').waitFor();
    await page.getByLabel('Klucz API (opcjonalnie)').fill(createApiKey.secret as string);
    await page.getByTestId('playground-auth-mode').getByText('klucz przyjęty', { exact: false }).waitFor();
    await page.locator('.graphiql-tab').filter({ hasText: 'PartnerClients' }).click();
    await page.locator('.graphiql-query-editor').getByText('query PartnerClients').waitFor({ timeout: 30000 });
    // GraphiQL works out the operation name of a newly shown tab a moment after showing it; run too early and it
    // sends the previous tab's name ("Unknown operation named Me")
    await page.waitForTimeout(1000);
    await page.getByRole('button', { name: /Execute query/i }).click();
    await page.locator('.result-window').getByText('Zofia Partnerska').waitFor({ timeout: 30000 });
    await screenshotSettled(page, 'playground-api-key');

    const query = await waitUntil('the query request', () => requests.find((r) => r.body.includes('PartnerClients')));
    expect(query.authorization).toBe(`Bearer ${createApiKey.secret as string}`);
    expect(query.cookie).toBeUndefined();
    // (the page's own session request did carry the cookie: the check above can see one)
    expect(requests.find((r) => r.body.includes('me {'))?.cookie).toMatch(/kt_session=/);
  });
});
