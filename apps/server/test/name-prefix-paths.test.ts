import { randomUUID } from 'node:crypto';
import { clientSearchKeys } from '@kartoteka/domain';
import { signUpBusiness, type GqlClient } from './support/graphql-client';
import { errorCode, LIST_CLIENTS } from './support/operations';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * A name prefix is answered by a surname-order branch and a first-name branch, and the first-name branch takes
 * one of several SQL shapes (FirstNameMatch, client-list.repository.ts): one word that starts a few first names
 * reads each name's clients in surname order (and every match when other filters or sort orders apply); one that
 * starts more than 32 first names, or a prefix with a space that 3,000 or more first names start with, walks the
 * list in surname order; a rarer prefix with a space collects its matches. Companies, whose name reads the same
 * in both orders, are left to the surname branch (migration FirstNameOrderIndex). Each shape is checked here
 * against the same match computed plainly in SQL, paged to the end in both directions.
 */
let app: TestApp;
let owner: GqlClient;
let tenantId: string;

/**
 * 3,800 "Zenon"s, 90 % of them with a surname starting with k (3,110 "zenon k…" not deleted: enough for the walk),
 * the others spread over the alphabet.
 */
const DENSE = 3800;

beforeAll(async () => {
  app = await startTestApp();
  const business = await signUpBusiness(app.url, 'Prefix paths');
  owner = business.client;
  tenantId = business.businessId;
  const rows: Record<string, unknown>[] = [];
  const person = (firstName: string | null, lastName: string, i: number) => ({ kind: 'PERSON', firstName, lastName, companyName: null, i });
  const company = (companyName: string, i: number) => ({ kind: 'COMPANY', firstName: null, lastName: null, companyName, i });
  const spread = (i: number) => String.fromCharCode(97 + (i * 7) % 26) + String.fromCharCode(97 + (i * 11) % 26) + `ski${i}`;
  for (let i = 0; i < DENSE; i++) rows.push(person('Zenon', i % 10 < 9 ? `k${spread(i)}` : spread(i), rows.length));
  // 40 more first names starting with "zen": more than the 32 read one by one
  for (let i = 0; i < 40; i++) rows.push(person(`Zen${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}a`, spread(i * 5), rows.length));
  for (let i = 0; i < 30; i++) rows.push(person('Zenobia', spread(i * 3 + 1), rows.length));
  for (let i = 0; i < 6; i++) rows.push(person('Anna', `Zenkowska${i}`, rows.length));
  for (let i = 0; i < 40; i++) rows.push(company(`Zenit Serwis ${i}`, rows.length));
  rows.push(company('Zenobia Studio', rows.length));
  rows.push(person(null, 'Zenobiusz', rows.length));
  rows.push(person('Zenobiusz', '', rows.length));
  const cols = rows.map((r) => {
    const number = `P${r.i}`;
    const keys = clientSearchKeys({ kind: r.kind as 'PERSON', firstName: r.firstName as string, lastName: r.lastName as string, companyName: r.companyName as string, clientNumber: number });
    const i = r.i as number;
    return {
      id: randomUUID(), kind: r.kind, number, sortKey: keys.numberSortKey, first: r.firstName, last: r.lastName || null, company: r.companyName,
      lf: keys.nameLf, fl: keys.nameFl, text: keys.searchText, active: i % 7 !== 3, deleted: i % 11 === 5 ? new Date() : null,
    };
  });
  const column = <K extends keyof (typeof cols)[number]>(k: K) => cols.map((c) => c[k]);
  await app.sql(
    `insert into clients (tenant_id, id, kind, client_number, number_sort_key, first_name, last_name, company_name,
                          name_lf, name_fl, search_text, is_active, deleted_at, created_via)
     select $1, * , 'IMPORT' from unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
                                 $9::text[], $10::text[], $11::text[], $12::boolean[], $13::timestamptz[])`,
    [tenantId, column('id'), column('kind'), column('number'), column('sortKey'), column('first'), column('last'), column('company'),
      column('lf'), column('fl'), column('text'), column('active'), column('deleted')]);
  await app.sql(`analyze clients`);
}, 60_000);
afterAll(async () => { await app.stop(); });

type Status = 'ACTIVE' | 'INACTIVE' | 'ALL';
interface Case { search: string; status?: Status; deleted?: boolean; kind?: 'PERSON' | 'COMPANY'; field?: 'NAME' | 'NUMBER'; direction?: 'ASC' | 'DESC' }

/** The match as plain SQL: a name (either order) starting with the prefix, in the list's order. */
async function expected(c: Case): Promise<string[]> {
  const status = { ACTIVE: 'and is_active', INACTIVE: 'and not is_active', ALL: '' }[c.status ?? 'ACTIVE'];
  const column = c.field === 'NUMBER' ? 'number_sort_key' : 'name_lf';
  const dir = c.direction === 'DESC' ? 'desc' : 'asc';
  const rows = await app.sql<{ id: string }>(
    `select id from clients where tenant_id = $1 and ${c.deleted ? 'deleted_at is not null' : 'deleted_at is null'} ${status}
        and ($3::text is null or kind = $3) and (name_lf ^@ $2 or name_fl ^@ $2)
      order by ${column} ${dir}, id ${dir}`, [tenantId, c.search, c.kind ?? null]);
  return rows.map((r) => r.id);
}

/** Every page of the API's answer, followed by its cursors. */
async function paged(c: Case, first: number): Promise<{ ids: string[]; totalCount: number }> {
  const ids: string[] = [];
  let after: string | null = null;
  let totalCount = -1;
  const filter = { status: c.status ?? 'ACTIVE', ...(c.deleted ? { deleted: true } : {}), ...(c.kind ? { kind: c.kind } : {}) };
  for (let pages = 0; pages < 200; pages++) {
    type Page = { clients: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { id: string } }[] } };
    const res: Page = await owner.ok<Page>(LIST_CLIENTS, { search: c.search, filter, orderBy: { field: c.field ?? 'NAME', direction: c.direction ?? 'ASC' }, first, after });
    if (totalCount < 0) totalCount = res.clients.totalCount;
    ids.push(...res.clients.edges.map((e) => e.node.id));
    if (!res.clients.pageInfo.hasNextPage) return { ids, totalCount };
    after = res.clients.pageInfo.endCursor;
  }
  throw new Error('more than 200 pages');
}

describe('a name prefix pages through surnames and first names alike', () => {
  it.each<[string, Case, number]>([
    ['one word starting 43 first names, walked in surname order', { search: 'zen' }, 100],
    ['one word starting 43 first names, descending', { search: 'zen', direction: 'DESC' }, 100],
    ['one first name of 3,800 clients, read in surname order', { search: 'zenon' }, 100],
    ['one first name of 3,800 clients, descending', { search: 'zenon', direction: 'DESC' }, 100],
    ['one first name with another filter', { search: 'zenon', kind: 'PERSON' }, 100],
    ['a prefix with a space that 3,110 first names start with, walked', { search: 'zenon k' }, 100],
    ['a prefix with a space that few first names start with, collected', { search: 'zenon b' }, 3],
    ['a prefix with a space, collected, descending and inactive', { search: 'zenon b', direction: 'DESC', status: 'ALL' }, 3],
    ['a prefix with a space, collected, with another filter', { search: 'zenon b', kind: 'PERSON' }, 3],
    ['a prefix with a space in the bin', { search: 'zenon k', status: 'ALL', deleted: true }, 50],
    ['two first names, each read in surname order', { search: 'zenob' }, 7],
    ['two first names, descending', { search: 'zenob', direction: 'DESC' }, 7],
    ['two first names among inactive clients', { search: 'zenob', status: 'INACTIVE' }, 3],
    ['two first names, every status', { search: 'zenob', status: 'ALL' }, 7],
    ['two first names in the bin', { search: 'zenob', status: 'ALL', deleted: true }, 2],
    ['two first names with another filter', { search: 'zenob', kind: 'PERSON' }, 7],
    ['two first names by client number', { search: 'zenob', field: 'NUMBER', direction: 'DESC' }, 7],
    ['companies only, which the first-name index leaves out', { search: 'zenit' }, 9],
    ['surnames and companies, no first name', { search: 'zenk' }, 2],
  ])('%s: %j', async (_, c, first) => {
    const want = await expected(c);
    expect(want.length).toBeGreaterThan(0);
    const got = await paged(c, first);
    expect(got.ids).toEqual(want);
    expect(got.totalCount).toBe(want.length);
  }, 60_000);

  it('counts a company once though its name starts with the prefix in both orders', async () => {
    const res = await owner.ok<{ clients: { edges: { node: { companyName: string } }[] } }>(LIST_CLIENTS, { search: 'zenobia studio', filter: { status: 'ALL' }, first: 10 });
    expect(res.clients.edges.map((e) => e.node.companyName)).toEqual(['Zenobia Studio']);
  });
});

describe('boundedCount counts up to a bound', () => {
  const BOUNDED = `query($search: String, $filter: ClientFilterInput, $atMost: Int) {
    clients(search: $search, filter: $filter, first: 1) { totalCount boundedCount(atMost: $atMost) { value exact } two: boundedCount(atMost: 2) { value exact } }
  }`;
  type Counted = { clients: { totalCount: number; boundedCount: { value: number; exact: boolean }; two: { value: number; exact: boolean } } };

  it.each<[string, Case]>([
    ['one word starting 43 first names (branches counted one by one)', { search: 'zen' }],
    ['one first name of 3,800 clients', { search: 'zenon' }],
    ['a prefix with a space, walked', { search: 'zenon k' }],
    ['a prefix with a space, collected', { search: 'zenon b' }],
    ['two first names', { search: 'zenob' }],
    ['two first names among inactive clients', { search: 'zenob', status: 'INACTIVE' }],
    ['the bin', { search: 'zenob', status: 'ALL', deleted: true }],
    ['another filter', { search: 'zenob', kind: 'PERSON' }],
    ['companies only', { search: 'zenit' }],
    ['a substring', { search: 'serwis' }],
  ])('%s: %j', async (_, c) => {
    const total = c.search === 'serwis'
      ? (await app.sql(`select 1 from clients where tenant_id = $1 and deleted_at is null and is_active and search_text like '%serwis%'`, [tenantId])).length
      : (await expected(c)).length;
    const filter = { status: c.status ?? 'ACTIVE', ...(c.deleted ? { deleted: true } : {}), ...(c.kind ? { kind: c.kind } : {}) };
    for (const atMost of [total - 1, total, total + 1, 1000, 10_000]) {
      if (atMost < 1) continue;
      const res = await owner.ok<Counted>(BOUNDED, { search: c.search, filter, atMost });
      expect(res.clients.totalCount).toBe(total);
      expect(res.clients.boundedCount).toEqual(atMost < total ? { value: atMost, exact: false } : { value: total, exact: true });
      expect(res.clients.two).toEqual(total > 2 ? { value: 2, exact: false } : { value: total, exact: true });
    }
  }, 60_000);

  it('gives the whole list exactly, from the kept counts, whatever the bound', async () => {
    const res = await owner.ok<Counted>(BOUNDED, { atMost: 1 });
    expect(res.clients.boundedCount).toEqual({ value: res.clients.totalCount, exact: true });
    expect(res.clients.totalCount).toBeGreaterThan(2000);
  });

  it.each([[0], [10_001], [-1]])('refuses atMost %j', async (atMost) => {
    const res = await owner.request(BOUNDED, { search: 'zen', atMost });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
  });
});
