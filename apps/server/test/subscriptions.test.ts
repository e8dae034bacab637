import { Client } from 'pg';
import WebSocket from 'ws';
import { signUpBusiness, type GqlClient } from './support/graphql-client';
import {
  createApiKey, createClientWithKey, EVENT_FIELDS, keyOk, keyRequest, sleep, Subscriber, waitFor,
} from './support/events';
import { startTestApp, type TestApp } from './support/test-app';

let app: TestApp;
let ownerA: GqlClient;
let ownerB: GqlClient;
let keyA: string;
let keyB: string;
const subscribers: Subscriber[] = [];

function subscriber(opts: ConstructorParameters<typeof Subscriber>[1]): Subscriber {
  const s = new Subscriber(app.url, opts);
  subscribers.push(s);
  return s;
}

beforeAll(async () => {
  app = await startTestApp({ EVENTS_POLL_MS: '200', ALLOWED_ORIGINS: 'https://partner.example.com' });
  ownerA = (await signUpBusiness(app.url, 'Salon A')).client;
  ownerB = (await signUpBusiness(app.url, 'Salon B')).client;
  keyA = (await createApiKey(ownerA)).key;
  keyB = (await createApiKey(ownerB)).key;
});
afterAll(async () => {
  await Promise.all(subscribers.map((s) => s.close()));
  await app.stop();
});

describe('subscriptions over graphql-ws', () => {
  it('delivers clientCreated, clientUpdated, clientDeleted and events(types) to the own business only', async () => {
    const created = subscriber({ key: keyA }).subscribe(`subscription { clientCreated { ${EVENT_FIELDS} } }`);
    const updated = subscriber({ key: keyA }).subscribe(`subscription { clientUpdated { ${EVENT_FIELDS} } }`);
    const deleted = subscriber({ key: keyA }).subscribe(`subscription { clientDeleted { ${EVENT_FIELDS} } }`);
    const consents = subscriber({ key: keyA }).subscribe(`subscription { events(types: ["consent.changed"]) { ${EVENT_FIELDS} } }`);
    const everythingB = subscriber({ key: keyB }).subscribe(`subscription { events { ${EVENT_FIELDS} } }`);
    await Promise.all([created, updated, deleted, consents, everythingB].map((s) => s.ready()));
    await sleep(100);

    const id = await createClientWithKey(app.url, keyA, 'Subskrypcja');
    const [event] = await created.waitForEvents(1);
    expect(event).toMatchObject({ type: 'client.created', clientId: id, payload: { clientId: id, version: 1, createdVia: 'API', client: { lastName: 'Subskrypcja' } } });
    expect(JSON.stringify(event!.payload)).not.toMatch(/identityDocuments|passport/);

    await keyOk(app.url, keyA, `mutation($i: UpdateClientInput!) { updateClient(input: $i) { id } }`, { i: { id, version: 1, lastName: 'Zmieniona' } });
    const [change] = await updated.waitForEvents(1);
    expect(change!.payload.changes).toEqual([{ field: 'lastName', from: 'Subskrypcja', to: 'Zmieniona' }]);

    await keyOk(app.url, keyA, `mutation($c: UUID!) { recordConsent(input: { clientId: $c, purposeKey: "MARKETING_SMS", granted: true }) { granted } }`, { c: id });
    const [consent] = await consents.waitForEvents(1);
    expect(consent!.payload).toMatchObject({ clientId: id, purposeKey: 'MARKETING_SMS', granted: true, method: 'API' });

    await keyOk(app.url, keyA, `mutation($id: UUID!) { deleteClient(id: $id) { id } }`, { id });
    await deleted.waitForEvents(1);

    // the same event ids and order as replay, and every live cursor resumes without a gap
    const replay = await keyOk(app.url, keyA, `{ events(first: 100) { edges { cursor node { id type } } } }`);
    const live = [created, updated, consents, deleted].map((s) => s.events[0]!);
    const ids = live.map((e) => e.id);
    expect(replay.events.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(ids);
    for (const [i, event] of live.entries()) {
      const rest = await keyOk(app.url, keyA, `query($after: String) { events(after: $after) { edges { node { id } } } }`, { after: event.cursor });
      const after = rest.events.edges.map((e: { node: { id: string } }) => e.node.id);
      expect(after.filter((id: string) => ids.slice(i + 1).includes(id))).toEqual(ids.slice(i + 1));
    }

    await sleep(300);
    for (const s of [created, updated, deleted, consents]) expect(s.events).toHaveLength(1);
    expect(everythingB.events).toEqual([]);
  });

  it('gives each subscription every event exactly once', async () => {
    const subs = [subscriber({ key: keyA }), subscriber({ key: keyA })];
    subs.forEach((s) => s.subscribe(`subscription { events(types: ["client.created"]) { ${EVENT_FIELDS} } }`));
    await Promise.all(subs.map((s) => s.ready()));
    await sleep(100);
    const ids = await Promise.all(Array.from({ length: 20 }, (_, i) => createClientWithKey(app.url, keyA, `Rownolegla${i}`)));
    for (const s of subs) {
      await s.waitForEvents(20);
      await sleep(200);
      expect(s.events.map((e) => e.clientId).sort()).toEqual([...ids].sort());
      expect(new Set(s.events.map((e) => e.id)).size).toBe(20);
    }
    // subscriptions of one process see one order (the order the process published them in)
    expect(subs[1]!.events.map((e) => e.id)).toEqual(subs[0]!.events.map((e) => e.id));
  });

  it('staff sessions subscribe with their cookie; foreign browser origins are refused at the upgrade', async () => {
    const staff = subscriber({ cookie: ownerA.sessionCookie!, origin: 'http://localhost:5173' })
      .subscribe(`subscription { clientCreated { id clientId } }`);
    await staff.ready();
    const partnerOrigin = subscriber({ key: keyA, origin: 'https://partner.example.com' });
    await partnerOrigin.ready();
    await sleep(100);
    const id = (await ownerA.ok(`mutation { quickCreateClient(input: { lastName: "Przez sesje", phone: "600999888" }) { id } }`)).quickCreateClient.id;
    expect((await staff.waitForEvents(1))[0]!.clientId).toBe(id);

    const refused = await new Promise<number>((resolve) => {
      const ws = new WebSocket(app.url.replace('http', 'ws') + '/graphql', 'graphql-transport-ws', { headers: { origin: 'https://evil.example.com', cookie: ownerA.sessionCookie! } });
      ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      ws.on('open', () => resolve(101));
      ws.on('error', () => undefined);
    });
    expect(refused).toBe(403);
  });

  it('closes the socket with 4403 on bad, missing or revoked credentials', async () => {
    for (const opts of [
      { key: 'kt_aaaaaaaaaaaa_' + 'B'.repeat(40) },
      { connectionParams: { authorization: 'Bearer nonsense' } },
      { connectionParams: {} },
      { cookie: 'kt_session=forged' },
    ]) {
      const s = subscriber(opts);
      await expect(s.ready()).rejects.toThrow();
      expect(await s.waitForClose()).toBe(4403);
    }
    const { id, key } = await createApiKey(ownerA);
    const live = subscriber({ key }).subscribe(`subscription { clientCreated { id } }`);
    await live.ready();
    await ownerA.ok(`mutation($id: UUID!) { revokeApiKey(id: $id) { id } }`, { id });
    expect(await live.waitForClose()).toBe(4403);
  });

  it('applies the HTTP limits and masks errors on the socket', async () => {
    const noEvents = (await createApiKey(ownerA, ['CLIENTS_READ'])).key;
    const forbidden = subscriber({ key: noEvents }).subscribe(`subscription { clientCreated { id } }`);
    await waitFor('an error', () => forbidden.errors.length);
    expect(forbidden.errors[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });

    const s = subscriber({ key: keyA });
    s.subscribe(`subscription { events(types: ["client.nope"]) { id } }`);
    s.subscribe(`query { clients { totalCount } }`);
    s.subscribe(`subscription { clientCreated { id ${Array.from({ length: 40 }, (_, i) => `a${i}: id`).join(' ')} } }`);
    s.subscribe(`subscription { clientCreated { nope } }`);
    s.subscribe(`subscription { clientCreated { id `);
    await waitFor('five errors', () => s.errors.length >= 5);
    const codes = s.errors.map((e) => (Array.isArray(e) ? e[0] : e)?.extensions?.code ?? (Array.isArray(e) ? e[0]?.message : String(e)));
    expect(codes.sort()).toEqual(['BAD_REQUEST', 'BAD_USER_INPUT', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_VALIDATION_FAILED'].sort());
    expect(JSON.stringify(s.errors)).not.toMatch(/stack|select |insert /i);
  });
});

describe('replay with events(after)', () => {
  it('pages through everything since a cursor, filters by type, and refuses nonsense', async () => {
    const { key } = await createApiKey(ownerB);
    const start = await keyOk(app.url, key, `{ events(first: 500) { pageInfo { endCursor hasNextPage } } }`);
    const from = start.events.pageInfo.endCursor;
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) ids.push(await createClientWithKey(app.url, key, `Replay${i}`));
    await keyOk(app.url, key, `mutation($id: UUID!) { deleteClient(id: $id) { id } }`, { id: ids[0] });
    // (a write transaction of another test file on the same cluster may hold the newest events back for a moment)
    await waitFor('8 visible events', async () => (await keyOk(app.url, key, `query($after: String) { events(after: $after, first: 500) { edges { cursor } } }`, { after: from })).events.edges.length === 8);
    const seen: string[] = [];
    let after = from;
    for (let page = 0; page < 10; page++) {
      const res = await keyOk(app.url, key, `query($after: String) { events(after: $after, first: 3) { edges { cursor node { type clientId } } pageInfo { endCursor hasNextPage } } }`, { after });
      seen.push(...res.events.edges.map((e: { node: { type: string; clientId: string } }) => `${e.node.type}:${e.node.clientId}`));
      after = res.events.pageInfo.endCursor;
      if (!res.events.pageInfo.hasNextPage) break;
    }
    expect(seen).toEqual([...ids.map((id) => `client.created:${id}`), `client.deleted:${ids[0]}`]);
    // nothing new: the cursor stays where it was
    const idle = await keyOk(app.url, key, `query($after: String) { events(after: $after) { edges { cursor } pageInfo { endCursor hasNextPage } } }`, { after });
    expect(idle.events).toEqual({ edges: [], pageInfo: { endCursor: after, hasNextPage: false } });
    const deletes = await keyOk(app.url, key, `query($after: String) { events(after: $after, types: ["client.deleted"]) { edges { node { clientId } } } }`, { after: from });
    expect(deletes.events.edges).toEqual([{ node: { clientId: ids[0] } }]);

    for (const [variables, code] of [
      [{ after: 'garbage' }, 'BAD_USER_INPUT'], [{ first: 501 }, 'BAD_USER_INPUT'], [{ first: 0 }, 'BAD_USER_INPUT'], [{ types: ['client.nope'] }, 'BAD_USER_INPUT'],
    ] as const) {
      const res = await keyRequest(app.url, key, `query($after: String, $first: Int, $types: [String!]) { events(after: $after, first: $first, types: $types) { edges { cursor } } }`, variables);
      expect(res.errors?.[0]?.extensions?.code).toBe(code);
    }
    // business A's key never sees B's events, and vice versa
    const aSees = await keyOk(app.url, keyA, `{ events(first: 500) { edges { node { clientId } } } }`);
    expect(aSees.events.edges.map((e: { node: { clientId: string } }) => e.node.clientId)).not.toEqual(expect.arrayContaining([ids[1]]));
    expect((await keyRequest(app.url, (await createApiKey(ownerB, ['CLIENTS_READ'])).key, `{ events { edges { cursor } } }`)).errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('never skips an event committed out of order by a concurrent transaction', async () => {
    const { key } = await createApiKey(ownerB);
    const before = (await keyOk(app.url, key, `{ events(first: 500) { pageInfo { endCursor } } }`)).events.pageInfo.endCursor;
    const tenantId = (await app.sql(`select tenant_id from api_keys where prefix = $1`, [key.split('_')[1]]))[0]!.tenant_id;
    const sub = subscriber({ key }).subscribe(`subscription { events { ${EVENT_FIELDS} } }`);
    await sub.ready();
    await sleep(100);
    // a slow transaction starts writing an event first...
    const slow = new Client({ connectionString: app.databaseUrl, options: '-c role=kartoteka_app' });
    await slow.connect();
    await slow.query('begin');
    await slow.query(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
    await slow.query(`insert into outbox (tenant_id, type, aggregate_id, payload) values ($1, 'client.updated', gen_random_uuid(), '{"slow": true}')`, [tenantId]);
    // ...a fast one commits after it started and before it ends
    const fastId = await createClientWithKey(app.url, key, 'Szybka');
    // live subscribers get the fast event at once: it does not wait for the slow transaction
    const [early] = await sub.waitForEvents(1, 5_000);
    expect(early!.clientId).toBe(fastId);
    const during = await keyOk(app.url, key, `query($after: String) { events(after: $after) { edges { node { clientId payload } } pageInfo { endCursor } } }`, { after: before });
    // the fast event is held back while the older transaction runs: handing it out now would let a cursor pass the slow one
    expect(during.events.edges).toEqual([]);
    await slow.query('commit');
    await slow.end();
    const afterCommit = await waitFor('both events', async () => {
      const r = await keyOk(app.url, key, `query($after: String) { events(after: $after) { edges { node { clientId payload } } } }`,
        { after: during.events.pageInfo.endCursor });
      return r.events.edges.length >= 2 ? r : null;
    });
    expect(afterCommit.events.edges.map((e: { node: { payload: Record<string, unknown> } }) => e.node.payload.slow ?? e.node.payload.clientId)).toEqual([true, fastId]);
    // the slow one follows when it commits; the cursor handed out with the early event sits before the slow one,
    // so replaying from it repeats the fast event rather than skip the slow one
    const live = await sub.waitForEvents(2, 5_000);
    expect(live.map((e) => e.payload.slow ?? e.clientId)).toEqual([fastId, true]);
    const fromEarly = await keyOk(app.url, key, `query($after: String) { events(after: $after) { edges { node { clientId payload } } } }`, { after: early!.cursor });
    expect(fromEarly.events.edges.map((e: { node: { payload: Record<string, unknown> } }) => e.node.payload.slow ?? e.node.payload.clientId)).toEqual([true, fastId]);
  });
});

describe('order', () => {
  it('orders by transaction id as a number, not as text (8 before 10 before 100)', async () => {
    const owner = (await signUpBusiness(app.url, 'Salon porzadku')).client;
    const { key } = await createApiKey(owner);
    const tenantId = (await app.sql(`select tenant_id from api_keys where prefix = $1`, [key.split('_')[1]]))[0]!.tenant_id;
    // old, long finished transaction ids straddling powers of ten, inserted out of order
    await app.sql(`insert into outbox (tenant_id, type, aggregate_id, payload, tx_id) values
      ($1, 'client.updated', gen_random_uuid(), '{"n": 3}', '100'), ($1, 'client.updated', gen_random_uuid(), '{"n": 1}', '8'),
      ($1, 'client.updated', gen_random_uuid(), '{"n": 2}', '10')`, [tenantId]);
    const all = await keyOk(app.url, key, `{ events { edges { node { payload } } } }`);
    expect(all.events.edges.map((e: { node: { payload: { n: number } } }) => e.node.payload.n)).toEqual([1, 2, 3]);
    const first = await keyOk(app.url, key, `{ events(first: 1) { pageInfo { endCursor } } }`);
    const rest = await keyOk(app.url, key, `query($a: String) { events(after: $a) { edges { node { payload } } } }`, { a: first.events.pageInfo.endCursor });
    expect(rest.events.edges.map((e: { node: { payload: { n: number } } }) => e.node.payload.n)).toEqual([2, 3]);
  });
});

describe('resilience', () => {
  it('keeps delivering after every database connection is killed (as in a database restart)', async () => {
    const s = subscriber({ key: keyA }).subscribe(`subscription { clientCreated { ${EVENT_FIELDS} } }`);
    await s.ready();
    await sleep(100);
    const killer = new Client({ connectionString: app.databaseUrl });
    await killer.connect();
    const killed = await killer.query(`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`);
    await killer.end();
    expect(killed.rowCount).toBeGreaterThan(0);
    // the request pool may answer one failure for a dead connection; partners retry
    const id = await waitFor('a write after the outage', () => createClientWithKey(app.url, keyA, 'PoAwarii').catch(() => null), 10_000, 200);
    const events = await s.waitForEvents(1, 10_000);
    expect(events.map((e) => e.clientId)).toContain(id);
  });
});
