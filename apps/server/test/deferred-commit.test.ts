import { Client } from 'pg';
import { deferCommit } from '../src/db/deferred-commit';
import { signUpBusiness } from './support/graphql-client';
import { CREATE_CLIENT } from './support/operations';
import { startTestApp, type TestApp } from './support/test-app';

// A read-only transaction's COMMIT travels with the connection's next statement (src/db/deferred-commit.ts):
// whoever uses the connection next sees exactly what it would have seen after a COMMIT of its own.
let app: TestApp;
let db: Client;

beforeAll(async () => {
  app = await startTestApp();
  await app.sql(`create table deferred_probe (n int)`);
});
beforeEach(async () => {
  db = new Client({ connectionString: app.databaseUrl });
  await db.connect();
  await db.query(`begin read only; select set_config('app.tenant_id', 'someone', true)`);
});
afterEach(async () => { await db.end(); });
afterAll(async () => { await app.stop(); });

const stateOf = async (pid: number) => (await app.sql<{ state: string }>(`select state from pg_stat_activity where pid = $1`, [pid]))[0]?.state;

test('the next plain statement goes with the COMMIT in one round trip and gets only its own result', async () => {
  deferCommit(db as never);
  const result = await db.query(`select current_setting('app.tenant_id', true) as tenant, current_setting('transaction_read_only') as ro`);
  expect(result.rows).toEqual([{ tenant: '', ro: 'off' }]);
  // several statements: the caller gets its own two results, not the COMMIT's
  deferCommit(db as never);
  const many = (await db.query(`select 1 as a; select 2 as b`)) as unknown as { rows: unknown[] }[];
  expect(many.map((r) => r.rows)).toEqual([[{ a: 1 }], [{ b: 2 }]]);
});

test('a statement with parameters runs after the COMMIT, not inside the read-only transaction', async () => {
  deferCommit(db as never);
  await db.query(`insert into deferred_probe (n) values ($1)`, [7]);
  expect(await app.sql(`select n from deferred_probe where n = 7`)).toEqual([{ n: 7 }]);
});

test('a write transaction opened next is not read only', async () => {
  deferCommit(db as never);
  await db.query(`start transaction`);
  await db.query(`insert into deferred_probe (n) values (8)`);
  await db.query(`commit`);
  expect(await app.sql(`select n from deferred_probe where n = 8`)).toEqual([{ n: 8 }]);
});

test('a failing statement after the COMMIT fails as it would alone, and the connection goes on', async () => {
  deferCommit(db as never);
  await expect(db.query(`select * from no_such_table`)).rejects.toThrow(/no_such_table/);
  expect((await db.query(`select 1 as ok`)).rows).toEqual([{ ok: 1 }]);
});

test('a connection nobody takes commits on its own within a fraction of a second', async () => {
  const pid = (await db.query<{ pid: number }>(`select pg_backend_pid() as pid`)).rows[0]!.pid;
  expect(await stateOf(pid)).toBe('idle in transaction');
  deferCommit(db as never);
  await new Promise((r) => setTimeout(r, 400));
  expect(await stateOf(pid)).toBe('idle');
  // and its next statement is sent as it is
  expect((await db.query(`select current_setting('app.tenant_id', true) as tenant`)).rows).toEqual([{ tenant: '' }]);
});

test('the pool hands out no open read transaction to a GraphQL mutation after a query', async () => {
  // every connection of the server's pool (5) has served a query and owes its COMMIT; then writes follow at once
  const { client } = await signUpBusiness(app.url, 'Deferred');
  const LIST = `{ clients(first: 5) { edges { node { id } } } }`;
  await Promise.all(Array.from({ length: 10 }, () => client.ok(LIST)));
  const created = await Promise.all(Array.from({ length: 10 }, (_, i) => client.ok(CREATE_CLIENT, { input: { firstName: 'Ewa', lastName: `Po-${i}` } })));
  expect(created).toHaveLength(10);
  expect((await client.ok(LIST)).clients.edges).toHaveLength(5);
});
