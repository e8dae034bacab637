import { GqlClient, signUpBusiness } from './support/graphql-client';
import { CREATE_CLIENT, errorCode, LIST_CLIENTS } from './support/operations';
import { startTestApp, type TestApp } from './support/test-app';

let app: TestApp;
let owner: GqlClient;
beforeAll(async () => {
  app = await startTestApp();
  owner = (await signUpBusiness(app.url, 'Consent salon')).client;
});
afterAll(async () => { await app.stop(); });

const RECORD = `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { purpose { key } granted method wordingVersion since } }`;
const WITHDRAW = `mutation($c: UUID!, $p: String!) { withdrawConsent(clientId: $c, purposeKey: $p) { granted } }`;
const HISTORY = `query($c: UUID!) { consentHistory(clientId: $c) { purposeKey granted method wording wordingVersion evidence recordedAt recordedBy { displayName } } }`;

describe('the consent ledger (F4)', () => {
  it('lists the built-in purposes with Polish wording', async () => {
    const { consentPurposes } = await owner.ok(`{ consentPurposes { key name wording wordingVersion isBuiltin } }`);
    expect(consentPurposes.map((p: { key: string }) => p.key)).toEqual(expect.arrayContaining([
      'DATA_PROCESSING', 'MARKETING_EMAIL', 'MARKETING_SMS', 'MARKETING_PHONE', 'THIRD_PARTY_MARKETING', 'NOTIFICATIONS', 'PHOTO_USE',
    ]));
    expect(consentPurposes[0]).toMatchObject({ wordingVersion: 1, isBuiltin: true, wording: expect.stringMatching(/[ąćęłńóśźż]/) });
  });

  it('records a grant and a withdrawal as separate records; the state is derived; history keeps both', async () => {
    const c = (await owner.ok(CREATE_CLIENT, { input: { firstName: 'Zgoda', lastName: 'Testowa' } })).createClient;
    const granted = await owner.ok(RECORD, { input: { clientId: c.id, purposeKey: 'MARKETING_SMS', granted: true, evidence: 'formularz papierowy 2026/11' } });
    expect(granted.recordConsent).toMatchObject({ granted: true, method: 'STAFF_OUTSIDE_SYSTEM', wordingVersion: 1 });
    expect((await owner.ok(LIST_CLIENTS, { search: 'zgoda', filter: { hasConsents: ['MARKETING_SMS'] } })).clients.totalCount).toBe(1);
    const withdrawn = await owner.ok(WITHDRAW, { c: c.id, p: 'MARKETING_SMS' });
    expect(withdrawn.withdrawConsent.granted).toBe(false);
    expect((await owner.ok(LIST_CLIENTS, { search: 'zgoda', filter: { hasConsents: ['MARKETING_SMS'] } })).clients.totalCount).toBe(0);
    const history = (await owner.ok(HISTORY, { c: c.id })).consentHistory;
    expect(history.map((h: { granted: boolean }) => h.granted)).toEqual([false, true]);
    expect(history[1]).toMatchObject({ evidence: 'formularz papierowy 2026/11', wording: expect.any(String), recordedBy: { displayName: 'Owner' } });
  });

  it('refuses to withdraw what was never granted, unknown purposes, and online-form claims by staff', async () => {
    const c = (await owner.ok(CREATE_CLIENT, { input: { lastName: 'Bezzgody' } })).createClient;
    expect(errorCode(await owner.request(WITHDRAW, { c: c.id, p: 'MARKETING_EMAIL' }))).toBe('INVALID_STATE');
    expect(errorCode(await owner.request(RECORD, { input: { clientId: c.id, purposeKey: 'NOPE', granted: true } }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await owner.request(RECORD, { input: { clientId: c.id, purposeKey: 'MARKETING_EMAIL', granted: true, method: 'ONLINE_FORM' } }))).toBe('BAD_USER_INPUT');
    expect((await owner.ok(HISTORY, { c: c.id })).consentHistory).toEqual([]);
  });

  it('a new wording makes a new version; records keep the wording they were given under', async () => {
    const purposes = (await owner.ok(`{ consentPurposes { id key name wording } }`)).consentPurposes;
    const photo = purposes.find((p: { key: string }) => p.key === 'PHOTO_USE');
    const c = (await owner.ok(CREATE_CLIENT, { input: { lastName: 'Fotka', consents: [{ purposeKey: 'PHOTO_USE', granted: true }] } })).createClient;
    const saved = await owner.ok(`mutation($input: ConsentPurposeInput!) { saveConsentPurpose(input: $input) { wordingVersion wording } }`,
      { input: { id: photo.id, name: photo.name, wording: 'Nowa treść zgody na wizerunek.' } });
    expect(saved.saveConsentPurpose.wordingVersion).toBe(2);
    const history = (await owner.ok(HISTORY, { c: c.id })).consentHistory;
    expect(history[0]).toMatchObject({ wording: photo.wording, wordingVersion: 1 });
    const regrant = await owner.ok(RECORD, { input: { clientId: c.id, purposeKey: 'PHOTO_USE', granted: true } });
    expect(regrant.recordConsent.wordingVersion).toBe(2);
  });

  it('a read-only member cannot record consents', async () => {
    const business = await signUpBusiness(app.url, 'RO salon');
    const invite = await business.client.ok(`mutation { inviteStaff(input: { email: "ro@x.pl", displayName: "RO", role: READ_ONLY }) { token } }`);
    const ro = new GqlClient(app.url);
    await ro.ok(`mutation($t: String!) { acceptInvitation(input: { token: $t, password: "read-only-pass-1" }) { id } }`, { t: invite.inviteStaff.token });
    const c = (await business.client.ok(CREATE_CLIENT, { input: { lastName: 'X' } })).createClient;
    expect(errorCode(await ro.request(RECORD, { input: { clientId: c.id, purposeKey: 'MARKETING_SMS', granted: true } }))).toBe('FORBIDDEN');
    expect(errorCode(await ro.request(CREATE_CLIENT, { input: { lastName: 'Y' } }))).toBe('FORBIDDEN');
    expect((await ro.ok(LIST_CLIENTS, {})).clients.totalCount).toBe(1);
  });
});
