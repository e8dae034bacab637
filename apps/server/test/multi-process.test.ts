import { randomBytes } from 'node:crypto';
import { signUpBusiness, type GqlClient } from './support/graphql-client';
import {
  createApiKey, createClientWithKey, CREATE_ENDPOINT, EVENT_FIELDS, keyRequest, ServerProcess, sleep, Subscriber, waitFor, WebhookReceiver,
} from './support/events';
import { startTestApp, type TestApp } from './support/test-app';

// Three server processes on one database: this jest process and two spawned ones.
const ENCRYPTION_KEY = randomBytes(32).toString('hex');
let app: TestApp;
let others: ServerProcess[] = [];
let owner: GqlClient;
let key: string;
let otherKey: string;
const receiver = new WebhookReceiver();
const subscribers: Subscriber[] = [];

beforeAll(async () => {
  app = await startTestApp({ ENCRYPTION_KEY, EVENTS_POLL_MS: '200' });
  others = await Promise.all([1, 2].map(() => ServerProcess.start({ DATABASE_URL: app.databaseUrl, ENCRYPTION_KEY, EVENTS_POLL_MS: '200' })));
  owner = (await signUpBusiness(app.url, 'Salon wieloprocesowy')).client;
  key = (await createApiKey(owner)).key;
  otherKey = (await createApiKey((await signUpBusiness(app.url, 'Salon obok')).client)).key;
  await receiver.start();
  const res = await owner.ok(CREATE_ENDPOINT, { input: { url: receiver.url, eventTypes: ['client.created'] } });
  receiver.secret = res.createWebhookEndpoint.secret;
}, 60_000);

afterAll(async () => {
  await Promise.all(subscribers.map((s) => s.close()));
  await Promise.all(others.map((p) => p.kill('SIGTERM')));
  await app.stop();
  await receiver.stop();
});

it('every subscription gets each event exactly once and every webhook is sent by exactly one process', async () => {
  const urls = [app.url, ...others.map((p) => p.url)];
  for (const url of urls) {
    for (let i = 0; i < 2; i++) {
      const s = new Subscriber(url, { key }).subscribe(`subscription { events(types: ["client.created"]) { ${EVENT_FIELDS} } }`);
      subscribers.push(s);
    }
  }
  const foreign = new Subscriber(others[0]!.url, { key: otherKey }).subscribe(`subscription { events { ${EVENT_FIELDS} } }`);
  subscribers.push(foreign);
  await Promise.all(subscribers.map((s) => s.ready()));
  await sleep(200);

  // 45 clients written through all three processes at once
  const ids = (await Promise.all(urls.map(async (url, p) => {
    const mine: string[] = [];
    for (let i = 0; i < 15; i++) mine.push(await createClientWithKey(url, key, `Proces${p}x${i}`));
    return mine;
  }))).flat();

  for (const s of subscribers.slice(0, 6)) {
    await s.waitForEvents(45, 15_000);
  }
  await waitFor('45 webhooks', () => new Set(receiver.received.map((h) => h.id)).size >= 45, 15_000);
  await sleep(1_000); // anything extra (a duplicate) would arrive now

  for (const s of subscribers.slice(0, 6)) {
    expect(s.events).toHaveLength(45);
    expect(new Set(s.events.map((e) => e.clientId))).toEqual(new Set(ids));
  }
  // the subscriptions of one process see its one publishing order
  for (const p of [0, 2, 4]) expect(subscribers[p + 1]!.events.map((e) => e.id)).toEqual(subscribers[p]!.events.map((e) => e.id));
  expect(foreign.events).toEqual([]);

  expect(receiver.received).toHaveLength(45);
  expect(new Set(receiver.received.map((h) => h.body.data.clientId))).toEqual(new Set(ids));
  expect(receiver.received.every((h) => h.verified)).toBe(true);
  const attempts = await app.sql<{ sent_by: string; n: string }>(
    `select sent_by, count(*) as n from webhook_attempts group by sent_by`);
  const perDelivery = await app.sql<{ n: string }>(`select count(*) as n from webhook_attempts group by delivery_id having count(*) > 1`);
  expect(perDelivery).toEqual([]);
  expect(attempts.reduce((sum, a) => sum + Number(a.n), 0)).toBe(45);
  // the processes shared the work (they race for every NOTIFY; SKIP LOCKED gives each row to one of them)
  expect(attempts.length).toBeGreaterThanOrEqual(2);
}, 60_000);

it('a key revoked through one process stops working at once in the others (HTTP 401, WebSocket 4403)', async () => {
  const { id, key: doomed } = await createApiKey(owner);
  const other = others[1]!.url;
  const live = new Subscriber(other, { key: doomed }).subscribe(`subscription { clientCreated { id } }`);
  subscribers.push(live);
  await live.ready();
  expect((await keyRequest(other, doomed, `{ clients { totalCount } }`)).status).toBe(200); // now cached there
  await owner.ok(`mutation($id: UUID!) { revokeApiKey(id: $id) { id } }`, { id });
  expect(await live.waitForClose(3_000)).toBe(4403);
  expect((await keyRequest(other, doomed, `{ clients { totalCount } }`)).status).toBe(401);
}, 30_000);
