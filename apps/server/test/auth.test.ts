import { GqlClient, signUpBusiness } from './support/graphql-client';
import { errorCode, issues } from './support/operations';
import { startTestApp, type TestApp } from './support/test-app';

const ME = `{ me { id email displayName role business { id name } can { readClients deleteClients inviteStaff readIdentityDocuments } } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { id role business { id } } }`;

let app: TestApp;
beforeAll(async () => { app = await startTestApp(); });
afterAll(async () => { await app.stop(); });

describe('sign-up, login and sessions', () => {
  it('signs up a business, sets an HttpOnly SameSite session cookie, and knows who is logged in', async () => {
    const client = new GqlClient(app.url);
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `mutation($input: SignUpInput!) { signUp(input: $input) { role business { name } } }`,
        variables: { input: { businessName: 'Salon Żaneta', email: 'zaneta@example.com', password: 'a-long-password-1' } },
      }),
    });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/kt_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const body = (await res.json()) as { data: { signUp: unknown } };
    expect(body.data.signUp).toEqual({ role: 'OWNER', business: { name: 'Salon Żaneta' } });
    const me = await client.withCookie(cookie.split(';')[0]!).ok(ME);
    expect(me.me).toMatchObject({ email: 'zaneta@example.com', role: 'OWNER', can: { deleteClients: true, inviteStaff: true } });
  });

  it('answers me = null without a session and UNAUTHENTICATED for protected queries', async () => {
    const anonymous = new GqlClient(app.url);
    expect((await anonymous.ok(ME)).me).toBeNull();
    const res = await anonymous.request(`{ clients { totalCount } }`);
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
  });

  it('refuses a second account with the same e-mail and weak or invalid input, with field paths', async () => {
    const { email } = await signUpBusiness(app.url);
    const again = await new GqlClient(app.url).request(
      `mutation($input: SignUpInput!) { signUp(input: $input) { id } }`,
      { input: { businessName: 'X salon', email: email.toUpperCase(), password: 'another-long-password' } });
    expect(errorCode(again)).toBe('ALREADY_EXISTS');
    const weak = await new GqlClient(app.url).request(
      `mutation($input: SignUpInput!) { signUp(input: $input) { id } }`,
      { input: { businessName: 'A', email: 'not-an-email', password: 'short' } });
    expect(errorCode(weak)).toBe('BAD_USER_INPUT');
    const paths = issues(weak).map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['businessName', 'email', 'password']));
  });

  it('logs in and out; logout ends the session on the server too', async () => {
    const { email, password } = await signUpBusiness(app.url);
    const client = new GqlClient(app.url);
    await client.ok(LOGIN, { input: { email, password } });
    const cookie = client.sessionCookie;
    expect((await client.ok(ME)).me.email).toBe(email);
    await client.ok(`mutation { logout }`);
    expect((await new GqlClient(app.url).withCookie(cookie).ok(ME)).me).toBeNull();
  });

  it('answers INVALID_CREDENTIALS the same way for an unknown e-mail and a wrong password', async () => {
    const { email } = await signUpBusiness(app.url);
    const wrong = await new GqlClient(app.url).request(LOGIN, { input: { email, password: 'wrong-password-123' } });
    const unknown = await new GqlClient(app.url).request(LOGIN, { input: { email: 'nobody@example.com', password: 'wrong-password-123' } });
    expect(errorCode(wrong)).toBe('INVALID_CREDENTIALS');
    expect(errorCode(unknown)).toBe('INVALID_CREDENTIALS');
    expect(wrong.errors![0]!.message).toBe(unknown.errors![0]!.message);
  });

  it('locks an account after repeated failures, even with the right password', async () => {
    const { email, password } = await signUpBusiness(app.url);
    const codes: unknown[] = [];
    for (let i = 0; i < 5; i++) {
      codes.push(errorCode(await new GqlClient(app.url).request(LOGIN, { input: { email, password: `bad-password-${i}` } })));
    }
    expect(codes.slice(0, 4)).toEqual(Array(4).fill('INVALID_CREDENTIALS'));
    expect(codes[4]).toBe('ACCOUNT_LOCKED');
    const right = await new GqlClient(app.url).request(LOGIN, { input: { email, password } });
    expect(errorCode(right)).toBe('ACCOUNT_LOCKED');
    expect(right.errors![0]!.extensions!.details.lockedUntil).toEqual(expect.any(String));
  });
});

describe('staff and roles', () => {
  const INVITE = `mutation($input: InviteStaffInput!) { inviteStaff(input: $input) { id email role token } }`;
  const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id role business { id } } }`;

  it('an owner invites a receptionist, who sets a password and gets the receptionist permissions', async () => {
    const owner = await signUpBusiness(app.url, 'Barber Kraków');
    const invited = await owner.client.ok(INVITE, { input: { email: 'recepcja@barber.pl', displayName: 'Ola', role: 'RECEPTIONIST', acceptsVisits: true } });
    expect(invited.inviteStaff.token).toEqual(expect.any(String));
    const recepcja = new GqlClient(app.url);
    const accepted = await recepcja.ok(ACCEPT, { input: { token: invited.inviteStaff.token, password: 'recepcja-password-1' } });
    expect(accepted.acceptInvitation).toMatchObject({ role: 'RECEPTIONIST', business: { id: owner.businessId } });
    const me = await recepcja.ok(ME);
    expect(me.me.can).toMatchObject({ readClients: true, deleteClients: false, inviteStaff: false, readIdentityDocuments: false });
    const denied = await recepcja.request(INVITE, { input: { email: 'x@barber.pl', displayName: 'X', role: 'ADMIN' } });
    expect(errorCode(denied)).toBe('FORBIDDEN');
    const reused = await new GqlClient(app.url).request(ACCEPT, { input: { token: invited.inviteStaff.token, password: 'another-password-1' } });
    expect(errorCode(reused)).toBe('NOT_FOUND');
    const staff = await owner.client.ok(`{ staffMembers { email role acceptsVisits } }`);
    expect(staff.staffMembers).toEqual(expect.arrayContaining([
      expect.objectContaining({ email: 'recepcja@barber.pl', role: 'RECEPTIONIST', acceptsVisits: true }),
    ]));
  });

  it('keeps at least one owner, and only owners make owners', async () => {
    const owner = await signUpBusiness(app.url);
    const staff = await owner.client.ok(`{ staffMembers { id role } }`);
    const self = staff.staffMembers[0];
    const demote = await owner.client.request(
      `mutation($input: UpdateStaffMemberInput!) { updateStaffMember(input: $input) { id role } }`,
      { input: { id: self.id, role: 'ADMIN' } });
    expect(errorCode(demote)).toBe('INVALID_STATE');
    const invited = await owner.client.ok(INVITE, { input: { email: 'admin@x.pl', displayName: 'Adam', role: 'ADMIN' } });
    const admin = new GqlClient(app.url);
    await admin.ok(ACCEPT, { input: { token: invited.inviteStaff.token, password: 'admin-password-12' } });
    const makeOwner = await admin.request(INVITE, { input: { email: 'o2@x.pl', displayName: 'O2', role: 'OWNER' } });
    expect(errorCode(makeOwner)).toBe('FORBIDDEN');
  });
});
