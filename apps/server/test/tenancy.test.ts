import { Client } from 'pg';
import { signUpBusiness, type GqlClient } from './support/graphql-client';
import { CLIENT_FIELDS, CREATE_CLIENT, GET_CLIENT, LIST_CLIENTS } from './support/operations';
import { startTestApp, type TestApp } from './support/test-app';

let app: TestApp;
let a: GqlClient;
let b: GqlClient;
let aIds: { client: string; group: string; tag: string; source: string; field: string; purpose: string; staff: string };

beforeAll(async () => {
  app = await startTestApp();
  a = (await signUpBusiness(app.url, 'Business A')).client;
  b = (await signUpBusiness(app.url, 'Business B')).client;
  const group = (await a.ok(`mutation { createGroup(name: "A-group") { id } }`)).createGroup.id;
  const source = (await a.ok(`mutation { createSource(name: "A-source") { id } }`)).createSource.id;
  const field = (await a.ok(`mutation { saveCustomField(input: { label: "A field", type: TEXT }) { id } }`)).saveCustomField.id;
  const client = (await a.ok(CREATE_CLIENT, {
    input: {
      firstName: 'Tajna', lastName: 'Klientka', phones: [{ number: '604 555 666' }], emails: [{ address: 'tajna@a.pl' }],
      groupIds: [group], sourceId: source, tags: ['A-tag'], customFields: [{ fieldId: field, value: 'x' }],
      consents: [{ purposeKey: 'MARKETING_EMAIL', granted: true }], identityDocuments: { passportNumber: 'EA1234567' },
    },
  })).createClient;
  const tag = client.tags[0].id;
  const purpose = (await a.ok(`{ consentPurposes { id key } }`)).consentPurposes[0].id;
  const staff = (await a.ok(`{ staffMembers { id } }`)).staffMembers[0].id;
  aIds = { client: client.id, group, tag, source, field, purpose, staff };
});
afterAll(async () => { await app.stop(); });

async function aSnapshot(): Promise<string> {
  return JSON.stringify([
    await a.ok(GET_CLIENT, { id: aIds.client }),
    await a.ok(`{ groups { id name } tags { id name } sources { id name isArchived } customFields { id label } consentPurposes { id wording } staffMembers { id role } }`),
    await a.ok(`query($c: UUID!) { consentHistory(clientId: $c) { id } }`, { c: aIds.client }),
  ]);
}

describe('business B sees nothing of business A and changes nothing', () => {
  it('reads: every query with A ids or A data answers empty or not found', async () => {
    expect((await b.ok(GET_CLIENT, { id: aIds.client })).client).toBeNull();
    expect((await b.ok(GET_CLIENT, { id: aIds.client, includeDeleted: true })).client).toBeNull();
    for (const search of [null, 'tajna', '604555666', 'tajna@a.pl', 'A-tag', '#1']) {
      expect((await b.ok(LIST_CLIENTS, { search, filter: { status: 'ALL' } })).clients.totalCount).toBe(0);
    }
    expect((await b.ok(LIST_CLIENTS, { filter: { groupIds: [aIds.group], tagIds: [aIds.tag], sourceIds: [aIds.source] } })).clients.totalCount).toBe(0);
    const lists = await b.ok(`{ groups { id } tags { id } sources { id } customFields { id } staffMembers { id } }`);
    expect(JSON.stringify(lists)).not.toMatch(new RegExp(Object.values(aIds).join('|')));
    expect((await b.ok(`query($c: UUID!) { consentHistory(clientId: $c) { id } }`, { c: aIds.client })).consentHistory).toEqual([]);
    const dupes = await b.ok(`query { duplicateCandidates(input: { firstName: "Tajna", lastName: "Klientka", phones: ["604555666"], emails: ["tajna@a.pl"] }) { client { id } } }`);
    expect(dupes.duplicateCandidates).toEqual([]);
  });

  it('writes: every mutation aimed at A ids fails and A is unchanged', async () => {
    const before = await aSnapshot();
    const attempts: [string, Record<string, unknown>][] = [
      [`mutation($i: UpdateClientInput!) { updateClient(input: $i) { id } }`, { i: { id: aIds.client, version: 1, lastName: 'Hacked' } }],
      [`mutation($ids: [UUID!]!) { setClientStatus(ids: $ids, status: INACTIVE) { id } }`, { ids: [aIds.client] }],
      [`mutation($id: UUID!) { deleteClient(id: $id) { id } }`, { id: aIds.client }],
      [`mutation($id: UUID!) { restoreClient(id: $id) { id } }`, { id: aIds.client }],
      [`mutation($c: [UUID!]!, $g: [UUID!]!) { setClientGroups(clientIds: $c, groupIds: $g, change: REMOVE) }`, { c: [aIds.client], g: [aIds.group] }],
      [`mutation($c: [UUID!]!, $g: [UUID!]!) { setClientTags(clientIds: $c, tagIds: $g, change: REMOVE) }`, { c: [aIds.client], g: [aIds.tag] }],
      [`mutation($id: UUID!) { updateGroup(id: $id, name: "hacked") { id } }`, { id: aIds.group }],
      [`mutation($id: UUID!) { deleteGroup(id: $id) }`, { id: aIds.group }],
      [`mutation($id: UUID!) { renameTag(id: $id, name: "hacked") { id } }`, { id: aIds.tag }],
      [`mutation($id: UUID!) { deleteTag(id: $id) }`, { id: aIds.tag }],
      [`mutation($s: [UUID!]!, $t: UUID!) { mergeTags(sourceIds: $s, targetId: $t) { id } }`, { s: [aIds.tag], t: aIds.tag }],
      [`mutation($id: UUID!) { updateSource(id: $id, name: "hacked") { id } }`, { id: aIds.source }],
      [`mutation($id: UUID!) { deleteSource(id: $id) }`, { id: aIds.source }],
      [`mutation($id: UUID!) { saveCustomField(input: { id: $id, label: "hacked", type: TEXT }) { id } }`, { id: aIds.field }],
      [`mutation($id: UUID!) { saveConsentPurpose(input: { id: $id, name: "x", wording: "hacked" }) { id } }`, { id: aIds.purpose }],
      [`mutation($c: UUID!) { recordConsent(input: { clientId: $c, purposeKey: "MARKETING_SMS", granted: true }) { granted } }`, { c: aIds.client }],
      [`mutation($c: UUID!) { withdrawConsent(clientId: $c, purposeKey: "MARKETING_EMAIL") { granted } }`, { c: aIds.client }],
      [`mutation($id: UUID!) { updateStaffMember(input: { id: $id, role: READ_ONLY }) { id } }`, { id: aIds.staff }],
      [CREATE_CLIENT, { input: { lastName: 'Cross', groupIds: [aIds.group], sourceId: aIds.source, assignedStaffId: aIds.staff, customFields: [{ fieldId: aIds.field, value: 'x' }] } }],
    ];
    for (const [query, variables] of attempts) {
      const res = await b.request(query, variables);
      expect({ query, errors: res.errors?.length ?? 0 }).toEqual({ query, errors: 1 });
      expect(['NOT_FOUND', 'BAD_USER_INPUT', 'FORBIDDEN', 'INVALID_STATE']).toContain(res.errors![0]!.extensions!.code);
    }
    expect(await aSnapshot()).toBe(before);
  });
});

describe('row-level security below the application', () => {
  async function asApp<T>(tenantId: string | null, fn: (db: Client) => Promise<T>): Promise<T> {
    const db = new Client({ connectionString: app.databaseUrl, options: '-c role=kartoteka_app' });
    await db.connect();
    try {
      await db.query('begin');
      if (tenantId) await db.query(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
      return await fn(db);
    } finally {
      await db.query('rollback').catch(() => undefined);
      await db.end();
    }
  }

  it('the app role sees no tenant rows without app.tenant_id, and only its own with it', async () => {
    const tenantA = (await a.ok(`{ me { business { id } } }`)).me.business.id;
    const tenantB = (await b.ok(`{ me { business { id } } }`)).me.business.id;
    for (const table of ['clients', 'client_phones', 'client_emails', 'groups', 'tags', 'consent_records', 'outbox', 'tenants']) {
      expect(await asApp(null, async (db) => (await db.query(`select count(*)::int as n from ${table}`)).rows[0].n)).toBe(0);
    }
    expect(await asApp(tenantA, async (db) => (await db.query(`select count(*)::int as n from clients`)).rows[0].n)).toBe(1);
    expect(await asApp(tenantB, async (db) => (await db.query(`select count(*)::int as n from clients where id = $1`, [aIds.client])).rows[0].n)).toBe(0);
  });

  it('the app role cannot write rows for another tenant, nor rewrite the consent ledger', async () => {
    const tenantA = (await a.ok(`{ me { business { id } } }`)).me.business.id;
    const tenantB = (await b.ok(`{ me { business { id } } }`)).me.business.id;
    await expect(asApp(tenantB, (db) => db.query(`insert into groups (tenant_id, name, name_key) values ($1, 'x', 'x')`, [tenantA])))
      .rejects.toThrow(/row-level security/);
    await expect(asApp(tenantA, (db) => db.query(`update consent_records set granted = false`)))
      .rejects.toThrow(/permission denied/);
    await expect(asApp(tenantA, (db) => db.query(`delete from consent_records`)))
      .rejects.toThrow(/permission denied/);
  });
});

void CLIENT_FIELDS;
