import { signUpBusiness, type GqlClient } from './support/graphql-client';
import { CREATE_CLIENT, errorCode } from './support/operations';
import { startTestApp, type TestApp } from './support/test-app';

let app: TestApp;
let owner: GqlClient;
let clientId: string;
beforeAll(async () => {
  app = await startTestApp();
  owner = (await signUpBusiness(app.url, 'Bad ids salon')).client;
  clientId = (await owner.ok(CREATE_CLIENT, { input: { lastName: 'Prawdziwy' } })).createClient.id;
});
afterAll(async () => { await app.stop(); });

/** Malformed ids are the caller's mistake: a typed error, never a masked database error, never a change. */
describe('malformed ids', () => {
  const BAD = ['abc', '', "1' or '1'='1", '00000000-0000-0000-0000-00000000000g'];
  it.each([
    ['client', `query($id: UUID!) { client(id: $id) { id } }`, (id: string) => ({ id })],
    ['updateClient', `mutation($id: UUID!) { updateClient(input: { id: $id, version: 1, lastName: "X" }) { id } }`, (id: string) => ({ id })],
    ['deleteClient', `mutation($id: UUID!) { deleteClient(id: $id) { id } }`, (id: string) => ({ id })],
    ['setClientStatus', `mutation($id: UUID!) { setClientStatus(ids: [$id], status: INACTIVE) { id } }`, (id: string) => ({ id })],
    ['consentHistory', `query($id: UUID!) { consentHistory(clientId: $id) { id } }`, (id: string) => ({ id })],
    ['recordConsent', `mutation($id: UUID!) { recordConsent(input: { clientId: $id, purposeKey: "MARKETING_SMS", granted: true }) { granted } }`, (id: string) => ({ id })],
    ['setClientGroups', `mutation($id: UUID!) { setClientGroups(clientIds: [$id], groupIds: [$id], change: ADD) }`, (id: string) => ({ id })],
    ['deleteGroup', `mutation($id: UUID!) { deleteGroup(id: $id) }`, (id: string) => ({ id })],
    ['mergeTags', `mutation($id: UUID!) { mergeTags(sourceIds: [$id], targetId: $id) { id } }`, (id: string) => ({ id })],
    ['updateStaffMember', `mutation($id: UUID!) { updateStaffMember(input: { id: $id, role: ADMIN }) { id } }`, (id: string) => ({ id })],
    ['saveCustomField', `mutation($id: UUID!) { saveCustomField(input: { id: $id, label: "x", type: TEXT }) { id } }`, (id: string) => ({ id })],
    ['duplicateCandidates', `query($id: UUID!) { duplicateCandidates(input: { lastName: "Prawdziwy", excludeId: $id }) { score } }`, (id: string) => ({ id })],
    ['clients filter', `query($id: UUID!) { clients(filter: { groupIds: [$id] }) { totalCount } }`, (id: string) => ({ id })],
  ])('%s answers a typed error for malformed ids', async (_name, query, vars) => {
    for (const bad of BAD) {
      const res = await owner.request(query, vars(bad));
      expect(['NOT_FOUND', 'BAD_USER_INPUT']).toContain(errorCode(res));
    }
  });

  it('changed nothing', async () => {
    const c = await owner.ok(`query($id: UUID!) { client(id: $id) { version lastName status } }`, { id: clientId });
    expect(c.client).toEqual({ version: 1, lastName: 'Prawdziwy', status: 'ACTIVE' });
  });
});
