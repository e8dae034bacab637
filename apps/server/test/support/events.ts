/** Helpers for the partner-event tests: API keys, a real graphql-ws client, a real signature-checking receiver. */
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createClient, type Client as WsClient } from 'graphql-ws';
import { Webhook } from 'standardwebhooks';
import WebSocket from 'ws';
import { GqlClient } from './graphql-client';

export async function waitFor<T>(what: string, probe: () => T | Promise<T>, timeoutMs = 10_000, everyMs = 25): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  for (;;) {
    last = await probe();
    if (last) return last as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what} (last: ${JSON.stringify(last)})`);
    await sleep(everyMs);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

export const ALL_SCOPES = ['CLIENTS_READ', 'CLIENTS_WRITE', 'EVENTS_READ', 'WEBHOOKS_MANAGE'];

export async function createApiKey(owner: GqlClient, scopes: string[] = ALL_SCOPES, extra: Record<string, unknown> = {}): Promise<{ id: string; key: string }> {
  const data = await owner.ok<{ createApiKey: { apiKey: { id: string }; secret: string } }>(
    `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } secret } }`,
    { input: { name: `key ${Math.random().toString(36).slice(2, 8)}`, scopes, ...extra } });
  return { id: data.createApiKey.apiKey.id, key: data.createApiKey.secret };
}

/** GraphQL over HTTP with an API key, keeping the response headers. */
export interface KeyResponse {
  status: number;
  headers: Headers;
  data?: Record<string, any>;
  errors?: { message: string; extensions?: Record<string, any> }[];
}

export async function keyRequest(baseUrl: string, key: string, query: string, variables?: Record<string, unknown>): Promise<KeyResponse> {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: Record<string, any>; errors?: { message: string; extensions?: Record<string, any> }[] };
  return { status: res.status, headers: res.headers, ...body };
}

export async function keyOk(baseUrl: string, key: string, query: string, variables?: Record<string, unknown>): Promise<Record<string, any>> {
  const res = await keyRequest(baseUrl, key, query, variables);
  if (res.errors?.length || res.status !== 200) throw new Error(`GraphQL errors (${res.status}): ${JSON.stringify(res.errors)}`);
  return res.data!;
}

export const QUICK_CLIENT = `mutation($input: QuickCreateClientInput!) { quickCreateClient(input: $input) { id } }`;

export async function createClientWithKey(baseUrl: string, key: string, lastName: string): Promise<string> {
  const data = await keyOk(baseUrl, key, QUICK_CLIENT, { input: { firstName: 'Anna', lastName, phone: '600100200' } });
  return data.quickCreateClient.id;
}

export interface ReceivedEvent {
  id: string;
  type: string;
  occurredAt: string;
  clientId: string | null;
  payload: Record<string, any>;
  cursor: string;
  receivedAt: number;
}

export const EVENT_FIELDS = 'id type occurredAt clientId payload cursor';

/** A real graphql-ws connection (the `ws` package), collecting what one subscription sends. */
export class Subscriber {
  readonly events: ReceivedEvent[] = [];
  readonly errors: unknown[] = [];
  closeCode: number | null = null;
  closeReason = '';
  completed = false;
  private readonly client: WsClient;
  private readonly connected: Promise<void>;

  constructor(baseUrl: string, opts: { key?: string; cookie?: string; origin?: string; connectionParams?: Record<string, unknown> } = {}) {
    const url = baseUrl.replace(/^http/, 'ws') + '/graphql';
    const headers: Record<string, string> = {};
    if (opts.cookie) headers.cookie = opts.cookie;
    if (opts.origin) headers.origin = opts.origin;
    class HeaderSocket extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers });
      }
    }
    let markConnected: () => void = () => undefined;
    let markFailed: (e: unknown) => void = () => undefined;
    this.connected = new Promise<void>((resolve, reject) => { markConnected = resolve; markFailed = reject; });
    this.connected.catch(() => undefined);
    this.client = createClient({
      url,
      webSocketImpl: HeaderSocket,
      lazy: false,
      retryAttempts: 0,
      connectionParams: opts.connectionParams ?? (opts.key ? { authorization: `Bearer ${opts.key}` } : undefined),
      on: {
        connected: () => markConnected(),
        closed: (event) => {
          const e = event as { code?: number; reason?: string };
          this.closeCode = e.code ?? null;
          this.closeReason = e.reason ?? '';
          markFailed(new Error(`closed ${e.code} ${e.reason}`));
        },
        error: (err) => markFailed(err),
      },
      onNonLazyError: () => undefined,
    });
  }

  /** Resolves once the server acknowledged the connection (credentials accepted). */
  ready(): Promise<void> {
    return this.connected;
  }

  subscribe(query: string, variables?: Record<string, unknown>): this {
    this.client.subscribe<Record<string, ReceivedEvent>>({ query, variables }, {
      next: (result) => {
        if (result.errors?.length) this.errors.push(...result.errors);
        const value = result.data ? Object.values(result.data)[0] : undefined;
        if (value) this.events.push({ ...value, receivedAt: Date.now() });
      },
      error: (err) => { this.errors.push(err); },
      complete: () => { this.completed = true; },
    });
    return this;
  }

  async waitForEvents(n: number, timeoutMs = 10_000): Promise<ReceivedEvent[]> {
    await waitFor(`${n} events (have ${this.events.length})`, () => this.events.length >= n, timeoutMs);
    return this.events;
  }

  async waitForClose(timeoutMs = 5_000): Promise<number> {
    return waitFor('the socket to close', () => this.closeCode, timeoutMs);
  }

  async close(): Promise<void> {
    await this.client.dispose();
  }
}

export interface ReceivedWebhook {
  id: string;
  timestamp: string;
  signature: string;
  body: Record<string, any>;
  raw: string;
  verified: boolean;
  receivedAt: number;
}

type Responder = (hook: ReceivedWebhook, count: number) => { status: number; delayMs?: number; hang?: boolean };

/** A real HTTP receiver on 127.0.0.1 that checks every signature with the `standardwebhooks` package. */
export class WebhookReceiver {
  readonly received: ReceivedWebhook[] = [];
  secret: string | null = null;
  respond: Responder = () => ({ status: 200 });
  private server: http.Server | null = null;
  private readonly hanging: http.ServerResponse[] = [];
  url = '';

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const headers = {
          'webhook-id': String(req.headers['webhook-id'] ?? ''),
          'webhook-timestamp': String(req.headers['webhook-timestamp'] ?? ''),
          'webhook-signature': String(req.headers['webhook-signature'] ?? ''),
        };
        let verified = false;
        try {
          if (this.secret) {
            new Webhook(this.secret).verify(raw, headers);
            verified = true;
          }
        } catch {
          verified = false;
        }
        const hook: ReceivedWebhook = {
          id: headers['webhook-id'], timestamp: headers['webhook-timestamp'], signature: headers['webhook-signature'],
          body: JSON.parse(raw), raw, verified, receivedAt: Date.now(),
        };
        this.received.push(hook);
        const answer = this.respond(hook, this.received.filter((h) => h.id === hook.id).length);
        if (answer.hang) {
          this.hanging.push(res);
          return;
        }
        setTimeout(() => res.writeHead(answer.status, { 'content-type': 'text/plain' }).end(`answer ${answer.status}`), answer.delayMs ?? 0);
      });
    });
    this.server.keepAliveTimeout = 1000;
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', () => r()));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hook`;
    return this;
  }

  ofType(type: string): ReceivedWebhook[] {
    return this.received.filter((h) => h.body.type === type);
  }

  async stop(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    this.server?.closeAllConnections();
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
  }
}

export const CREATE_ENDPOINT = `mutation($input: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) { secret endpoint { id url eventTypes enabled } }
}`;

export const DELIVERIES = `query($id: UUID!, $first: Int, $after: String, $status: WebhookDeliveryStatus) {
  webhookDeliveries(endpointId: $id, first: $first, after: $after, status: $status) {
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id eventId eventType isTest status attemptCount lastStatusCode lastError redeliveryOf
      attempts { attemptNumber statusCode durationMs error responseExcerpt succeeded } } }
  }
}`;

/** A server as a separate OS process on the same database (multi-process and SIGKILL tests). */
export class ServerProcess {
  url = '';
  private readonly output: string[] = [];
  private exited: Promise<number | null>;

  private constructor(readonly child: ChildProcess) {
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  }

  static async start(env: Record<string, string>): Promise<ServerProcess> {
    const serverDir = path.resolve(__dirname, '../..');
    const child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/main.ts'], {
      cwd: serverDir,
      env: {
        ...process.env, NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', SEED_DEMO: 'false', LOG_LEVEL: 'warn', DB_POOL_SIZE: '5',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const proc = new ServerProcess(child);
    const onData = (chunk: Buffer) => {
      proc.output.push(chunk.toString());
      const m = /Kartoteka is running at (http:\/\/\S+)/.exec(proc.output.join(''));
      if (m && !proc.url) proc.url = m[1]!;
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    await Promise.race([
      waitFor('the server process to start', () => proc.url, 25_000),
      proc.exited.then((code) => { throw new Error(`server exited with ${code}: ${proc.output.join('')}`); }),
    ]);
    return proc;
  }

  get log(): string {
    return this.output.join('');
  }

  kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<number | null> {
    this.child.kill(signal);
    return this.exited;
  }
}
