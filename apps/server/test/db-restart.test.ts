import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { startKartoteka, type Kartoteka } from '../src/boot';
import { loadConfig } from '../src/config/config';
import { signUpBusiness } from './support/graphql-client';
import {
  createApiKey, createClientWithKey, CREATE_ENDPOINT, EVENT_FIELDS, sleep, Subscriber, waitFor, WebhookReceiver,
} from './support/events';

// A real database restart under a running server: its own PostgreSQL process, stopped and started again.
const dataDir = mkdtempSync(path.join(tmpdir(), 'kartoteka-restart-'));
chmodSync(dataDir, 0o755);
const port = 57000 + Math.floor(Math.random() * 2500);
let pg: ChildProcess | null = null;
let server: Kartoteka | null = null;
const receiver = new WebhookReceiver();
let subscriber: Subscriber | null = null;

function startDatabase(): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', 'test/support/pg-process.ts', dataDir, String(port)], {
      cwd: path.resolve(__dirname, '..'), stdio: ['ignore', 'pipe', 'pipe'],
    });
    pg = child;
    let out = '';
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /READY (\S+)/.exec(out);
      if (m) resolve(m[1]!);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`database process exited (${code}): ${out}`)));
  });
}

function stopDatabase(): Promise<void> {
  const child = pg;
  pg = null;
  if (!child || child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

afterAll(async () => {
  await subscriber?.close();
  await server?.stop().catch(() => undefined);
  await stopDatabase();
  await receiver.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

it('after a database restart, subscriptions and webhook dispatch resume and catch up', async () => {
  const url = await startDatabase();
  const config = loadConfig({
    NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', DATABASE_URL: url, SEED_DEMO: 'false', DB_POOL_SIZE: '4',
    EVENTS_POLL_MS: '200', ENCRYPTION_KEY: 'ab'.repeat(32),
  });
  server = await startKartoteka(config, pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }));
  const owner = (await signUpBusiness(server.url, 'Salon po restarcie')).client;
  const { key } = await createApiKey(owner);
  await receiver.start();
  receiver.secret = (await owner.ok(CREATE_ENDPOINT, { input: { url: receiver.url, eventTypes: ['client.created'] } })).createWebhookEndpoint.secret;
  subscriber = new Subscriber(server.url, { key }).subscribe(`subscription { clientCreated { ${EVENT_FIELDS} } }`);
  await subscriber.ready();
  await sleep(100);

  const before = await createClientWithKey(server.url, key, 'PrzedRestartem');
  await subscriber.waitForEvents(1);
  await waitFor('the first webhook', () => receiver.received.length >= 1);

  await stopDatabase();
  await sleep(1_000);
  await startDatabase();

  // the first writes after the restart may meet a dead pooled connection; a partner retries
  const after = await waitFor('a write after the restart',
    () => createClientWithKey(server!.url, key, 'PoRestarcie').catch(() => null), 15_000, 250);
  const events = await subscriber.waitForEvents(2, 10_000);
  expect(events.map((e) => e.clientId)).toEqual([before, after]);
  await waitFor('the second webhook', () => receiver.received.length >= 2, 10_000);
  expect(receiver.received.map((h) => h.body.data.clientId)).toEqual([before, after]);
  expect(receiver.received.every((h) => h.verified)).toBe(true);
}, 45_000);
