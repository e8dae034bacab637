/**
 * pnpm bench:events: partner events under load. N businesses, each with an API key, a webhook endpoint and
 * (subscriptions / N) graphql-ws subscriptions; clients are created through the HTTP API with the keys while
 * every subscriber and the webhook receiver record what they get. Latency is measured from the real commit
 * time of each client's transaction (PostgreSQL `track_commit_timestamp`) to the moment the bench process holds
 * the message, so it includes the bench's own queueing: an upper bound.
 */
import { startEmbeddedPostgres, type EmbeddedDatabase } from '@kartoteka/server/dist/db/embedded-postgres';
import { createClient, type Client as WsClient } from 'graphql-ws';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client as PgClient } from 'pg';
import { Webhook } from 'standardwebhooks';
import WebSocket from 'ws';
import { startServerProcess, type ServerProcess, type ServerStats } from './server-process';
import { fmt, int, summarize, type Summary } from './stats';

interface Options {
  clients: number;
  businesses: number;
  subscriptions: number;
  concurrency: number;
  processes: number;
  rate: number;
  settleSeconds: number;
}

function parseOptions(argv: string[]): Options {
  const o: Options = { clients: 10_000, businesses: 10, subscriptions: 1_000, concurrency: 8, processes: 1, rate: 25, settleSeconds: 60 };
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i]!.replace(/^--/, '');
    const value = Number(argv[i + 1]);
    const map: Record<string, keyof Options> = {
      clients: 'clients', businesses: 'businesses', subscriptions: 'subscriptions', concurrency: 'concurrency',
      processes: 'processes', rate: 'rate', settle: 'settleSeconds',
    };
    if (map[key] && Number.isFinite(value)) {
      o[map[key]!] = value;
      i++;
    } else if (argv[i] !== '--') {
      throw new Error(`Unknown option ${argv[i]}`);
    }
  }
  return o;
}

const now = () => performance.timeOrigin + performance.now();
const log = (msg: string) => console.log(`[bench:events ${new Date().toISOString().slice(11, 19)}] ${msg}`);
const NAME = /^Bench-b(\d+)-i(\d+)$/;

async function gql<T = Record<string, unknown>>(url: string, query: string, variables: Record<string, unknown>, headers: Record<string, string>): Promise<{ data?: T; errors?: unknown[]; cookie?: string }> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]!).find((c) => c.startsWith('kt_session='));
  return { ...body, cookie };
}

interface Business {
  index: number;
  key: string;
  secret: string;
  created: number;
  /** Webhook receipt time per client index (0 = not yet). */
  webhookAt: Float64Array;
}

interface Sub {
  business: number;
  client: WsClient;
  /** Receipt time per client index of its business (0 = not yet). */
  at: Float64Array;
  count: number;
  duplicates: number;
  leaks: number;
  errors: number;
}

async function main(): Promise<void> {
  const opts = parseOptions(process.argv.slice(2));
  const perBusiness = Math.ceil(opts.clients / opts.businesses);
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'kartoteka-bench-events-'));
  const resultsDir = path.join(__dirname, '..', 'results');
  mkdirSync(resultsDir, { recursive: true });
  let db: EmbeddedDatabase | null = null;
  const servers: ServerProcess[] = [];
  const subs: Sub[] = [];
  let receiver: http.Server | null = null;
  try {
    // ---- database: track commit timestamps, so latency starts at the real commit
    const port = 58000 + Math.floor(Math.random() * 1500);
    db = await startEmbeddedPostgres({ dataDir: workDir, port, database: 'kartoteka' });
    const admin = new PgClient({ connectionString: db.url });
    await admin.connect();
    await admin.query(`alter system set track_commit_timestamp = on`);
    await admin.end();
    await db.stop();
    db = await startEmbeddedPostgres({ dataDir: workDir, port, database: 'kartoteka' });
    log(`embedded PostgreSQL in ${workDir}`);

    // ---- server processes (development mode: the receiver is http://127.0.0.1, refused in production)
    for (let p = 0; p < opts.processes; p++) {
      servers.push(await startServerProcess({
        NODE_ENV: 'development', HOST: '127.0.0.1', PORT: '0', DATABASE_URL: db.url, DATA_DIR: workDir, SEED_DEMO: 'false',
        LOG_LEVEL: 'warn', DB_POOL_SIZE: '10', ENCRYPTION_KEY: 'cd'.repeat(32),
      }, path.join(workDir, `server-${p}.log`)));
    }
    const urls = servers.map((s) => s.url);
    log(`${servers.length} server process(es): ${urls.join(', ')}`);

    // ---- webhook receiver: checks every signature, notes receipt time, duplicates and leaks
    const businesses: Business[] = [];
    let webhookSignatureFailures = 0;
    let webhookDuplicates = 0;
    let webhookLeaks = 0;
    let webhookTotal = 0;
    receiver = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const at = now();
        const raw = Buffer.concat(chunks).toString('utf8');
        res.writeHead(204).end();
        webhookTotal++;
        const target = Number(/^\/hook\/(\d+)$/.exec(req.url ?? '')?.[1]);
        const business = businesses[target];
        if (!business) return;
        try {
          new Webhook(business.secret).verify(raw, req.headers as Record<string, string>);
        } catch {
          webhookSignatureFailures++;
          return;
        }
        const m = NAME.exec(JSON.parse(raw).data?.client?.lastName ?? '');
        if (!m) return;
        const [b, i] = [Number(m[1]), Number(m[2])];
        if (b !== target) {
          webhookLeaks++;
          return;
        }
        if (business.webhookAt[i]) webhookDuplicates++;
        else business.webhookAt[i] = at;
      });
    });
    receiver.keepAliveTimeout = 30_000;
    await new Promise<void>((r) => receiver!.listen(0, '127.0.0.1', () => r()));
    const receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;

    // ---- businesses: owner sign-up, an API key, a webhook endpoint
    for (let b = 0; b < opts.businesses; b++) {
      const url = urls[b % urls.length]!;
      const signUp = await gql(url, `mutation($i: SignUpInput!) { signUp(input: $i) { id } }`, {
        i: { businessName: `Bench business ${b}`, email: `bench${b}@example.com`, password: 'bench-password-123', displayName: 'Bench' },
      }, {});
      const cookie = { cookie: signUp.cookie! };
      const key = await gql<{ createApiKey: { secret: string } }>(url, `mutation { createApiKey(input: { name: "bench", scopes: [CLIENTS_WRITE, CLIENTS_READ, EVENTS_READ], rateLimitPerMinute: 10000 }) { secret } }`, {}, cookie);
      const endpoint = await gql<{ createWebhookEndpoint: { secret: string } }>(url, `mutation($i: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $i) { secret } }`, {
        i: { url: `${receiverUrl}/hook/${b}`, eventTypes: ['client.created'] },
      }, cookie);
      if (!key.data || !endpoint.data) throw new Error(`setup failed: ${JSON.stringify([key.errors, endpoint.errors])}`);
      businesses.push({ index: b, key: key.data.createApiKey.secret, secret: endpoint.data.createWebhookEndpoint.secret, created: 0, webhookAt: new Float64Array(perBusiness) });
    }
    log(`${opts.businesses} businesses with an API key and a webhook endpoint each`);

    // ---- subscriptions: spread over businesses and processes; half clientCreated, half events (every type)
    const fields = 'id type occurredAt clientId payload cursor';
    const connectOne = (s: number) => new Promise<void>((resolve, reject) => {
      const business = s % opts.businesses;
      const sub: Sub = { business, client: null as unknown as WsClient, at: new Float64Array(perBusiness), count: 0, duplicates: 0, leaks: 0, errors: 0 };
      sub.client = createClient({
        url: urls[s % urls.length]!.replace('http', 'ws') + '/graphql',
        webSocketImpl: WebSocket,
        lazy: false,
        retryAttempts: 0,
        connectionParams: { authorization: `Bearer ${businesses[business]!.key}` },
        on: { connected: () => resolve(), closed: () => reject(new Error('closed')) },
        onNonLazyError: reject,
      });
      const query = s % 2 === 0 ? `subscription { clientCreated { ${fields} } }` : `subscription { events { ${fields} } }`;
      sub.client.subscribe<Record<string, { payload: { client?: { lastName?: string } } }>>({ query }, {
        next: (result) => {
          const at = now();
          const event = result.data ? Object.values(result.data)[0] : undefined;
          if (!event) {
            sub.errors++;
            return;
          }
          const m = NAME.exec(event.payload?.client?.lastName ?? '');
          if (!m) return;
          const [b, i] = [Number(m[1]), Number(m[2])];
          if (b !== sub.business) {
            sub.leaks++;
            return;
          }
          if (sub.at[i]) sub.duplicates++;
          else {
            sub.at[i] = at;
            sub.count++;
          }
        },
        error: () => { sub.errors++; },
        complete: () => undefined,
      });
      subs.push(sub);
    });
    for (let s = 0; s < opts.subscriptions; s += 50) {
      await Promise.all(Array.from({ length: Math.min(50, opts.subscriptions - s) }, (_, k) => connectOne(s + k)));
    }
    await new Promise((r) => setTimeout(r, 500));
    const connected = (await Promise.all(servers.map((s) => s.stats()))).reduce((n, st) => n + st.subscribers, 0);
    log(`${int(subs.length)} subscriptions open (the servers count ${int(connected)})`);

    // ---- load: create clients through the API with the businesses' keys
    const tasks: [number, number][] = [];
    for (let i = 0; i < perBusiness; i++) for (let b = 0; b < opts.businesses; b++) if (tasks.length < opts.clients) tasks.push([b, i]);
    const httpLatency: number[] = [];
    let failures = 0;
    let next = 0;
    const cpuBefore = await Promise.all(servers.map((s) => s.stats()));
    const cpuBench = process.cpuUsage();
    const loadStart = now();
    const worker = async (w: number) => {
      for (;;) {
        const t = next++;
        if (t >= tasks.length) return;
        if (opts.rate > 0) {
          const due = loadStart + (t / opts.rate) * 1000;
          const wait = due - now();
          if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        }
        const [b, i] = tasks[t]!;
        const phone = `6${String(10_000_000 + ((b * 7919 + i * 104729) % 89_999_999)).padStart(8, '0')}`;
        const sent = now();
        try {
          const res = await gql<{ quickCreateClient: { id: string } }>(urls[(t + w) % urls.length]!, `mutation($i: QuickCreateClientInput!) { quickCreateClient(input: $i) { id } }`,
            { i: { firstName: 'Anna', lastName: `Bench-b${b}-i${i}`, phone } }, { authorization: `Bearer ${businesses[b]!.key}` });
          if (res.errors?.length || !res.data) throw new Error(JSON.stringify(res.errors));
          businesses[b]!.created++;
          httpLatency.push(now() - sent);
        } catch (err) {
          failures++;
          if (failures <= 3) log(`create failed: ${err instanceof Error ? err.message : String(err)}`);
        }
        if (t > 0 && t % 1000 === 0) log(`${int(t)} clients created`);
      }
    };
    await Promise.all(Array.from({ length: opts.concurrency }, (_, w) => worker(w)));
    const loadMs = now() - loadStart;
    const created = businesses.reduce((n, b) => n + b.created, 0);
    log(`${int(created)} clients created in ${(loadMs / 1000).toFixed(1)} s (${failures} failures)`);

    // ---- settle: wait for everything expected (or the settle timeout), then a moment for stragglers/duplicates
    const expectedPerSub = (s: Sub) => businesses[s.business]!.created;
    const settleDeadline = now() + opts.settleSeconds * 1000;
    const complete = () => subs.every((s) => s.count >= expectedPerSub(s))
      && businesses.every((b) => b.webhookAt.reduce((n, v) => n + (v ? 1 : 0), 0) >= b.created);
    while (!complete() && now() < settleDeadline) await new Promise((r) => setTimeout(r, 200));
    const drainedMs = now() - loadStart;
    await new Promise((r) => setTimeout(r, 2000));
    const cpuAfter = await Promise.all(servers.map((s) => s.stats()));

    // ---- commit times of every client.created, from PostgreSQL
    const pg = new PgClient({ connectionString: db.url });
    await pg.connect();
    const { rows } = await pg.query<{ id: string; name: string; commit_ms: number }>(
      `select id, payload->'client'->>'lastName' as name, extract(epoch from pg_xact_commit_timestamp(xmin)) * 1000 as commit_ms
         from outbox where type = 'client.created'`);
    const attempts = await pg.query<{ status: string; n: string }>(`select status, count(*) as n from webhook_deliveries group by status`);
    const attemptRows = await pg.query<{ n: string }>(`select count(*) as n from webhook_attempts`);
    await pg.end();
    const commitAt = businesses.map(() => new Float64Array(perBusiness));
    const commitById = new Map<string, number>();
    for (const r of rows) {
      const m = NAME.exec(r.name ?? '');
      if (m) commitAt[Number(m[1])]![Number(m[2])] = Number(r.commit_ms);
      commitById.set(r.id, Number(r.commit_ms));
    }
    // commit → handed to the subscribers by each server process's dispatcher
    const dispatchLatency: number[] = [];
    for (const server of servers) {
      for (const [id, at] of await server.published()) {
        const commit = commitById.get(id);
        if (commit) dispatchLatency.push(at - commit);
      }
    }

    // ---- figures
    const subLatency: number[] = [];
    let lost = 0;
    for (const s of subs) {
      const commits = commitAt[s.business]!;
      for (let i = 0; i < perBusiness; i++) {
        if (!commits[i]) continue;
        if (s.at[i]) subLatency.push(s.at[i]! - commits[i]!);
        else lost++;
      }
    }
    const webhookLatency: number[] = [];
    let webhookLost = 0;
    for (const b of businesses) {
      const commits = commitAt[b.index]!;
      for (let i = 0; i < perBusiness; i++) {
        if (!commits[i]) continue;
        if (b.webhookAt[i]) webhookLatency.push(b.webhookAt[i]! - commits[i]!);
        else webhookLost++;
      }
    }
    const dupMax = Math.max(0, ...subs.map((s) => s.duplicates));
    const dupTotal = subs.reduce((n, s) => n + s.duplicates, 0);
    const leaks = subs.reduce((n, s) => n + s.leaks, 0);
    const subErrors = subs.reduce((n, s) => n + s.errors, 0);
    const sub = summarize(subLatency);
    const hook = summarize(webhookLatency);
    const httpSummary = summarize(httpLatency);
    const dispatch = summarize(dispatchLatency);
    const benchCpu = process.cpuUsage(cpuBench);
    const serverCpuSeconds = cpuAfter.map((a, k) => ((a.cpu.user + a.cpu.system) - (cpuBefore[k]!.cpu.user + cpuBefore[k]!.cpu.system)) / 1e6);

    const result: BenchResult = {
      options: opts,
      machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, load: os.loadavg(), node: process.version },
      created, failures, loadSeconds: loadMs / 1000, drainedSeconds: drainedMs / 1000,
      subscriptionLatencyMs: sub, dispatchLatencyMs: dispatch, webhookLatencyMs: hook, httpCreateLatencyMs: httpSummary,
      benchCpuSeconds: (benchCpu.user + benchCpu.system) / 1e6,
      deliveredToSubscribers: subLatency.length, lostSubscriberEvents: lost, duplicatesMaxPerSubscription: dupMax, duplicatesTotal: dupTotal,
      crossBusinessSubscriptionDeliveries: leaks, subscriptionErrors: subErrors,
      webhooksReceived: webhookTotal, webhookLost, webhookDuplicates, webhookCrossBusiness: webhookLeaks, webhookSignatureFailures,
      webhookDeliveries: Object.fromEntries(attempts.rows.map((r) => [r.status, Number(r.n)])), webhookAttempts: Number(attemptRows.rows[0]!.n),
      server: cpuAfter.map((s: ServerStats, k) => ({ published: s.published, webhookAttempts: s.webhookAttempts, rssMb: Math.round(s.rss / 1e6), cpuSeconds: serverCpuSeconds[k] })),
    };
    const md = report(result, sub, hook, httpSummary, dispatch);
    console.log(`\n${md}`);
    writeFileSync(path.join(resultsDir, 'latest.md'), md);
    writeFileSync(path.join(resultsDir, 'latest.raw.json'), JSON.stringify(result, null, 2));
    const ok = lost === 0 && dupTotal === 0 && leaks === 0 && webhookLost === 0 && webhookDuplicates === 0 && webhookLeaks === 0
      && webhookSignatureFailures === 0 && sub.p99 < 100 && hook.p99 < 1000;
    log(ok ? 'all targets met' : 'some targets missed (see above)');
  } finally {
    await Promise.all(subs.map((s) => s.client.dispose()));
    await Promise.all(servers.map((s) => s.stop()));
    await new Promise<void>((r) => (receiver ? receiver.close(() => r()) : r()));
    await db?.stop().catch(() => undefined);
    if (!process.env.BENCH_KEEP) rmSync(workDir, { recursive: true, force: true });
  }
}

interface BenchResult {
  options: Options;
  machine: { cpus: number; model: string | undefined; load: number[]; node: string };
  created: number;
  failures: number;
  loadSeconds: number;
  drainedSeconds: number;
  subscriptionLatencyMs: Summary;
  dispatchLatencyMs: Summary;
  webhookLatencyMs: Summary;
  httpCreateLatencyMs: Summary;
  benchCpuSeconds: number;
  deliveredToSubscribers: number;
  lostSubscriberEvents: number;
  duplicatesMaxPerSubscription: number;
  duplicatesTotal: number;
  crossBusinessSubscriptionDeliveries: number;
  subscriptionErrors: number;
  webhooksReceived: number;
  webhookLost: number;
  webhookDuplicates: number;
  webhookCrossBusiness: number;
  webhookSignatureFailures: number;
  webhookDeliveries: Record<string, number>;
  webhookAttempts: number;
  server: { published: number; webhookAttempts: number; rssMb: number; cpuSeconds: number }[];
}

function report(r: BenchResult, sub: Summary, hook: Summary, httpSummary: Summary, dispatch: Summary): string {
  const o = r.options;
  const pass = (ok: boolean) => (ok ? 'yes' : '**no**');
  return [
    `# Partner events benchmark`,
    ``,
    `${o.subscriptions} graphql-ws subscriptions (one connection each) across ${o.businesses} businesses, one webhook endpoint per`,
    `business, ${int(r.created)} clients created through the HTTP API with API keys (${o.concurrency} requests in flight${o.rate ? `, ${o.rate}/s` : ''}),`,
    `${o.processes} server process(es), embedded PostgreSQL 18, ${r.machine.cpus} cores (${r.machine.model}), Node ${r.machine.node}.`,
    `Latency runs from each client's commit (PostgreSQL track_commit_timestamp) to the bench process holding the message.`,
    ``,
    `| Figure | Value | Target | Met |`,
    `|---|---|---|---|`,
    `| commit → subscriber p50 / p90 / p99 / max | ${fmt(sub.p50)} / ${fmt(sub.p90)} / ${fmt(sub.p99)} / ${fmt(sub.max)} ms | p99 < 100 ms | ${pass(sub.p99 < 100)} |`,
    `| of which commit → handed to subscribers (dispatcher) p50 / p99 / max | ${fmt(dispatch.p50)} / ${fmt(dispatch.p99)} / ${fmt(dispatch.max)} ms | | |`,
    `| commit → webhook receiver p50 / p99 / max | ${fmt(hook.p50)} / ${fmt(hook.p99)} / ${fmt(hook.max)} ms | p99 < 1,000 ms | ${pass(hook.p99 < 1000)} |`,
    `| events delivered to subscribers | ${int(r.deliveredToSubscribers)} | | |`,
    `| lost subscriber events | ${int(r.lostSubscriberEvents)} | 0 | ${pass(r.lostSubscriberEvents === 0)} |`,
    `| duplicates per subscription (max / total) | ${r.duplicatesMaxPerSubscription} / ${r.duplicatesTotal} | 0 | ${pass(r.duplicatesTotal === 0)} |`,
    `| cross-business deliveries (subscriptions / webhooks) | ${r.crossBusinessSubscriptionDeliveries} / ${r.webhookCrossBusiness} | 0 | ${pass(r.crossBusinessSubscriptionDeliveries === 0 && r.webhookCrossBusiness === 0)} |`,
    `| webhooks lost / duplicated / bad signature | ${r.webhookLost} / ${r.webhookDuplicates} / ${r.webhookSignatureFailures} | 0 | ${pass(r.webhookLost === 0 && r.webhookDuplicates === 0 && r.webhookSignatureFailures === 0)} |`,
    `| webhook attempts / deliveries | ${int(r.webhookAttempts)} / ${JSON.stringify(r.webhookDeliveries)} | | |`,
    `| clients created / failed | ${int(r.created)} / ${r.failures} in ${r.loadSeconds.toFixed(1)} s (${Math.round(r.created / r.loadSeconds)}/s) | | |`,
    `| HTTP createClient p50 / p99 | ${fmt(httpSummary.p50)} / ${fmt(httpSummary.p99)} ms | | |`,
    `| everything delivered after | ${r.drainedSeconds.toFixed(1)} s | | |`,
    `| bench process (1,000 subscribers, receiver, load) CPU | ${r.benchCpuSeconds.toFixed(1)} s | | |`,
    `| server process(es): CPU s, RSS | ${r.server.map((s) => `${s.cpuSeconds.toFixed(1)} s, ${s.rssMb} MB`).join('; ')} | | |`,
    ``,
    `Load average at the end: ${r.machine.load.map((l) => l.toFixed(2)).join(', ')}.`,
    ``,
  ].join('\n');
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
