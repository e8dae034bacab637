import { signUpBusiness, type GqlClient } from './support/graphql-client';
import {
  CREATE_CLIENT, DELETE_CLIENT, errorCode, GET_CLIENT, issues, LIST_CLIENTS, QUICK_CREATE, RESTORE_CLIENT, SET_STATUS, UPDATE_CLIENT,
} from './support/operations';
import { startTestApp, type TestApp } from './support/test-app';

let app: TestApp;
let owner: GqlClient;
beforeAll(async () => {
  app = await startTestApp();
  owner = (await signUpBusiness(app.url, 'Salon Bella')).client;
});
afterAll(async () => { await app.stop(); });

async function outboxTypes(clientId: string): Promise<string[]> {
  const rows = await app.sql(`select type from outbox where aggregate_id = $1 order by seq`, [clientId]);
  return rows.map((r) => r.type);
}

describe('creating clients', () => {
  it('creates a company with a NIP, two phones, a marketing consent, and emits client.created in the same transaction', async () => {
    const { createClient: c } = await owner.ok(CREATE_CLIENT, {
      input: {
        kind: 'COMPANY', companyName: 'Auto-Serwis Kowalczyk Sp. z o.o.',
        phones: [
          { number: '601 234 567', typeKey: 'MOBILE', isPrimary: true, sms: true, whatsapp: true },
          { number: '(22) 621 45 67', typeKey: 'WORK' },
        ],
        emails: [{ address: ' Biuro@Kowalczyk-Serwis.PL ', acceptsEmail: true }],
        addresses: [{ kind: 'WORK', street: 'Marszałkowska', building: '10', postalCode: '00590', city: 'Warszawa' }],
        invoiceData: {
          kind: 'COMPANY', companyName: 'Auto-Serwis Kowalczyk Sp. z o.o.', taxId: 'PL 526-025-02-74',
          street: 'Marszałkowska', building: '10', postalCode: '00-590', city: 'Warszawa',
        },
        consents: [{ purposeKey: 'MARKETING_EMAIL', granted: true }],
      },
    });
    expect(c).toMatchObject({
      kind: 'COMPANY', displayName: 'Auto-Serwis Kowalczyk Sp. z o.o.', number: '1', version: 1, status: 'ACTIVE',
      primaryPhone: '+48601234567', primaryEmail: 'biuro@kowalczyk-serwis.pl', createdVia: 'STAFF_FORM',
      createdBy: { displayName: 'Owner' },
    });
    expect(c.phones).toEqual([
      expect.objectContaining({ number: '+48601234567', formatted: '601 234 567', isPrimary: true, sms: true, whatsapp: true, viber: false }),
      expect.objectContaining({ number: '+48226214567', typeKey: 'WORK', isPrimary: false }),
    ]);
    expect(c.addresses[0]).toMatchObject({ postalCode: '00-590', country: 'PL', mapUrl: expect.stringContaining('Marsza') });
    expect(c.invoiceData).toMatchObject({ taxId: '5260250274', taxIdCountry: 'PL' });
    expect(c.consents.find((s: { purpose: { key: string } }) => s.purpose.key === 'MARKETING_EMAIL'))
      .toMatchObject({ granted: true, method: 'STAFF_OUTSIDE_SYSTEM', wordingVersion: 1 });
    expect(await outboxTypes(c.id)).toEqual(['client.created', 'consent.changed']);
  });

  it('quick-adds a client from a name and a phone', async () => {
    const { quickCreateClient: c } = await owner.ok(QUICK_CREATE, {
      input: { firstName: 'Żaneta', lastName: 'Żółć', phone: '+48 502-111-222', consents: [{ purposeKey: 'DATA_PROCESSING', granted: true }] },
    });
    expect(c).toMatchObject({ displayName: 'Żaneta Żółć', createdVia: 'QUICK_ADD', primaryPhone: '+48502111222' });
    expect(c.consents.find((s: { purpose: { key: string } }) => s.purpose.key === 'DATA_PROCESSING').granted).toBe(true);
  });

  it('rejects bad input with typed field errors and writes nothing', async () => {
    const before = (await owner.ok(LIST_CLIENTS, { filter: { status: 'ALL' } })).clients.totalCount;
    const res = await owner.request(CREATE_CLIENT, {
      input: {
        kind: 'PERSON',
        phones: [{ number: '123' }],
        emails: [{ address: 'anna@@example' }],
        addresses: [{ kind: 'RESIDENCE', postalCode: '1234', city: 'Kraków' }],
        birthday: { day: 31, month: 4 },
        discountPercent: 120,
        invoiceData: { kind: 'COMPANY', companyName: 'X', taxId: '5260250275' },
      },
    });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    const byPath = Object.fromEntries(issues(res).map((i) => [i.path.join('.'), i.code]));
    expect(Object.entries(byPath).find(([p]) => p.startsWith('birthday'))?.[1]).toBe('INVALID_DATE');
    expect(byPath).toMatchObject({
      'phones.0.number': 'INVALID_PHONE',
      'emails.0.address': 'INVALID_EMAIL',
      'addresses.0.postalCode': 'INVALID_POSTAL_CODE',
      'discountPercent': 'OUT_OF_RANGE',
    });
    expect(Object.keys(byPath).some((p) => p.startsWith('invoiceData.taxId'))).toBe(true);
    expect(Object.keys(byPath).some((p) => p === 'firstName' || p === 'lastName')).toBe(true);
    expect(JSON.stringify(res.errors)).not.toMatch(/select|insert|constraint|stack/i);
    expect((await owner.ok(LIST_CLIENTS, { filter: { status: 'ALL' } })).clients.totalCount).toBe(before);
  });

  it('refuses unknown groups, sources and custom fields as field errors, not server errors', async () => {
    const res = await owner.request(CREATE_CLIENT, {
      input: {
        firstName: 'Jan', groupIds: ['00000000-0000-4000-8000-000000000001'], sourceId: '00000000-0000-4000-8000-000000000002',
        customFields: [{ fieldId: '00000000-0000-4000-8000-000000000003', value: 'x' }],
      },
    });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    const paths = issues(res).map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['groupIds.0', 'sourceId', 'customFields.0.fieldId']));
  });

  it('numbers clients from a counter that never reuses a number, accepts a hand-typed unique number, refuses a taken one', async () => {
    const a = (await owner.ok(CREATE_CLIENT, { input: { firstName: 'Numer', lastName: 'Pierwszy' } })).createClient;
    const b = (await owner.ok(CREATE_CLIENT, { input: { firstName: 'Numer', lastName: 'Reczny', clientNumber: 'K-100' } })).createClient;
    expect(b.number).toBe('K-100');
    const dup = await owner.request(CREATE_CLIENT, { input: { firstName: 'Numer', lastName: 'Zajety', clientNumber: 'K-100' } });
    expect(issues(dup)).toEqual([expect.objectContaining({ path: ['clientNumber'], code: 'DUPLICATE' })]);
    await owner.ok(DELETE_CLIENT, { id: a.id });
    const c = (await owner.ok(CREATE_CLIENT, { input: { firstName: 'Numer', lastName: 'Nastepny' } })).createClient;
    expect(Number(c.number)).toBeGreaterThan(Number(a.number) + 1);
    // the deleted client's number no longer blocks anyone
    const reuse = await owner.ok(CREATE_CLIENT, { input: { firstName: 'Numer', lastName: 'Po', clientNumber: a.number } });
    expect(reuse.createClient.number).toBe(a.number);
  });
});

describe('editing clients', () => {
  it('updates the fields it is given, keeps the others, bumps the version and emits the changed fields', async () => {
    const { createClient: c } = await owner.ok(CREATE_CLIENT, {
      input: { firstName: 'Anna', lastName: 'Nowak', phones: [{ number: '501 100 200' }], description: 'Woli wizyty rano' },
    });
    const { updateClient: u } = await owner.ok(UPDATE_CLIENT, {
      input: { id: c.id, version: c.version, lastName: 'Nowak-Kowalska', birthday: { day: 29, month: 2 }, isConflict: true },
    });
    expect(u).toMatchObject({
      version: 2, lastName: 'Nowak-Kowalska', description: 'Woli wizyty rano', isConflict: true, birthday: { day: 29, month: 2, year: null },
    });
    expect(u.phones).toHaveLength(1);
    const ev = await app.sql(`select payload from outbox where aggregate_id = $1 and type = 'client.updated'`, [c.id]);
    const fields = ev[0]!.payload.changes.map((ch: { field: string }) => ch.field).sort();
    expect(fields).toEqual(['birthday', 'isConflict', 'lastName']);
  });

  it('refuses a stale version with VERSION_CONFLICT, the current values, and changes nothing', async () => {
    const { createClient: c } = await owner.ok(CREATE_CLIENT, { input: { firstName: 'Ewa', lastName: 'Wiśniewska' } });
    await owner.ok(UPDATE_CLIENT, { input: { id: c.id, version: 1, remarks: 'zapisane przez recepcję' } });
    const stale = await owner.request(UPDATE_CLIENT, { input: { id: c.id, version: 1, remarks: 'nadpisanie' } });
    expect(errorCode(stale)).toBe('VERSION_CONFLICT');
    expect(stale.errors![0]!.extensions!.details).toMatchObject({ currentVersion: 2, current: { remarks: 'zapisane przez recepcję' } });
    const now = (await owner.ok(GET_CLIENT, { id: c.id })).client;
    expect(now).toMatchObject({ version: 2, remarks: 'zapisane przez recepcję' });
  });

  it('validates the whole card after a partial edit: a person cannot lose both names', async () => {
    const { createClient: c } = await owner.ok(CREATE_CLIENT, { input: { firstName: 'Piotr', lastName: 'Wójcik' } });
    const res = await owner.request(UPDATE_CLIENT, { input: { id: c.id, version: 1, firstName: null, lastName: '  ' } });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect((await owner.ok(GET_CLIENT, { id: c.id })).client).toMatchObject({ version: 1, firstName: 'Piotr' });
  });

  it('sets many clients inactive at once; inactive clients leave the default list but stay findable', async () => {
    const ids: string[] = [];
    for (const name of ['Status-A', 'Status-B']) ids.push((await owner.ok(CREATE_CLIENT, { input: { lastName: name } })).createClient.id);
    const res = await owner.ok(SET_STATUS, { ids, status: 'INACTIVE' });
    expect(res.setClientStatus.map((c: { status: string }) => c.status)).toEqual(['INACTIVE', 'INACTIVE']);
    expect((await owner.ok(LIST_CLIENTS, { search: 'status-' })).clients.totalCount).toBe(0);
    expect((await owner.ok(LIST_CLIENTS, { search: 'status-', filter: { status: 'INACTIVE' } })).clients.totalCount).toBe(2);
  });

  it('soft-deletes and restores; deleted clients are gone from lists and reads', async () => {
    const { createClient: c } = await owner.ok(CREATE_CLIENT, { input: { firstName: 'Do', lastName: 'Kosza' } });
    await owner.ok(DELETE_CLIENT, { id: c.id });
    expect((await owner.ok(GET_CLIENT, { id: c.id })).client).toBeNull();
    expect((await owner.ok(GET_CLIENT, { id: c.id, includeDeleted: true })).client.deletedAt).not.toBeNull();
    expect((await owner.ok(LIST_CLIENTS, { filter: { deleted: true, status: 'ALL' } })).clients.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(c.id);
    expect(errorCode(await owner.request(DELETE_CLIENT, { id: c.id }))).toBe('NOT_FOUND');
    const restored = (await owner.ok(RESTORE_CLIENT, { id: c.id })).restoreClient;
    expect(restored).toMatchObject({ id: c.id, deletedAt: null, number: c.number });
    expect(await outboxTypes(c.id)).toEqual(['client.created', 'client.deleted', 'client.restored']);
  });

  it('stores identity documents encrypted and shows them only to owners and admins', async () => {
    const { createClient: c } = await owner.ok(CREATE_CLIENT, {
      input: { firstName: 'Marek', lastName: 'Zieliński', identityDocuments: { idCardNumber: 'abs 123456' } },
    });
    expect(c.hasIdentityDocuments).toBe(true);
    const read = await owner.ok(`query($id: UUID!) { client(id: $id) { identityDocuments { idCardNumber passportNumber } } }`, { id: c.id });
    expect(read.client.identityDocuments).toEqual({ idCardNumber: 'ABS123456', passportNumber: null });
    const raw = await app.sql(`select id_card_encrypted from clients where id = $1`, [c.id]);
    const views = await app.sql(`select count(*)::int as n from identity_document_views where client_id = $1`, [c.id]);
    expect(raw[0]!.id_card_encrypted).not.toContain('123456');
    expect(views[0]!.n).toBe(1);
  });
});
