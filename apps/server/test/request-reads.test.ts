import { RequestReads } from '../src/db/request-reads';
import { signUpBusiness, type GqlClient } from './support/graphql-client';
import { CREATE_CLIENT } from './support/operations';
import { startTestApp, type TestApp } from './support/test-app';

// The shared read transaction of a GraphQL query (db/request-reads.ts): one connection, the viewer's tenant,
// read-only, recovering from a failed read, and gone once closed.
let app: TestApp;
let tenantA: string;
let tenantB: string;
let ownerA: GqlClient;

beforeAll(async () => {
  app = await startTestApp();
  const a = await signUpBusiness(app.url, 'Reads A');
  const b = await signUpBusiness(app.url, 'Reads B');
  tenantA = a.businessId;
  ownerA = a.client;
  tenantB = b.businessId;
  await a.client.ok(CREATE_CLIENT, { input: { firstName: 'Anna', lastName: 'Z-A' } });
  await b.client.ok(CREATE_CLIENT, { input: { firstName: 'Beata', lastName: 'Z-B' } });
});
afterAll(async () => { await app.stop(); });

const backend = `select pg_backend_pid() as pid, txid_current_if_assigned() as tx, current_setting('transaction_read_only') as ro`;

test('reads of one request share one connection and one read-only transaction of its tenant', async () => {
  const reads = new RequestReads(app.ds, { tenantId: tenantA });
  const first = await reads.run((em) => em.query(`select last_name from clients`));
  const [p1] = await reads.run((em) => em.query(backend));
  const [p2] = await reads.run((em) => em.query(backend));
  expect(first).toEqual([{ last_name: 'Z-A' }]);
  expect(p1.pid).toBe(p2.pid);
  expect(p1.ro).toBe('on');
  await expect(reads.run((em) => em.query(`update clients set remarks = 'x'`))).rejects.toThrow(/read-only/);
  // the failed statement aborted the transaction: the next read opens a new one and works
  expect(await reads.run((em) => em.query(`select last_name from clients`))).toEqual([{ last_name: 'Z-A' }]);
  await reads.close();
  // after close every read has its own transaction, still in the tenant
  expect(await reads.run((em) => em.query(`select last_name from clients`))).toEqual([{ last_name: 'Z-A' }]);
});

test('concurrent reads are queued on the connection, never interleaved or lost', async () => {
  const reads = new RequestReads(app.ds, { tenantId: tenantB });
  const results = await Promise.all(Array.from({ length: 20 }, (_, i) =>
    reads.run(async (em) => (await em.query(`select $1::int as i, last_name from clients`, [i]))[0])));
  expect(results.map((r) => r.i)).toEqual(Array.from({ length: 20 }, (_, i) => i));
  expect(new Set(results.map((r) => r.last_name))).toEqual(new Set(['Z-B']));
  await reads.close();
});

test('a scope that is not a UUID is refused before anything is sent', () => {
  expect(() => new RequestReads(app.ds, { tenantId: "x'; drop table clients; --" })).toThrow(/UUID/);
});

test('the connection goes back to the pool without the tenant setting', async () => {
  const reads = new RequestReads(app.ds, { tenantId: tenantA });
  await reads.run((em) => em.query(`select 1`));
  await reads.close();
  // every pooled connection: nothing visible without a tenant
  const counts = await Promise.all(Array.from({ length: 5 }, () => app.ds.query(`select count(*)::int as n from clients`)));
  expect(counts.map((c) => c[0].n)).toEqual([0, 0, 0, 0, 0]);
});

describe('over HTTP (the test server has a pool of 5)', () => {
  const LIST = `{ clients(first: 5) { edges { node { lastName phones { number } tags { name } } } } }`;

  it('requests Apollo refuses before running them give their connection back', async () => {
    const cookie = ownerA.sessionCookie!;
    const statuses = await Promise.all(Array.from({ length: 20 }, (_, i) => fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      // variables that are not an object, or no query at all: answered 400 without executing
      body: i % 2 ? JSON.stringify({ query: LIST, variables: 'nope' }) : JSON.stringify({ variables: {} }),
    }).then((r) => r.status)));
    expect(new Set(statuses)).toEqual(new Set([400]));
    // with 20 leaked connections out of 5 this would time out
    expect((await ownerA.ok(LIST)).clients.edges).toHaveLength(1);
  });

  it('many concurrent mutations and queries of one business do not starve the pool', async () => {
    const created = await Promise.all(Array.from({ length: 15 }, (_, i) => ownerA.ok(
      `mutation($input: CreateClientInput!) { createClient(input: $input) { id lastName phones { number } } }`,
      { input: { firstName: 'Równoległa', lastName: `Pula-${i}`, phones: [{ number: `600 200 ${String(300 + i)}` }] } })));
    expect(created).toHaveLength(15);
    const lists = await Promise.all(Array.from({ length: 15 }, () => ownerA.ok(LIST)));
    expect(lists.every((l) => l.clients.edges.length === 5)).toBe(true);
  });

  it('a logged-out or unknown session is anonymous and leaves nothing open', async () => {
    const stranger = ownerA.withCookie('kt_session=not-a-real-session-token');
    const res = await stranger.request(LIST);
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await ownerA.ok(LIST)).clients.edges.length).toBeGreaterThan(0);
  });
});
