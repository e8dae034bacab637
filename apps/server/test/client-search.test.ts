import { signUpBusiness, type GqlClient } from './support/graphql-client';
import { CREATE_CLIENT, DELETE_CLIENT, errorCode, LIST_CLIENTS, RESTORE_CLIENT, SET_STATUS, UPDATE_CLIENT } from './support/operations';
import { startTestApp, type TestApp } from './support/test-app';

let app: TestApp;
let owner: GqlClient;
const ids: Record<string, string> = {};

const PEOPLE = [
  { key: 'zolc', firstName: 'Żaneta', lastName: 'Żółć', phones: [{ number: '600 100 200' }], emails: [{ address: 'zaneta.zolc@gmail.com' }], tags: ['VIP'] },
  { key: 'kowalski', firstName: 'Jan', lastName: 'Kowalski', phones: [{ number: '+48 501 234 567' }], emails: [{ address: 'jan.kowalski@wp.pl' }] },
  { key: 'kowalska', firstName: 'Anna', lastName: 'Kowalska', phones: [{ number: '502 345 678' }], tags: ['koloryzacja'] },
  { key: 'lodz', firstName: 'Łucja', lastName: 'Łódź', phones: [{ number: '+44 7911 123456' }], emails: [{ address: 'lucja@outlook.com' }] },
  { key: 'nowak', firstName: 'Piotr', lastName: 'Nowak', phones: [{ number: '(22) 621 45 67', typeKey: 'WORK' }] },
];

beforeAll(async () => {
  app = await startTestApp();
  owner = (await signUpBusiness(app.url, 'Search salon')).client;
  for (const { key, ...input } of PEOPLE) ids[key] = (await owner.ok(CREATE_CLIENT, { input })).createClient.id;
  ids.company = (await owner.ok(CREATE_CLIENT, {
    input: {
      kind: 'COMPANY', companyName: 'Studio Urody Bella',
      invoiceData: { kind: 'COMPANY', companyName: 'Studio Urody Bella', taxId: '7740001454', street: 'Długa', building: '1', postalCode: '80-001', city: 'Gdańsk' },
    },
  })).createClient.id;
});
afterAll(async () => { await app.stop(); });

async function found(search: string): Promise<string[]> {
  const res = await owner.ok(LIST_CLIENTS, { search, first: 50 });
  return res.clients.edges.map((e: { node: { id: string } }) => Object.keys(ids).find((k) => ids[k] === e.node.id));
}

describe('the search box (F5.1)', () => {
  it.each([
    ['zolc', ['zolc']],
    ['Żółć', ['zolc']],
    ['ZÓŁĆ żaneta', ['zolc']],
    ['zaneta', ['zolc']],
    ['lodz', ['lodz']],
    ['kowalsk', ['kowalska', 'kowalski']],
    ['anna kow', ['kowalska']],
    ['Kowalsky', ['kowalska', 'kowalski']],
    ['Nowk', ['nowak']],
    ['Nowka', ['nowak']], // neighbours swapped
    ['Kowlaski', ['kowalski']],
    ['Żółcć', ['zolc']], // one letter too many
    ['600 100', ['zolc']],
    ['600100200', ['zolc']],
    ['+48600', ['zolc']],
    ['…4567', ['kowalski', 'nowak']],
    ['...4567', ['kowalski', 'nowak']],
    ['345 678', ['kowalska']],
    ['7911', ['lodz']],
    ['22 621', ['nowak']],
    ['jan.kow', ['kowalski']],
    ['@outlook', ['lodz']],
    ['gmail.com', ['zolc']],
    ['vip', ['zolc']],
    ['774-000-14-54', ['company']],
    ['studio', ['company']],
    ['bella', ['company']],
  ])('%s finds %j', async (search, expected) => {
    expect((await found(search)).sort()).toEqual([...expected].sort());
  });

  it('finds digits from the middle of a number after the number changes, and forgets the old one', async () => {
    // middle fragments are prefixes of the number's stored suffixes (client_phone_fragments, kept by a trigger)
    const { createClient: c } = await owner.ok(CREATE_CLIENT, { input: { firstName: 'Ida', lastName: 'Środkowa', phones: [{ number: '733 918 264' }] } });
    ids.middle = c.id;
    expect(await found('918 2')).toEqual(['middle']);
    expect(await found('18 264')).toEqual(['middle']);
    const fragments = async () => (await app.sql<{ fragment: string }>(
      `select fragment from client_phone_fragments where client_id = $1 order by length(fragment) desc`, [c.id])).map((r) => r.fragment);
    expect(await fragments()).toEqual(['33918264', '3918264', '918264', '18264', '8264', '264']);
    const { updateClient: u } = await owner.ok(UPDATE_CLIENT, { input: { id: c.id, version: c.version, phones: [{ number: '733 555 071' }] } });
    expect(await found('918 2')).toEqual([]);
    expect(await found('555 07')).toEqual(['middle']);
    expect(await fragments()).toEqual(['33555071', '3555071', '555071', '55071', '5071', '071']);
    await owner.ok(UPDATE_CLIENT, { input: { id: c.id, version: u.version, phones: [] } });
    expect(await fragments()).toEqual([]);
    expect(await found('555 07')).toEqual([]);
    await owner.ok(DELETE_CLIENT, { id: c.id });
  });

  it('orders phone matches by the current name and hides inactive and deleted clients, whichever phone index answers', async () => {
    // phones and fragments carry their client's sort key and listing (migration PhoneSortKeys), kept by triggers
    const make = async (lastName: string, number: string) =>
      (await owner.ok(CREATE_CLIENT, { input: { firstName: 'Ola', lastName, phones: [{ number }] } })).createClient;
    const a = await make('Adamska', '795 431 862');
    const b = await make('Bielska', '795 431 863');
    ids.adamska = a.id;
    ids.bielska = b.id;
    const inOrder = async (search: string, filter?: Record<string, unknown>) =>
      ((await owner.ok(LIST_CLIENTS, { search, first: 10, ...(filter ? { filter } : {}) })).clients.edges as { node: { id: string } }[])
        .map((e) => Object.keys(ids).find((k) => ids[k] === e.node.id));
    for (const search of ['795 431', '431 86', '…1862', '…1863']) expect((await inOrder(search)).length).toBeGreaterThan(0);
    expect(await inOrder('795 431')).toEqual(['adamska', 'bielska']);
    expect(await inOrder('431 86')).toEqual(['adamska', 'bielska']);
    // a rename moves the client in every phone search's order
    const renamed = (await owner.ok(UPDATE_CLIENT, { input: { id: a.id, version: a.version, lastName: 'Zawadzka' } })).updateClient;
    expect(await inOrder('795 431')).toEqual(['bielska', 'adamska']);
    expect(await inOrder('431 86')).toEqual(['bielska', 'adamska']);
    // an inactive client leaves the default list, and is found when inactive ones are asked for
    await owner.ok(SET_STATUS, { ids: [b.id], status: 'INACTIVE' });
    expect(await inOrder('431 86')).toEqual(['adamska']);
    expect(await inOrder('…1863')).toEqual([]);
    expect(await inOrder('431 86', { status: 'ALL' })).toEqual(['bielska', 'adamska']);
    await owner.ok(SET_STATUS, { ids: [b.id], status: 'ACTIVE' });
    // deleted and restored
    await owner.ok(DELETE_CLIENT, { id: renamed.id });
    expect(await inOrder('795 431')).toEqual(['bielska']);
    await owner.ok(RESTORE_CLIENT, { id: renamed.id });
    expect(await inOrder('795 431')).toEqual(['bielska', 'adamska']);
    // a page of one, then the next by cursor
    const first = await owner.ok(LIST_CLIENTS, { search: '431 86', first: 1 });
    const next = await owner.ok(LIST_CLIENTS, { search: '431 86', first: 1, after: first.clients.pageInfo.endCursor });
    expect([first, next].map((r) => r.clients.edges[0].node.id)).toEqual([b.id, a.id]);
    expect(next.clients.pageInfo.hasNextPage).toBe(false);
    const copies = await app.sql<{ n: string }>(
      `select count(*) as n from client_phone_fragments f join clients c on c.id = f.client_id
        where f.client_id = any($1) and (f.client_name_lf is distinct from c.name_lf or f.client_listed <> (c.is_active and c.deleted_at is null))`,
      [[a.id, b.id]]);
    expect(copies[0]!.n).toBe('0');
    for (const c of [a, b]) await owner.ok(DELETE_CLIENT, { id: c.id });
  });

  it('shows the numbers that hold the digits in the middle even when some number starts with them', async () => {
    // a landline that starts 18 297 (its client inactive) must not hide the mobiles that hold 182 97 inside
    const make = async (lastName: string, number: string) =>
      (await owner.ok(CREATE_CLIENT, { input: { firstName: 'Iga', lastName, phones: [{ number }] } })).createClient;
    const landline = await make('Stacjonarna', '18 297 85 34');
    const mobile = await make('Komórkowa', '512 182 976');
    ids.landline = landline.id;
    ids.mobile = mobile.id;
    expect((await found('182 97')).sort()).toEqual(['landline', 'mobile']);
    await owner.ok(SET_STATUS, { ids: [landline.id], status: 'INACTIVE' });
    expect(await found('182 97')).toEqual(['mobile']);
    expect(await found('18 297')).toEqual(['mobile']);
    const all = await owner.ok(LIST_CLIENTS, { search: '182 97', filter: { status: 'ALL' }, first: 10 });
    expect(all.clients.totalCount).toBe(2);
    for (const c of [landline, mobile]) await owner.ok(DELETE_CLIENT, { id: c.id });
  });

  it('orders e-mail matches by the current name and hides inactive and deleted clients, prefix or fragment', async () => {
    // e-mails carry their client's sort key and listing (migration EmailSortKeys), kept by triggers
    const make = async (lastName: string, address: string) =>
      (await owner.ok(CREATE_CLIENT, { input: { firstName: 'Ewa', lastName, emails: [{ address }] } })).createClient;
    const a = await make('Adamiak', 'recepcja.adamiak@poczta-testowa.pl');
    const b = await make('Bednarz', 'recepcja.bednarz@poczta-testowa.pl');
    ids.adamiak = a.id;
    ids.bednarz = b.id;
    const COUNTED = `query($search: String, $filter: ClientFilterInput) {
      clients(search: $search, filter: $filter, first: 10) { totalCount boundedCount(atMost: 1) { value exact } edges { node { id } } } }`;
    const inOrder = async (search: string, filter?: Record<string, unknown>) => {
      const res = (await owner.ok(COUNTED, { search, ...(filter ? { filter } : {}) })).clients;
      const found = (res.edges as { node: { id: string } }[]).map((e) => Object.keys(ids).find((k) => ids[k] === e.node.id));
      expect(res.totalCount).toBe(found.length);
      expect(res.boundedCount).toEqual({ value: Math.min(found.length, 1), exact: found.length <= 1 });
      return found;
    };
    const prefix = 'recepcja.';
    const fragment = '@poczta-testowa';
    expect(await inOrder(prefix)).toEqual(['adamiak', 'bednarz']);
    expect(await inOrder(fragment)).toEqual(['adamiak', 'bednarz']);
    // a rename moves the client in both orders
    const renamed = (await owner.ok(UPDATE_CLIENT, { input: { id: a.id, version: a.version, lastName: 'Zych' } })).updateClient;
    expect(await inOrder(prefix)).toEqual(['bednarz', 'adamiak']);
    expect(await inOrder(fragment)).toEqual(['bednarz', 'adamiak']);
    // an inactive client leaves the default list, and is found when inactive ones are asked for
    await owner.ok(SET_STATUS, { ids: [b.id], status: 'INACTIVE' });
    expect(await inOrder(prefix)).toEqual(['adamiak']);
    expect(await inOrder(fragment)).toEqual(['adamiak']);
    expect(await inOrder(prefix, { status: 'ALL' })).toEqual(['bednarz', 'adamiak']);
    await owner.ok(SET_STATUS, { ids: [b.id], status: 'ACTIVE' });
    // deleted and restored
    await owner.ok(DELETE_CLIENT, { id: renamed.id });
    expect(await inOrder(prefix)).toEqual(['bednarz']);
    expect(await inOrder(prefix, { deleted: true, status: 'ALL' })).toEqual(['adamiak']);
    await owner.ok(RESTORE_CLIENT, { id: renamed.id });
    expect(await inOrder(prefix)).toEqual(['bednarz', 'adamiak']);
    // a changed address is found by its new value only, with the client's current keys
    const current = (await owner.ok(`query($id: UUID!) { client(id: $id) { version } }`, { id: b.id })).client;
    await owner.ok(UPDATE_CLIENT, { input: { id: b.id, version: current.version, emails: [{ address: 'biuro.bednarz@inna-domena.pl' }] } });
    expect(await inOrder(prefix)).toEqual(['adamiak']);
    expect(await inOrder('biuro.bednarz@')).toEqual(['bednarz']);
    // a page of one, then the next by cursor
    await owner.ok(UPDATE_CLIENT, { input: { id: b.id, version: current.version + 1, emails: [{ address: 'recepcja.bednarz@poczta-testowa.pl' }] } });
    const first = await owner.ok(LIST_CLIENTS, { search: fragment, first: 1 });
    const next = await owner.ok(LIST_CLIENTS, { search: fragment, first: 1, after: first.clients.pageInfo.endCursor });
    expect([first, next].map((r) => r.clients.edges[0].node.id)).toEqual([b.id, a.id]);
    expect(next.clients.pageInfo.hasNextPage).toBe(false);
    const stale = await app.sql<{ n: string }>(
      `select count(*) as n from client_emails e join clients c on c.id = e.client_id
        where e.client_id = any($1) and (e.client_name_lf is distinct from c.name_lf or e.client_listed <> (c.is_active and c.deleted_at is null))`,
      [[a.id, b.id]]);
    expect(stale[0]!.n).toBe('0');
    for (const c of [a, b]) await owner.ok(DELETE_CLIENT, { id: c.id });
  });

  it('finds a client by number and treats LIKE wildcards literally', async () => {
    const list = await owner.ok(LIST_CLIENTS, { search: '#2' });
    expect(list.clients.edges.map((e: { node: { number: string } }) => e.node.number)).toEqual(['2']);
    expect(await found('%')).toEqual([]);
    expect(await found('_')).toEqual([]);
  });

  it('answers a long one-word input (no typo lookup) and refuses one over 200 characters', async () => {
    expect(await found('a'.repeat(150))).toEqual([]);
    const res = await owner.request(LIST_CLIENTS, { search: 'a'.repeat(201) });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('filters, sorting and pages (F5.2-F5.3)', () => {
  it('walks every page with keyset cursors without gaps or repeats, in name order', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const page: any = await owner.ok(LIST_CLIENTS, { first: 2, after, orderBy: { field: 'NAME', direction: 'ASC' } });
      seen.push(...page.clients.edges.map((e: { node: { id: string } }) => e.node.id));
      if (!page.clients.pageInfo.hasNextPage) break;
      after = page.clients.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(6);
    expect(new Set(seen).size).toBe(6);
    expect(seen[0]).toBe(ids.kowalska);
  });

  it('sorts by number descending and by creation time', async () => {
    const desc = await owner.ok(LIST_CLIENTS, { orderBy: { field: 'NUMBER', direction: 'DESC' }, first: 3 });
    expect(desc.clients.edges.map((e: { node: { number: string } }) => e.node.number)).toEqual(['6', '5', '4']);
    const created = await owner.ok(LIST_CLIENTS, { orderBy: { field: 'CREATED_AT', direction: 'ASC' }, first: 1 });
    expect(created.clients.edges[0].node.id).toBe(ids.zolc);
  });

  it('filters by tag and kind and combines them with search', async () => {
    const tags = await owner.ok(`{ tags { id name } }`);
    const vip = tags.tags.find((t: { name: string }) => t.name === 'VIP').id;
    expect((await owner.ok(LIST_CLIENTS, { filter: { tagIds: [vip] } })).clients.totalCount).toBe(1);
    expect((await owner.ok(LIST_CLIENTS, { filter: { kind: 'COMPANY' } })).clients.totalCount).toBe(1);
    expect((await owner.ok(LIST_CLIENTS, { search: 'kow', filter: { kind: 'COMPANY' } })).clients.totalCount).toBe(0);
  });

  it('limits a page to 100 and refuses a cursor of another sort order', async () => {
    expect(errorCode(await owner.request(LIST_CLIENTS, { first: 101 }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await owner.request(LIST_CLIENTS, { first: 0 }))).toBe('BAD_USER_INPUT');
    const page = await owner.ok(LIST_CLIENTS, { first: 1, orderBy: { field: 'NAME', direction: 'ASC' } });
    const res = await owner.request(LIST_CLIENTS, { first: 1, after: page.clients.pageInfo.endCursor, orderBy: { field: 'NUMBER', direction: 'ASC' } });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(errorCode(await owner.request(LIST_CLIENTS, { after: 'garbage' }))).toBe('BAD_USER_INPUT');
  });
});

describe('duplicates and tax ids', () => {
  const DUPES = `query($input: DuplicateProbeInput!) { duplicateCandidates(input: $input) { score reasons client { id } } }`;

  it('finds the same phone in another format and a similar name with diacritics dropped', async () => {
    const byPhone = await owner.ok(DUPES, { input: { firstName: 'Ż', lastName: 'Nieznana', phones: ['+48600100200'] } });
    expect(byPhone.duplicateCandidates[0]).toMatchObject({ client: { id: ids.zolc }, reasons: expect.arrayContaining(['SAME_PHONE']) });
    const byName = await owner.ok(DUPES, { input: { firstName: 'Zaneta', lastName: 'Zolc' } });
    expect(byName.duplicateCandidates[0]).toMatchObject({ client: { id: ids.zolc }, reasons: ['SAME_NAME'] });
    const byTypo = await owner.ok(DUPES, { input: { firstName: 'Jan', lastName: 'Kowalsky' } });
    expect(byTypo.duplicateCandidates[0]).toMatchObject({ client: { id: ids.kowalski }, reasons: ['SIMILAR_NAME'] });
    const none = await owner.ok(DUPES, { input: { firstName: 'Zygfryd', lastName: 'Brzęczyszczykiewicz' } });
    expect(none.duplicateCandidates).toEqual([]);
  });

  it('finds names by diminutive, with first and last name swapped, double surnames and companies', async () => {
    const make = async (input: Record<string, unknown>) => (await owner.ok(CREATE_CLIENT, { input })).createClient.id as string;
    const katarzyna = await make({ firstName: 'Katarzyna', lastName: 'Wróblewska', phones: [{ number: '733 100 201' }] });
    const swapped = await make({ firstName: 'Grabowski', lastName: 'Tomasz', phones: [{ number: '733 100 202' }] });
    const double = await make({ firstName: 'Anna', lastName: 'Kowalczyk-Nowicka', phones: [{ number: '733 100 203' }] });
    const company = await make({ kind: 'COMPANY', companyName: 'Auto-Serwis Wróbel Sp. z o.o.', phones: [{ number: '733 100 204' }] });
    // many clients sharing the first name and the start of the surname do not push the real one out
    for (let i = 0; i < 15; i++) await make({ firstName: 'Kasia', lastName: `Wróblewska${String.fromCharCode(97 + i)}x`, phones: [{ number: `733 100 3${String(i).padStart(2, '0')}` }] });
    const top = async (input: Record<string, unknown>) =>
      (await owner.ok(DUPES, { input })).duplicateCandidates.map((d: { client: { id: string }; reasons: string[] }) => ({ id: d.client.id, reasons: d.reasons }))[0];
    expect(await top({ firstName: 'Kasia', lastName: 'Wróblewska' })).toEqual({ id: katarzyna, reasons: ['SAME_NAME'] });
    expect(await top({ firstName: 'Katarzyna', lastName: 'Wroblewsk' })).toEqual({ id: katarzyna, reasons: ['SIMILAR_NAME'] });
    expect(await top({ firstName: 'Tomasz', lastName: 'Grabowski' })).toEqual({ id: swapped, reasons: ['SAME_NAME'] });
    expect(await top({ firstName: 'Anna', lastName: 'Kowalczyk-Nowicka' })).toEqual({ id: double, reasons: ['SAME_NAME'] });
    expect(await top({ kind: 'COMPANY', companyName: 'Auto Serwis Wróbel' })).toEqual({ id: company, reasons: ['SAME_NAME'] });
    expect(await top({ kind: 'COMPANY', companyName: 'Auto-Serwis Wrobel sp. j.' })).toEqual({ id: company, reasons: ['SAME_NAME'] });
    // a renamed card is found by its new name only, a deleted one not at all
    const renamed = (await owner.ok(UPDATE_CLIENT, { input: { id: swapped, version: 1, firstName: 'Tomasz', lastName: 'Grabowiecki' } })).updateClient;
    expect(await top({ firstName: 'Tomasz', lastName: 'Grabowiecki' })).toEqual({ id: renamed.id, reasons: ['SAME_NAME'] });
    expect(await top({ firstName: 'Tomasz', lastName: 'Grabowski' })).toBeUndefined();
    await owner.ok(DELETE_CLIENT, { id: company });
    expect(await top({ kind: 'COMPANY', companyName: 'Auto Serwis Wróbel' })).toBeUndefined();
  });

  it('never lets many namesakes push out the client whose phone the card repeats', async () => {
    const make = async (input: Record<string, unknown>) => (await owner.ok(CREATE_CLIENT, { input })).createClient.id as string;
    // 70 namesakes over ten probes (five forms of "Jan", "Zielonka" and "Zielonko" one edit away): more than are scored
    let n = 0;
    for (const firstName of ['Jan', 'Janek', 'Jaś', 'Jasiek', 'Jasio']) {
      for (const lastName of ['Zielonka', 'Zielonko']) {
        for (let i = 0; i < 7; i++) await make({ firstName, lastName, phones: [{ number: `734 200 ${String(n++).padStart(3, '0')}` }] });
      }
    }
    const samePhone = await make({ firstName: 'Zenon', lastName: 'Iksiński', phones: [{ number: '734 299 999' }] });
    const found = (await owner.ok(DUPES, { input: { firstName: 'Jan', lastName: 'Zielonka', phones: ['+48 734 299 999'] } }))
      .duplicateCandidates as { client: { id: string }; reasons: string[] }[];
    expect(found[0]).toMatchObject({ client: { id: samePhone }, reasons: ['SAME_PHONE'] });
  });

  it('checks tax ids offline', async () => {
    const q = `query($n: String!, $c: String) { taxIdCheck(number: $n, country: $c) { kind valid normalized country reason birthDate } }`;
    expect((await owner.ok(q, { n: '526-025-02-74' })).taxIdCheck).toMatchObject({ kind: 'NIP', valid: true, normalized: '5260250274' });
    expect((await owner.ok(q, { n: '5260250275' })).taxIdCheck).toMatchObject({ valid: false });
    expect((await owner.ok(q, { n: 'GR094014201' })).taxIdCheck).toMatchObject({ kind: 'EU_VAT', valid: true, country: 'EL' });
    expect((await owner.ok(q, { n: '44051401359' })).taxIdCheck).toMatchObject({ kind: 'PESEL', valid: true, birthDate: '1944-05-14' });
  });
});
