import { randomBytes } from 'node:crypto';
import pino from 'pino';
import { createWorkerPool } from '../src/modules/events/worker-db';
import { WebhookWorker } from '../src/modules/webhooks/webhook-worker';
import { signUpBusiness, type GqlClient } from './support/graphql-client';
import {
  createApiKey, createClientWithKey, CREATE_ENDPOINT, EVENT_FIELDS, keyOk, ServerProcess, sleep, Subscriber, waitFor, WebhookReceiver,
} from './support/events';
import { startTestApp, type TestApp } from './support/test-app';

// The jest process serves the API but sends no webhooks, so only the spawned processes deliver.
const ENCRYPTION_KEY = randomBytes(32).toString('hex');
const CHILD_ENV = { ENCRYPTION_KEY, EVENTS_POLL_MS: '200', WEBHOOK_TIMEOUT_MS: '1000' };
let app: TestApp;
let owner: GqlClient;
let key: string;
const receiver = new WebhookReceiver();
const processes: ServerProcess[] = [];
const subscribers: Subscriber[] = [];
let survivor: { worker: WebhookWorker; end(): Promise<void> } | null = null;

async function spawnServer(env: Record<string, string> = {}): Promise<ServerProcess> {
  const p = await ServerProcess.start({ DATABASE_URL: app.databaseUrl, ...CHILD_ENV, ...env });
  processes.push(p);
  return p;
}

beforeAll(async () => {
  app = await startTestApp({ ENCRYPTION_KEY, WEBHOOK_WORKER: 'false', EVENTS_POLL_MS: '200' });
  owner = (await signUpBusiness(app.url, 'Salon odporny')).client;
  key = (await createApiKey(owner)).key;
  await receiver.start();
  const res = await owner.ok(CREATE_ENDPOINT, { input: { url: receiver.url, eventTypes: ['client.created'] } });
  receiver.secret = res.createWebhookEndpoint.secret;
}, 30_000);

afterAll(async () => {
  await survivor?.end();
  await Promise.all(subscribers.map((s) => s.close()));
  await Promise.all(processes.map((p) => p.kill('SIGKILL')));
  await app.stop();
  await receiver.stop();
});

it('a server killed with SIGKILL between commit and dispatch delivers after restart; subscribers catch up', async () => {
  // 1. a process that commits but never gets to dispatch (its webhook worker is off) is killed outright
  const doomed = await spawnServer({ WEBHOOK_WORKER: 'false' });
  const sub = new Subscriber(doomed.url, { key }).subscribe(`subscription { events(types: ["client.created"]) { ${EVENT_FIELDS} } }`);
  subscribers.push(sub);
  await sub.ready();
  await sleep(100);
  const first = await createClientWithKey(doomed.url, key, 'PrzedAwaria');
  const [seen] = await sub.waitForEvents(1);
  const second = await createClientWithKey(doomed.url, key, 'TuzPrzedKillem');
  expect(await doomed.kill('SIGKILL')).toBeNull();
  expect(await sub.waitForClose()).not.toBe(1000);
  expect(receiver.received).toEqual([]);
  const pending = await app.sql(`select status from webhook_deliveries where event_type = 'client.created'`);
  expect(pending.map((p) => p.status)).toEqual(['PENDING', 'PENDING']);

  // meanwhile another process keeps taking writes
  const third = await createClientWithKey(app.url, key, 'PodczasAwarii');

  // 2. after a restart every committed delivery goes out, once
  const restarted = await spawnServer();
  await waitFor('3 webhooks', () => receiver.received.length >= 3, 10_000);
  await sleep(500);
  expect(receiver.received.map((h) => h.body.data.clientId).sort()).toEqual([first, second, third].sort());
  expect(receiver.received.every((h) => h.verified)).toBe(true);

  // 3. the subscriber reconnects (to any process) and fills the gap from the last cursor it saw
  const gap = await waitFor('the gap in replay', async () => {
    const r = await keyOk(restarted.url, key, `query($after: String) { events(after: $after, types: ["client.created"]) { edges { node { clientId } } } }`,
      { after: seen!.cursor });
    return r.events.edges.length >= 2 ? r : null;
  });
  expect(gap.events.edges.map((e: { node: { clientId: string } }) => e.node.clientId)).toEqual([second, third]);
}, 30_000);

it('a server killed while sending a webhook: the delivery is sent again once its lease runs out', async () => {
  // only one process sends: the one about to be killed
  await Promise.all(processes.map((p) => p.kill('SIGKILL')));
  receiver.received.length = 0;
  receiver.respond = (_hook, count) => (count === 1 ? { status: 200, hang: true } : { status: 200 });
  const sender = await spawnServer();
  const id = await createClientWithKey(app.url, key, 'WTrakcieWysylki');
  await waitFor('the first, hanging attempt', () => receiver.received.length >= 1, 10_000);
  await sender.kill('SIGKILL');
  const [row] = await app.sql(`select status, attempt_count from webhook_deliveries d join outbox o on o.id = d.event_id where o.aggregate_id = $1`, [id]);
  expect(row).toMatchObject({ status: 'PENDING', attempt_count: 1 });
  // a surviving process (here: a webhook worker started in this jest process) picks it up once the dead one's
  // lease (timeout + 5 s) has run out
  const pool = createWorkerPool(app.databaseUrl, 2, () => undefined);
  const worker = new WebhookWorker({
    pool, encryption: app.services.encryption, log: pino({ level: 'silent' }), concurrency: 4, perEndpoint: 2,
    timeoutMs: 1000, production: false, pollMs: 200, wake: app.services.webhookWake,
  });
  worker.start();
  survivor = { worker, end: async () => { await worker.stop(); await pool.end(); } };
  await waitFor('the second attempt', () => receiver.received.length >= 2, 15_000);
  expect(receiver.received.map((h) => h.id)).toEqual([receiver.received[0]!.id, receiver.received[0]!.id]);
  const done = await waitFor('the delivery to succeed', async () => {
    const [r] = await app.sql(`select status, attempt_count from webhook_deliveries d join outbox o on o.id = d.event_id where o.aggregate_id = $1`, [id]);
    return r!.status === 'SUCCEEDED' ? r : null;
  });
  expect(done.attempt_count).toBe(2);
}, 30_000);
