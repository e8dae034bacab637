import { signUpBusiness, type GqlClient } from './support/graphql-client';
import { CREATE_CLIENT, GET_CLIENT, LIST_CLIENTS } from './support/operations';
import { startTestApp, type TestApp } from './support/test-app';

// An operation's first run goes through graphql-js, its later runs through the code graphql-jit compiled for it
// (src/graphql/jit-executor.ts). Whichever ran, a caller must get the same answer: data, typed errors, HTTP status.
let app: TestApp;
let owner: GqlClient;
let clientId: string;

beforeAll(async () => {
  app = await startTestApp();
  owner = (await signUpBusiness(app.url, 'Jit')).client;
  const created = await owner.ok(CREATE_CLIENT, {
    input: { firstName: 'Żaneta', lastName: 'Kompilowana', phones: [{ number: '600 100 200' }], emails: [{ address: 'zaneta@example.com' }] },
  });
  clientId = created.createClient.id;
});
afterAll(async () => { await app.stop(); });

/** Runs the operation four times and expects one answer (status, data, errors); returns it. */
async function sameEachTime(client: GqlClient, query: string, variables?: Record<string, unknown>) {
  const runs = [];
  for (let i = 0; i < 4; i++) {
    const r = await client.request(query, variables);
    runs.push({ status: r.status, data: (r.data ?? null) as Record<string, any>, errors: r.errors ?? null });
  }
  for (const r of runs.slice(1)) expect(r).toEqual(runs[0]);
  return runs[0]!;
}

test('a card with its children, a list page and the list with input defaults read the same compiled or not', async () => {
  const card = await sameEachTime(owner, GET_CLIENT, { id: clientId });
  expect(card.data.client).toMatchObject({ lastName: 'Kompilowana', phones: [{ number: '+48600100200' }] });
  // orderBy without direction: a non-null input field with a default, which graphql-jit alone would refuse
  const list = await sameEachTime(owner, LIST_CLIENTS, { orderBy: { field: 'NAME' }, first: 10 });
  expect(list.errors).toBeNull();
  expect(list.data.clients.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([clientId]);
});

test('a mutation input with a defaulted non-null field (recordConsent method) works on every run', async () => {
  const RECORD = `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { purpose { key } granted method } }`;
  for (let i = 0; i < 4; i++) {
    const r = await owner.ok(RECORD, { input: { clientId, purposeKey: 'MARKETING_SMS', granted: i % 2 === 0 } });
    expect(r.recordConsent).toMatchObject({ purpose: { key: 'MARKETING_SMS' }, granted: i % 2 === 0, method: 'STAFF_OUTSIDE_SYSTEM' });
  }
});

test('domain errors keep their code and path', async () => {
  const anonymous = owner.withCookie(null);
  const r = await sameEachTime(anonymous, `{ clients(first: 1) { edges { node { id } } } }`);
  expect(r.errors).toEqual([expect.objectContaining({ path: ['clients'], extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) })]);
  const missing = await sameEachTime(owner, `mutation($id: UUID!) { deleteClient(id: $id) { id } }`, { id: '00000000-0000-4000-8000-000000000000' });
  expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
});

test('a bad variable is BAD_USER_INPUT with HTTP 400 on every run', async () => {
  const r = await sameEachTime(owner, `query($first: Int) { clients(first: $first) { edges { cursor } } }`, { first: 'dużo' });
  expect(r.status).toBe(400);
  expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  const input = await sameEachTime(owner, CREATE_CLIENT, { input: { lastName: 'X', kind: 'ROBOT' } });
  expect(input.status).toBe(400);
  expect(input.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
});

test('an operation name the document does not have is refused, never answered with its only operation', async () => {
  // GraphiQL sends the name of the operation it last ran ("Me") with a new, anonymous document
  const runs = [];
  for (let i = 0; i < 3; i++) {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ taxIdCheck(number: "7740001454") { valid } }', operationName: 'Me' }),
    });
    runs.push({ status: res.status, body: await res.json() });
  }
  for (const r of runs) {
    expect(r.status).toBe(400);
    expect(r.body).toEqual({ errors: [expect.objectContaining({ message: 'Unknown operation named "Me".', extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } })] });
  }
});

test('introspection (the playground) reads the same compiled', async () => {
  const r = await sameEachTime(owner, `{ __schema { queryType { name } types { name kind } } __type(name: "Client") { fields { name } } }`);
  expect(r.data.__schema.queryType.name).toBe('Query');
  expect(r.data.__type.fields.map((f: { name: string }) => f.name)).toContain('primaryPhoneFormatted');
});
