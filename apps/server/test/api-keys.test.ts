import { GqlClient, signUpBusiness } from './support/graphql-client';
import { createApiKey, keyOk, keyRequest, QUICK_CLIENT } from './support/events';
import { errorCode } from './support/operations';
import { startTestApp, type TestApp } from './support/test-app';

let app: TestApp;
let owner: GqlClient;
let businessId: string;

beforeAll(async () => {
  app = await startTestApp();
  const signed = await signUpBusiness(app.url, 'Salon z kluczem');
  owner = signed.client;
  businessId = signed.businessId;
});
afterAll(async () => { await app.stop(); });

const LIST_KEYS = `{ apiKeys(includeRevoked: true) { id name prefix scopes rateLimitPerMinute createdBy { displayName } createdAt lastUsedAt revokedAt } }`;

describe('API keys: created by owners and admins, shown once, stored as prefix + hash', () => {
  it('creates a key whose secret is shown once and never stored', async () => {
    const res = await owner.ok(`mutation { createApiKey(input: { name: " Booking widget ", scopes: [CLIENTS_READ, EVENTS_READ] }) {
      secret apiKey { id name prefix scopes rateLimitPerMinute createdBy { displayName } lastUsedAt revokedAt } } }`);
    const { secret, apiKey } = res.createApiKey;
    expect(secret).toMatch(/^kt_[a-z0-9]{12}_[A-Za-z0-9]{40}$/);
    expect(apiKey).toMatchObject({
      name: 'Booking widget', scopes: ['CLIENTS_READ', 'EVENTS_READ'], rateLimitPerMinute: 600,
      createdBy: { displayName: 'Owner' }, lastUsedAt: null, revokedAt: null,
    });
    const prefix = secret.split('_')[1];
    expect(apiKey.prefix).toBe(`kt_${prefix}_…`);
    const [row] = await app.sql(`select prefix, secret_hash, tenant_id from api_keys where id = $1`, [apiKey.id]);
    expect(row).toMatchObject({ prefix, tenant_id: businessId });
    expect(row!.secret_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(secret.split('_')[2]);
    // the list never carries the secret
    expect(JSON.stringify(await owner.ok(LIST_KEYS))).not.toContain(secret.split('_')[2]);
  });

  it('refuses bad input and people without the right', async () => {
    const bad = await owner.request(`mutation { createApiKey(input: { name: "", scopes: [], rateLimitPerMinute: 0 }) { secret } }`);
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0]!.extensions!.issues.map((i: { path: string[] }) => i.path.join('.'))).toEqual(['name', 'scopes', 'rateLimitPerMinute']);
    const { key } = await createApiKey(owner);
    // a key can never mint keys, list them or manage staff, whatever its scopes
    for (const query of [
      `mutation { createApiKey(input: { name: "x", scopes: [CLIENTS_READ] }) { secret } }`,
      `{ apiKeys { id } }`,
      `{ staffMembers { id } }`,
      `mutation { inviteStaff(input: { email: "x@example.com", displayName: "X", role: ADMIN }) { id } }`,
    ]) {
      const res = await keyRequest(app.url, key, query);
      expect({ query, code: res.errors?.[0]?.extensions?.code }).toEqual({ query, code: 'FORBIDDEN' });
    }
    expect((await keyOk(app.url, key, `{ me { id } }`)).me).toBeNull();
  });
});

describe('authentication', () => {
  it('answers 401 to a malformed, unknown or revoked key, and never falls back to the cookie', async () => {
    for (const header of ['Bearer nope', 'Bearer kt_aaaaaaaaaaaa_' + 'A'.repeat(40), 'Basic dXNlcjpwYXNz', 'Bearer']) {
      const res = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: header, cookie: owner.sessionCookie! },
        body: JSON.stringify({ query: '{ me { id } }' }),
      });
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
    }
    const { id, key } = await createApiKey(owner);
    expect((await keyRequest(app.url, key, `{ clients { totalCount } }`)).status).toBe(200);
    const revoked = await owner.ok(`mutation($id: UUID!) { revokeApiKey(id: $id) { id revokedAt } }`, { id });
    expect(revoked.revokeApiKey.revokedAt).not.toBeNull();
    const after = await keyRequest(app.url, key, `{ clients { totalCount } }`);
    expect(after.status).toBe(401);
  });

  it('records when a key was last used, at most once a minute', async () => {
    const { id, key } = await createApiKey(owner);
    await keyOk(app.url, key, `{ clients { totalCount } }`);
    const [first] = await app.sql(`select last_used_at from api_keys where id = $1`, [id]);
    expect(first!.last_used_at).not.toBeNull();
    await keyOk(app.url, key, `{ clients { totalCount } }`);
    const [second] = await app.sql(`select last_used_at from api_keys where id = $1`, [id]);
    expect(second!.last_used_at).toEqual(first!.last_used_at);
    const listed = (await owner.ok(LIST_KEYS)).apiKeys.find((k: { id: string }) => k.id === id);
    expect(new Date(listed.lastUsedAt).getTime()).toBe(new Date(first!.last_used_at).getTime());
  });
});

describe('scopes map to the same policy as roles', () => {
  it('clients:read reads but cannot write; clients:write creates as API with consents by method API', async () => {
    const reader = (await createApiKey(owner, ['CLIENTS_READ'])).key;
    const { id: writerId, key: writer } = await createApiKey(owner, ['CLIENTS_WRITE', 'CLIENTS_READ']);
    const denied = await keyRequest(app.url, reader, QUICK_CLIENT, { input: { lastName: 'Nowak', phone: '600111333' } });
    expect(denied.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', details: { requiredScopes: ['clients:write'] } });

    const created = await keyOk(app.url, writer, `mutation($input: CreateClientInput!) {
      createClient(input: $input) { id createdVia createdBy { id } consents { purpose { key } granted method } } }`, {
      input: { firstName: 'Ola', lastName: 'Partnerska', phones: [{ number: '600700800' }], consents: [{ purposeKey: 'MARKETING_SMS', granted: true }] },
    });
    const client = created.createClient;
    expect(client.createdVia).toBe('API');
    expect(client.createdBy).toBeNull();
    expect(client.consents.find((c: { purpose: { key: string } }) => c.purpose.key === 'MARKETING_SMS')).toMatchObject({ granted: true, method: 'API' });
    const [record] = await app.sql(`select method, recorded_by_id, evidence from consent_records where client_id = $1`, [client.id]);
    expect(record).toMatchObject({ method: 'API', recorded_by_id: null });
    expect(record!.evidence).toContain(writerId);

    // a consent recorded later by the key is method API whatever it claims
    await keyOk(app.url, writer, `mutation($c: UUID!) { recordConsent(input: { clientId: $c, purposeKey: "MARKETING_EMAIL", granted: true, method: STAFF_OUTSIDE_SYSTEM }) { granted } }`, { c: client.id });
    const methods = await app.sql(`select purpose_key, method from consent_records where client_id = $1 order by seq`, [client.id]);
    expect(methods.map((m) => m.method)).toEqual(['API', 'API']);

    // the event says which key did it
    const [event] = await app.sql(`select payload from outbox where aggregate_id = $1 and type = 'client.created'`, [client.id]);
    expect(event!.payload).toMatchObject({ createdVia: 'API', actor: { type: 'API_KEY', id: writerId } });
    expect((await keyOk(app.url, reader, `query($id: UUID!) { client(id: $id) { id } }`, { id: client.id })).client.id).toBe(client.id);
  });

  it('a key never reaches another business', async () => {
    const other = await signUpBusiness(app.url, 'Inny salon');
    const foreignId = (await other.client.ok(QUICK_CLIENT, { input: { lastName: 'Obca', phone: '600111222' } })).quickCreateClient.id;
    const { key } = await createApiKey(owner);
    expect((await keyOk(app.url, key, `query($id: UUID!) { client(id: $id) { id } }`, { id: foreignId })).client).toBeNull();
    const res = await keyRequest(app.url, key, `mutation($id: UUID!) { deleteClient(id: $id) { id } }`, { id: foreignId });
    expect(res.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    const found = await keyOk(app.url, key, `{ clients(search: "Obca") { totalCount } }`);
    expect(found.clients.totalCount).toBe(0);
  });

  it('receptionists cannot manage keys', async () => {
    const invite = await owner.ok(`mutation { inviteStaff(input: { email: "recepcja@example.com", displayName: "Recepcja", role: RECEPTIONIST }) { token } }`);
    const receptionist = new GqlClient(app.url);
    await receptionist.ok(`mutation($t: String!) { acceptInvitation(input: { token: $t, password: "very-long-password-1" }) { id } }`, { t: invite.inviteStaff.token });
    expect(errorCode(await receptionist.request(`{ apiKeys { id } }`))).toBe('FORBIDDEN');
    expect(errorCode(await receptionist.request(`mutation { createApiKey(input: { name: "x", scopes: [CLIENTS_READ] }) { secret } }`))).toBe('FORBIDDEN');
  });
});

describe('rate limit per key', () => {
  it('answers 429 with Retry-After and RateLimit headers past the budget', async () => {
    const { key } = await createApiKey(owner, ['CLIENTS_READ'], { rateLimitPerMinute: 3 });
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await keyRequest(app.url, key, `{ clients { totalCount } }`));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 429]);
    expect(answers.map((a) => a.headers.get('ratelimit-remaining'))).toEqual(['2', '1', '0', '0']);
    expect(answers[0]!.headers.get('ratelimit-limit')).toBe('3');
    expect(answers[0]!.headers.get('ratelimit-policy')).toBe('3;w=60');
    const reset = Number(answers[3]!.headers.get('ratelimit-reset'));
    expect(reset).toBeGreaterThan(0);
    expect(reset).toBeLessThanOrEqual(60);
    expect(answers[3]!.headers.get('retry-after')).toBe(String(reset));
    expect(answers[3]!.errors![0]!.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: reset });
    // another key has its own budget
    const other = await createApiKey(owner, ['CLIENTS_READ'], { rateLimitPerMinute: 3 });
    expect((await keyRequest(app.url, other.key, `{ clients { totalCount } }`)).status).toBe(200);
  });
});
