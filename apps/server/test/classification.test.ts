import { signUpBusiness, type GqlClient } from './support/graphql-client';
import { CREATE_CLIENT, errorCode, GET_CLIENT, issues, LIST_CLIENTS, UPDATE_CLIENT } from './support/operations';
import { startTestApp, type TestApp } from './support/test-app';

let app: TestApp;
let owner: GqlClient;
beforeAll(async () => {
  app = await startTestApp();
  owner = (await signUpBusiness(app.url, 'Groups salon')).client;
});
afterAll(async () => { await app.stop(); });

describe('groups', () => {
  it('creates, renames and refuses a duplicate name regardless of case and diacritics', async () => {
    const g = (await owner.ok(`mutation { createGroup(name: "Alergicy", color: "#ff0000") { id name color } }`)).createGroup;
    expect(g).toMatchObject({ name: 'Alergicy', color: '#ff0000' });
    const dup = await owner.request(`mutation { createGroup(name: " alergicy ") { id } }`);
    expect(errorCode(dup)).toBe('ALREADY_EXISTS');
    const renamed = await owner.ok(`mutation($id: UUID!) { updateGroup(id: $id, name: "Alergicy (lateks)") { name } }`, { id: g.id });
    expect(renamed.updateGroup.name).toBe('Alergicy (lateks)');
    expect(errorCode(await owner.request(`mutation { createGroup(name: "") { id } }`))).toBe('BAD_USER_INPUT');
  });

  it('assigns a group to many clients at once, filters by it, and removes it again', async () => {
    const g = (await owner.ok(`mutation { createGroup(name: "Stali klienci") { id } }`)).createGroup;
    const ids: string[] = [];
    for (const lastName of ['Grupa-A', 'Grupa-B', 'Grupa-C']) ids.push((await owner.ok(CREATE_CLIENT, { input: { lastName } })).createClient.id);
    const set = `mutation($c: [UUID!]!, $g: [UUID!]!, $ch: MembershipChange!) { setClientGroups(clientIds: $c, groupIds: $g, change: $ch) }`;
    expect((await owner.ok(set, { c: ids, g: [g.id], ch: 'ADD' })).setClientGroups).toBe(3);
    expect((await owner.ok(set, { c: ids, g: [g.id], ch: 'ADD' })).setClientGroups).toBe(0);
    expect((await owner.ok(LIST_CLIENTS, { filter: { groupIds: [g.id] } })).clients.totalCount).toBe(3);
    const card = (await owner.ok(GET_CLIENT, { id: ids[0] })).client;
    expect(card).toMatchObject({ version: 2, groups: [{ id: g.id, name: 'Stali klienci' }] });
    const events = await app.sql(`select payload from outbox where aggregate_id = $1 and type = 'client.updated'`, [ids[0]]);
    expect(events.map((e) => e.payload.changes)).toEqual([[{ field: 'groupIds', from: [], to: [g.id] }]]);
    expect((await owner.ok(set, { c: ids.slice(0, 2), g: [g.id], ch: 'REMOVE' })).setClientGroups).toBe(2);
    expect((await owner.ok(LIST_CLIENTS, { filter: { groupIds: [g.id] } })).clients.totalCount).toBe(1);
    const bad = await owner.request(set, { c: ids, g: ['00000000-0000-4000-8000-000000000000'], ch: 'ADD' });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
  });

  it('deleting a group removes it from clients', async () => {
    const g = (await owner.ok(`mutation { createGroup(name: "Tymczasowa") { id } }`)).createGroup;
    const c = (await owner.ok(CREATE_CLIENT, { input: { lastName: 'Tymczasowy', groupIds: [g.id] } })).createClient;
    expect(c.groups).toHaveLength(1);
    await owner.ok(`mutation($id: UUID!) { deleteGroup(id: $id) }`, { id: g.id });
    expect((await owner.ok(GET_CLIENT, { id: c.id })).client.groups).toEqual([]);
  });
});

describe('tags', () => {
  it('creates tags from names on the card, renames and merges them', async () => {
    const a = (await owner.ok(CREATE_CLIENT, { input: { lastName: 'Tag-A', tags: ['koloryzacja', 'VIP'] } })).createClient;
    const b = (await owner.ok(CREATE_CLIENT, { input: { lastName: 'Tag-B', tags: ['Koloryzacja ', 'farbowanie'] } })).createClient;
    expect(b.tags.map((t: { name: string }) => t.name).sort()).toEqual(['farbowanie', 'koloryzacja']);
    const tags = (await owner.ok(`{ tags { id name } }`)).tags as { id: string; name: string }[];
    const id = (name: string) => tags.find((t) => t.name === name)!.id;
    const clash = await owner.request(`mutation($id: UUID!) { renameTag(id: $id, name: "VIP") { id } }`, { id: id('farbowanie') });
    expect(issues(clash)[0]).toMatchObject({ path: ['name'], code: 'DUPLICATE' });
    await owner.ok(`mutation($s: [UUID!]!, $t: UUID!) { mergeTags(sourceIds: $s, targetId: $t) { id } }`, { s: [id('farbowanie')], t: id('koloryzacja') });
    const after = (await owner.ok(GET_CLIENT, { id: b.id })).client;
    expect(after.tags.map((t: { name: string }) => t.name)).toEqual(['koloryzacja']);
    expect((await owner.ok(`{ tags { name } }`)).tags.map((t: { name: string }) => t.name)).not.toContain('farbowanie');
    expect((await owner.ok(LIST_CLIENTS, { filter: { tagIds: [id('koloryzacja')] } })).clients.totalCount).toBe(2);
    void a;
  });
});

describe('sources, phone types and custom fields', () => {
  it('uses a source and a custom phone type on a card; a used source is archived, not deleted', async () => {
    const src = (await owner.ok(`mutation { createSource(name: "Instagram") { id } }`)).createSource;
    const pt = (await owner.ok(`mutation { createPhoneType(name: "Recepcja firmy") { id } }`)).createPhoneType;
    const c = (await owner.ok(CREATE_CLIENT, {
      input: { lastName: 'Zrodlo', sourceId: src.id, phones: [{ number: '503 000 111', typeKey: pt.id }] },
    })).createClient;
    expect(c.source).toEqual({ id: src.id, name: 'Instagram' });
    expect(c.phones[0].typeKey).toBe(pt.id);
    await owner.ok(`mutation($id: UUID!) { deleteSource(id: $id) }`, { id: src.id });
    expect((await owner.ok(`{ sources { id isArchived } }`)).sources).toEqual([{ id: src.id, isArchived: true }]);
    const unknownType = await owner.request(CREATE_CLIENT, { input: { lastName: 'X', phones: [{ number: '503 000 112', typeKey: 'FAX' }] } });
    expect(issues(unknownType)[0]).toMatchObject({ path: ['phones', 0, 'typeKey'], code: 'INVALID_CHOICE' });
  });

  it('validates custom-field values against their definitions and filters by them', async () => {
    const save = `mutation($input: CustomFieldDefinitionInput!) { saveCustomField(input: $input) { id key type options required } }`;
    const skin = (await owner.ok(save, { input: { label: 'Typ skóry', type: 'SINGLE_CHOICE', options: ['sucha', 'tłusta'], required: false } })).saveCustomField;
    const visits = (await owner.ok(save, { input: { label: 'Liczba wizyt', type: 'NUMBER', required: false } })).saveCustomField;
    const bad = await owner.request(CREATE_CLIENT, { input: { lastName: 'Skora', customFields: [{ fieldId: skin.id, value: 'zielona' }, { fieldId: visits.id, value: 'dużo' }] } });
    expect(issues(bad).map((i) => i.path.join('.'))).toEqual(['customFields.0.value', 'customFields.1.value']);
    const ok = (await owner.ok(CREATE_CLIENT, { input: { lastName: 'Skora', customFields: [{ fieldId: skin.id, value: 'sucha' }] } })).createClient;
    expect(ok.customFields).toEqual([{ fieldId: skin.id, key: skin.key, value: 'sucha' }]);
    expect((await owner.ok(LIST_CLIENTS, { filter: { customFields: [{ fieldId: skin.id, value: 'sucha' }] } })).clients.totalCount).toBe(1);
    const typeChange = await owner.request(save, { input: { id: skin.id, label: 'Typ skóry', type: 'TEXT', required: false } });
    expect(errorCode(typeChange)).toBe('BAD_USER_INPUT');
    const emptyChoice = await owner.request(save, { input: { label: 'Pusty wybór', type: 'MULTI_CHOICE', options: [], required: false } });
    expect(errorCode(emptyChoice)).toBe('BAD_USER_INPUT');
  });

  it('keeps custom-field values through an unrelated update', async () => {
    const save = `mutation($input: CustomFieldDefinitionInput!) { saveCustomField(input: $input) { id } }`;
    const f = (await owner.ok(save, { input: { label: 'Ulubiona kawa', type: 'TEXT', required: false } })).saveCustomField;
    const c = (await owner.ok(CREATE_CLIENT, { input: { lastName: 'Kawa', customFields: [{ fieldId: f.id, value: 'latte' }] } })).createClient;
    const u = (await owner.ok(UPDATE_CLIENT, { input: { id: c.id, version: 1, remarks: 'x' } })).updateClient;
    expect(u.customFields.find((v: { fieldId: string }) => v.fieldId === f.id).value).toBe('latte');
  });
});
