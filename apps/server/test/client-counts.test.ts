import { signUpBusiness, type GqlClient } from './support/graphql-client';
import { CREATE_CLIENT, DELETE_CLIENT, LIST_CLIENTS, QUICK_CREATE, RESTORE_CLIENT, SET_STATUS, UPDATE_CLIENT } from './support/operations';
import { startTestApp, type TestApp } from './support/test-app';

// The whole list's totalCount comes from counts kept by statement-level triggers on clients (migration
// ClientCounts); it must always equal what counting the rows gives, per business and per state.
let app: TestApp;
let a: { client: GqlClient; businessId: string };
let b: { client: GqlClient; businessId: string };

beforeAll(async () => {
  app = await startTestApp();
  a = await signUpBusiness(app.url, 'Counts A');
  b = await signUpBusiness(app.url, 'Counts B');
});
afterAll(async () => { await app.stop(); });

const total = async (who: GqlClient, filter?: Record<string, unknown>) =>
  (await who.ok(LIST_CLIENTS, { first: 1, ...(filter ? { filter } : {}) })).clients.totalCount as number;

/** What the business's list would count row by row, as the database owner (outside row-level security). */
async function counted(tenantId: string) {
  const [row] = await app.sql<{ active: string; inactive: string; deleted: string }>(
    `select count(*) filter (where deleted_at is null and is_active) as active,
            count(*) filter (where deleted_at is null and not is_active) as inactive,
            count(*) filter (where deleted_at is not null) as deleted
       from clients where tenant_id = $1`, [tenantId]);
  return { active: Number(row!.active), inactive: Number(row!.inactive), deleted: Number(row!.deleted) };
}
async function kept(tenantId: string) {
  const [row] = await app.sql<{ active: string; inactive: string; deleted: string }>(
    `select active, inactive, deleted from client_counts where tenant_id = $1`, [tenantId]);
  return row ? { active: Number(row.active), inactive: Number(row.inactive), deleted: Number(row.deleted) } : { active: 0, inactive: 0, deleted: 0 };
}

test('creating, deactivating, deleting and restoring keep each state counted, per business', async () => {
  expect(await total(a.client)).toBe(0);
  const made = [];
  for (const lastName of ['Licz', 'Liczna', 'Liczbowa']) made.push((await a.client.ok(CREATE_CLIENT, { input: { lastName } })).createClient);
  made.push((await a.client.ok(QUICK_CREATE, { input: { firstName: 'Szybka', phone: '600 700 800' } })).quickCreateClient);
  expect(await total(a.client)).toBe(4);
  expect(await total(b.client)).toBe(0);

  await a.client.ok(SET_STATUS, { ids: [made[0].id, made[1].id], status: 'INACTIVE' });
  expect([await total(a.client), await total(a.client, { status: 'INACTIVE' }), await total(a.client, { status: 'ALL' })]).toEqual([2, 2, 4]);

  await a.client.ok(DELETE_CLIENT, { id: made[0].id });
  await a.client.ok(DELETE_CLIENT, { id: made[2].id });
  expect([await total(a.client), await total(a.client, { status: 'INACTIVE' }), await total(a.client, { status: 'ALL' })]).toEqual([1, 1, 2]);
  // the bin is counted row by row, with its status filter
  expect(await total(a.client, { deleted: true, status: 'ALL' })).toBe(2);
  expect(await total(a.client, { deleted: true })).toBe(1);

  await a.client.ok(RESTORE_CLIENT, { id: made[0].id });
  expect([await total(a.client), await total(a.client, { status: 'INACTIVE' })]).toEqual([1, 2]);

  await b.client.ok(CREATE_CLIENT, { input: { lastName: 'Obca' } });
  expect([await total(a.client, { status: 'ALL' }), await total(b.client)]).toEqual([3, 1]);
  for (const business of [a, b]) expect(await kept(business.businessId)).toEqual(await counted(business.businessId));
});

test('a card edit that changes no state does not touch the counts (no lock, no new row version)', async () => {
  const c = (await a.client.ok(CREATE_CLIENT, { input: { lastName: 'Edytowana' } })).createClient;
  const version = async () => (await app.sql<{ x: string }>(`select xmin::text as x from client_counts where tenant_id = $1`, [a.businessId]))[0]!.x;
  const before = await version();
  await a.client.ok(UPDATE_CLIENT, { input: { id: c.id, version: c.version, remarks: 'bez zmiany stanu' } });
  expect(await version()).toBe(before);
  expect(await kept(a.businessId)).toEqual(await counted(a.businessId));
});

test('a filtered or searched list is still counted row by row', async () => {
  expect(await total(a.client, { kind: 'PERSON' })).toBe((await counted(a.businessId)).active);
  expect((await a.client.ok(LIST_CLIENTS, { search: 'liczn', first: 1 })).clients.totalCount).toBe(0);
  expect((await a.client.ok(LIST_CLIENTS, { search: 'licz', first: 1 })).clients.totalCount).toBe(0);
  expect((await a.client.ok(LIST_CLIENTS, { search: 'szybka', first: 1 })).clients.totalCount).toBe(1);
});

test('many clients changed by one statement are one update of the counts', async () => {
  const ids = [];
  for (let i = 0; i < 5; i++) ids.push((await a.client.ok(CREATE_CLIENT, { input: { lastName: `Masowa-${i}` } })).createClient.id);
  const before = await counted(a.businessId);
  await a.client.ok(SET_STATUS, { ids, status: 'INACTIVE' });
  expect(await kept(a.businessId)).toEqual({ ...before, active: before.active - 5, inactive: before.inactive + 5 });
  expect(await kept(a.businessId)).toEqual(await counted(a.businessId));
});
