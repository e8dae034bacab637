import { signUpBusiness, type GqlClient } from './support/graphql-client';
import {
  createApiKey, createClientWithKey, CREATE_ENDPOINT, DELIVERIES, keyOk, keyRequest, sleep, waitFor, WebhookReceiver,
} from './support/events';
import { errorCode } from './support/operations';
import { startTestApp, type TestApp } from './support/test-app';

let app: TestApp;
let ownerA: GqlClient;
let ownerB: GqlClient;
let keyA: string;
const receivers: WebhookReceiver[] = [];

async function receiver(): Promise<WebhookReceiver> {
  const r = await new WebhookReceiver().start();
  receivers.push(r);
  return r;
}

async function endpoint(owner: GqlClient, r: WebhookReceiver, eventTypes = ['client.created', 'client.updated', 'client.deleted', 'consent.changed']): Promise<string> {
  const res = await owner.ok(CREATE_ENDPOINT, { input: { url: r.url, eventTypes, description: 'test receiver' } });
  r.secret = res.createWebhookEndpoint.secret;
  return res.createWebhookEndpoint.endpoint.id;
}

beforeAll(async () => {
  // seconds-long retries instead of three days, and a short timeout, so the whole schedule runs inside a test
  app = await startTestApp({ WEBHOOK_RETRY_DELAYS: '0.2,0.2,0.2', WEBHOOK_TIMEOUT_MS: '1000', EVENTS_POLL_MS: '200' });
  ownerA = (await signUpBusiness(app.url, 'Salon A')).client;
  ownerB = (await signUpBusiness(app.url, 'Salon B')).client;
  keyA = (await createApiKey(ownerA)).key;
});
afterAll(async () => {
  await app.stop();
  await Promise.all(receivers.map((r) => r.stop()));
});

describe('webhook endpoints', () => {
  it('creates an endpoint with a whsec_ secret shown once, and checks the URL', async () => {
    const r = await receiver();
    const res = await ownerA.ok(CREATE_ENDPOINT, { input: { url: r.url, eventTypes: ['client.created'] } });
    expect(res.createWebhookEndpoint.secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    expect(res.createWebhookEndpoint.endpoint).toMatchObject({ url: r.url, eventTypes: ['client.created'], enabled: true });
    const [row] = await app.sql(`select secret_encrypted from webhook_endpoints where id = $1`, [res.createWebhookEndpoint.endpoint.id]);
    expect(row!.secret_encrypted).not.toContain(res.createWebhookEndpoint.secret.slice(6));
    expect(JSON.stringify(await ownerA.ok(`{ webhookEndpoints { id url } }`))).not.toContain('whsec_');
    await ownerA.ok(`mutation($id: UUID!) { deleteWebhookEndpoint(id: $id) }`, { id: res.createWebhookEndpoint.endpoint.id });

    for (const [url, reason] of [['http://hooks.example.com/x', 'HTTPS_REQUIRED'], ['ftp://example.com', 'HTTPS_REQUIRED'], ['https://u:p@example.com', 'CREDENTIALS_NOT_ALLOWED'], ['nope', 'INVALID_URL']]) {
      const bad = await ownerA.request(CREATE_ENDPOINT, { input: { url, eventTypes: ['client.created'] } });
      expect(errorCode(bad)).toBe('BAD_USER_INPUT');
      expect(bad.errors![0]!.extensions!.issues[0]).toMatchObject({ path: ['url'], params: { reason } });
    }
    const badType = await ownerA.request(CREATE_ENDPOINT, { input: { url: r.url, eventTypes: ['client.exploded'] } });
    expect(badType.errors![0]!.extensions!.issues[0]).toMatchObject({ path: ['eventTypes', 0], code: 'INVALID_CHOICE' });
    expect((await ownerA.ok(`{ webhookEventTypes }`)).webhookEventTypes).toContain('client.erased');
    // the scope webhooks:manage, not any key
    const readOnlyKey = (await createApiKey(ownerA, ['CLIENTS_READ'])).key;
    expect((await keyRequest(app.url, readOnlyKey, `{ webhookEndpoints { id } }`)).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const managerKey = (await createApiKey(ownerA, ['WEBHOOKS_MANAGE'])).key;
    expect((await keyOk(app.url, managerKey, `{ webhookEndpoints { id } }`)).webhookEndpoints).toEqual([]);
  });

  it('signs every delivery (Standard Webhooks, verified by the standardwebhooks package) and logs it', async () => {
    const r = await receiver();
    const id = await endpoint(ownerA, r);
    const clientId = await createClientWithKey(app.url, keyA, 'Webhookowa');
    await waitFor('the webhook', () => r.ofType('client.created').length);
    const [hook] = r.ofType('client.created');
    expect(hook!.verified).toBe(true);
    expect(hook!.body).toMatchObject({ type: 'client.created', data: { clientId, createdVia: 'API', client: { lastName: 'Webhookowa' } } });
    expect(Math.abs(Number(hook!.timestamp) - Date.now() / 1000)).toBeLessThan(30);
    // (a webhook may arrive before replay shows the event: replay waits for older transactions, even of other tests)
    const event = await waitFor('the event in replay', async () => {
      const replay = await keyOk(app.url, keyA, `{ events(first: 500) { edges { cursor node { id clientId } } } }`);
      return replay.events.edges.find((e: { node: { clientId: string } }) => e.node.clientId === clientId);
    });
    expect(hook!.id).toBe(event.node.id);
    expect(hook!.body.id).toBe(event.node.id);
    expect(hook!.body.cursor).toBe(event.cursor);

    const log = await waitFor('a succeeded delivery', async () => {
      const d = await ownerA.ok(DELIVERIES, { id });
      return d.webhookDeliveries.edges[0]?.node.status === 'SUCCEEDED' ? d : null;
    });
    expect(log.webhookDeliveries.edges[0].node).toMatchObject({
      eventId: event.node.id, eventType: 'client.created', status: 'SUCCEEDED', attemptCount: 1, lastStatusCode: 200,
      attempts: [{ attemptNumber: 1, statusCode: 200, succeeded: true, error: null, responseExcerpt: 'answer 200' }],
    });
    // a signature made with another secret does not verify
    r.secret = 'whsec_' + Buffer.alloc(24, 1).toString('base64');
    await createClientWithKey(app.url, keyA, 'Inny sekret');
    await waitFor('the second webhook', () => r.ofType('client.created').length >= 2);
    expect(r.ofType('client.created')[1]!.verified).toBe(false);
    await ownerA.ok(`mutation($id: UUID!) { deleteWebhookEndpoint(id: $id) }`, { id });
  });

  it('sends only the types asked for, sends test events, and rotates secrets with an overlap', async () => {
    const r = await receiver();
    const id = await endpoint(ownerA, r, ['client.deleted']);
    const clientId = await createClientWithKey(app.url, keyA, 'Tylko usuniecia');
    await keyOk(app.url, keyA, `mutation($id: UUID!) { deleteClient(id: $id) { id } }`, { id: clientId });
    await waitFor('the delete', () => r.received.length);
    await sleep(300);
    expect(r.received.map((h) => h.body.type)).toEqual(['client.deleted']);

    const test = await ownerA.ok(`mutation($id: UUID!) { sendTestWebhook(endpointId: $id) { id isTest status eventType } }`, { id });
    expect(test.sendTestWebhook).toMatchObject({ isTest: true, status: 'PENDING', eventType: 'webhook.test' });
    await waitFor('the test event', () => r.ofType('webhook.test').length);
    expect(r.ofType('webhook.test')[0]).toMatchObject({ verified: true, body: { data: { endpointId: id } } });

    const oldSecret = r.secret!;
    const rotated = await ownerA.ok(`mutation($id: UUID!) { rotateWebhookSecret(id: $id) { secret } }`, { id });
    expect(rotated.rotateWebhookSecret.secret).not.toBe(oldSecret);
    await ownerA.ok(`mutation($id: UUID!) { sendTestWebhook(endpointId: $id) { id } }`, { id });
    await waitFor('the second test event', () => r.ofType('webhook.test').length >= 2);
    const hook = r.ofType('webhook.test')[1]!;
    expect(hook.signature.split(' ')).toHaveLength(2);
    expect(hook.verified).toBe(true); // still with the old secret
    r.secret = rotated.rotateWebhookSecret.secret;
    await ownerA.ok(`mutation($id: UUID!) { sendTestWebhook(endpointId: $id) { id } }`, { id });
    await waitFor('the third test event', () => r.ofType('webhook.test').length >= 3);
    expect(r.ofType('webhook.test')[2]!.verified).toBe(true); // and with the new one

    const updated = await ownerA.ok(`mutation($i: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $i) { eventTypes description } }`,
      { i: { id, eventTypes: ['client.created'], description: '' } });
    expect(updated.updateWebhookEndpoint).toEqual({ eventTypes: ['client.created'], description: null });
    await ownerA.ok(`mutation($id: UUID!) { deleteWebhookEndpoint(id: $id) }`, { id });
  });
});

describe('retries, failure and redelivery', () => {
  it('retries with backoff until the receiver answers 2xx, logging every attempt', async () => {
    const r = await receiver();
    r.respond = (_hook, count) => (count < 3 ? { status: count === 1 ? 500 : 503 } : { status: 204 });
    const id = await endpoint(ownerA, r, ['client.created']);
    await createClientWithKey(app.url, keyA, 'Ponawiana');
    const log = await waitFor('a delivery that succeeded on the third attempt', async () => {
      const d = await ownerA.ok(DELIVERIES, { id });
      return d.webhookDeliveries.edges[0]?.node.status === 'SUCCEEDED' ? d : null;
    });
    const node = log.webhookDeliveries.edges[0].node;
    expect(node).toMatchObject({ attemptCount: 3, lastStatusCode: 204, lastError: null });
    expect(node.attempts.map((a: { statusCode: number; succeeded: boolean }) => [a.statusCode, a.succeeded])).toEqual([[500, false], [503, false], [204, true]]);
    expect(node.attempts[0].error).toBe('HTTP 500');
    expect(node.attempts[0].responseExcerpt).toBe('answer 500');
    // the same message id and body on every attempt
    expect(new Set(r.received.map((h) => h.id)).size).toBe(1);
    expect(new Set(r.received.map((h) => h.raw)).size).toBe(1);
    expect(r.received.every((h) => h.verified)).toBe(true);
    const [endpointRow] = await app.sql(`select failing_since, last_success_at from webhook_endpoints where id = $1`, [id]);
    expect(endpointRow).toMatchObject({ failing_since: null });
    await ownerA.ok(`mutation($id: UUID!) { deleteWebhookEndpoint(id: $id) }`, { id });
  });

  it('gives up after the schedule, disables a dead endpoint with a notice, and redelivers on request', async () => {
    const r = await receiver();
    r.respond = () => ({ status: 500 });
    const id = await endpoint(ownerA, r, ['client.created']);
    await createClientWithKey(app.url, keyA, 'Porzucona');
    const dead = await waitFor('the endpoint to be disabled', async () => {
      const e = (await ownerA.ok(`query($id: UUID!) { webhookEndpoint(id: $id) { enabled disabledAt disabledReason disabledBy failingSince } }`, { id })).webhookEndpoint;
      return e.enabled ? null : e;
    });
    expect(dead.disabledReason).toMatch(/every delivery attempt failed .*HTTP 500/);
    expect(dead.disabledBy).toBe('AUTOMATIC');
    const log = await ownerA.ok(DELIVERIES, { id, status: 'FAILED' });
    const failed = log.webhookDeliveries.edges[0].node;
    expect(failed).toMatchObject({ status: 'FAILED', attemptCount: 4, lastStatusCode: 500 });
    expect(r.received).toHaveLength(4);

    // while disabled nothing is queued for it, and a test or redelivery is refused
    await createClientWithKey(app.url, keyA, 'Podczas wylaczenia');
    expect(errorCode(await ownerA.request(`mutation($id: UUID!) { redeliverWebhook(deliveryId: $id) { id } }`, { id: failed.id }))).toBe('INVALID_STATE');
    expect(errorCode(await ownerA.request(`mutation($id: UUID!) { sendTestWebhook(endpointId: $id) { id } }`, { id }))).toBe('INVALID_STATE');

    r.respond = () => ({ status: 200 });
    const enabled = await ownerA.ok(`mutation($id: UUID!) { enableWebhookEndpoint(id: $id) { enabled disabledAt disabledReason disabledBy } }`, { id });
    expect(enabled.enableWebhookEndpoint).toEqual({ enabled: true, disabledAt: null, disabledReason: null, disabledBy: null });
    const again = await ownerA.ok(`mutation($id: UUID!) { redeliverWebhook(deliveryId: $id) { id redeliveryOf status } }`, { id: failed.id });
    expect(again.redeliverWebhook).toMatchObject({ redeliveryOf: failed.id, status: 'PENDING' });
    await waitFor('the redelivery', () => r.received.length >= 5);
    expect(r.received[4]!.id).toBe(r.received[0]!.id);
    expect(r.received[4]!.raw).toBe(r.received[0]!.raw);
    const all = await waitFor('both deliveries in the log', async () => {
      const d = await ownerA.ok(DELIVERIES, { id, first: 1 });
      return d.webhookDeliveries.edges[0].node.status === 'SUCCEEDED' ? d : null;
    });
    expect(all.webhookDeliveries.pageInfo.hasNextPage).toBe(true);
    const next = await ownerA.ok(DELIVERIES, { id, first: 1, after: all.webhookDeliveries.pageInfo.endCursor });
    expect(next.webhookDeliveries.edges[0].node.id).toBe(failed.id);
    const paused = await ownerA.ok(`mutation($id: UUID!) { disableWebhookEndpoint(id: $id) { enabled disabledBy disabledReason } }`, { id });
    expect(paused.disableWebhookEndpoint).toEqual({ enabled: false, disabledBy: 'STAFF', disabledReason: 'Disabled by a staff member.' });
    await ownerA.ok(`mutation($id: UUID!) { deleteWebhookEndpoint(id: $id) }`, { id });
  });

  it('a slow or dead endpoint never delays the others', async () => {
    const slow = await receiver();
    slow.respond = () => ({ status: 200, hang: true });
    const fast = await receiver();
    const slowId = await endpoint(ownerA, slow, ['client.created']);
    const fastId = await endpoint(ownerA, fast, ['client.created']);
    const started = Date.now();
    for (let i = 0; i < 12; i++) await createClientWithKey(app.url, keyA, `Kolejka${i}`);
    await waitFor('12 webhooks at the fast endpoint', () => fast.received.length >= 12, 5_000);
    const latest = Math.max(...fast.received.map((h) => h.receivedAt)) - started;
    expect(latest).toBeLessThan(4_000);
    // the hanging endpoint holds at most its per-endpoint share of the workers
    expect(slow.received.length).toBeLessThanOrEqual(12);
    await ownerA.ok(`mutation($id: UUID!) { deleteWebhookEndpoint(id: $id) }`, { id: slowId });
    await ownerA.ok(`mutation($id: UUID!) { deleteWebhookEndpoint(id: $id) }`, { id: fastId });
  });
});

describe('cross-business', () => {
  it("B's endpoints never get A's events and B cannot touch A's endpoints", async () => {
    const ra = await receiver();
    const rb = await receiver();
    const aId = await endpoint(ownerA, ra, ['client.created']);
    await endpoint(ownerB, rb, ['client.created']);
    for (let i = 0; i < 5; i++) await createClientWithKey(app.url, keyA, `TylkoA${i}`);
    await waitFor('A to get 5', () => ra.received.length >= 5);
    await sleep(500);
    expect(rb.received).toEqual([]);
    for (const query of [
      `query($id: UUID!) { webhookEndpoint(id: $id) { id } }`,
    ]) {
      expect((await ownerB.ok(query, { id: aId })).webhookEndpoint).toBeNull();
    }
    for (const query of [
      `mutation($id: UUID!) { deleteWebhookEndpoint(id: $id) }`,
      `mutation($id: UUID!) { rotateWebhookSecret(id: $id) { secret } }`,
      `mutation($id: UUID!) { sendTestWebhook(endpointId: $id) { id } }`,
      `query($id: UUID!) { webhookDeliveries(endpointId: $id) { edges { cursor } } }`,
    ]) {
      const res = await ownerB.request(query, { id: aId });
      expect({ query, code: errorCode(res) }).toEqual({ query, code: 'NOT_FOUND' });
    }
    expect((await ownerB.ok(`{ webhookEndpoints { id } }`)).webhookEndpoints.map((e: { id: string }) => e.id)).not.toContain(aId);
    // and A's endpoint is untouched
    expect((await ownerA.ok(`query($id: UUID!) { webhookEndpoint(id: $id) { enabled } }`, { id: aId })).webhookEndpoint).toEqual({ enabled: true });
  });
});

describe('retention', () => {
  it('deletes events and finished deliveries older than the retention period, nothing newer', async () => {
    const r = await receiver();
    const id = await endpoint(ownerA, r, ['client.created']);
    const recent = await createClientWithKey(app.url, keyA, 'Swieza');
    await waitFor('the webhook', () => r.received.length);
    const old = await createClientWithKey(app.url, keyA, 'Stara');
    await waitFor('the second webhook', () => r.received.length >= 2);
    await app.sql(`update outbox set created_at = now() - interval '36 days' where aggregate_id = $1`, [old]);
    await app.sql(`update webhook_deliveries set created_at = now() - interval '36 days'
      where event_id in (select id from outbox where aggregate_id = $1)`, [old]);
    const deleted = await app.events.retention.purge();
    expect(deleted).toBe(1);
    expect(await app.sql(`select 1 from outbox where aggregate_id = $1`, [old])).toEqual([]);
    expect(await app.sql(`select 1 from outbox where aggregate_id = $1`, [recent])).toHaveLength(1);
    const log = await ownerA.ok(DELIVERIES, { id });
    expect(log.webhookDeliveries.edges).toHaveLength(1);
    expect(await app.sql(`select count(*)::int as n from webhook_attempts a join webhook_deliveries d on d.id = a.delivery_id where d.endpoint_id = $1`, [id]))
      .toEqual([{ n: 1 }]);
  });
});
