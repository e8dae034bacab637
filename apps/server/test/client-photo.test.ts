import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GqlClient, signUpBusiness } from './support/graphql-client';
import { CREATE_CLIENT, DELETE_CLIENT } from './support/operations';
import { startTestApp, type TestApp } from './support/test-app';

const JPEG = readFileSync(path.join(__dirname, 'fixtures/portrait.jpg'));
const PNG = readFileSync(path.join(__dirname, 'fixtures/portrait.png'));
const PHOTO = `query($id: UUID!) { client(id: $id, includeDeleted: true) { id version photoUrl } }`;

let app: TestApp;
let dataDir: string;
let owner: GqlClient;
let other: GqlClient;
let otherBusinessId: string;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'kartoteka-photo-'));
  app = await startTestApp({ DATA_DIR: dataDir });
  owner = (await signUpBusiness(app.url, 'Salon Foto')).client;
  ({ client: other, businessId: otherBusinessId } = await signUpBusiness(app.url, 'Inny Salon'));
});
afterAll(async () => {
  await app.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

type Answer = { status: number; headers: Headers; json: any; body: Buffer };

/** One HTTP request to /files as a browser tab of `who` would send it (its session cookie). */
async function files(who: GqlClient | null, method: string, urlPath: string, body?: Buffer, contentType?: string, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(`${app.url}${urlPath}`, {
    method,
    headers: {
      ...(who?.sessionCookie ? { cookie: who.sessionCookie } : {}),
      ...(contentType ? { 'content-type': contentType } : {}),
      ...headers,
    },
    body: body ? new Uint8Array(body) : undefined,
  });
  const buffer = Buffer.from(await res.arrayBuffer());
  const isJson = res.headers.get('content-type')?.startsWith('application/json');
  return { status: res.status, headers: res.headers, json: isJson ? JSON.parse(buffer.toString('utf8')) : null, body: buffer };
}

const photoPath = (id: string) => `/files/clients/${id}/photo`;

async function newClient(who = owner, lastName = 'Fotogeniczna'): Promise<{ id: string; version: number }> {
  return (await who.ok(CREATE_CLIENT, { input: { firstName: 'Ewa', lastName } })).createClient;
}

async function row(id: string) {
  const [r] = await app.sql(`select version, photo_key, photo_content_type, photo_size from clients where id = $1`, [id]);
  return r!;
}

async function photoEvents(id: string) {
  const rows = await app.sql(`select payload from outbox where aggregate_id = $1 and type = 'client.updated' order by seq`, [id]);
  return rows.map((r) => r.payload).filter((p) => p.changes.some((c: { field: string }) => c.field === 'photo'));
}

const stored = (key: string) => path.join(dataDir, 'files', ...key.split('/'));

async function invite(role: 'RECEPTIONIST' | 'READ_ONLY', email: string): Promise<GqlClient> {
  const invitation = await owner.ok(`mutation($input: InviteStaffInput!) { inviteStaff(input: $input) { token } }`, {
    input: { email, displayName: role, role },
  });
  const member = new GqlClient(app.url);
  await member.ok(`mutation($t: String!) { acceptInvitation(input: { token: $t, password: "staff-password-123" }) { id } }`, { t: invitation.inviteStaff.token });
  return member;
}

describe('uploading a profile photo', () => {
  it('stores a JPEG, bumps the version, appends client.updated, and serves it back with its type and an ETag', async () => {
    const c = await newClient();
    const put = await files(owner, 'PUT', photoPath(c.id), JPEG, 'image/jpeg');
    expect(put.status).toBe(200);
    expect(put.json).toEqual({ photoUrl: expect.stringMatching(new RegExp(`^/files/clients/${c.id}/photo\\?v=[0-9a-f]{32}$`)), version: 2 });

    const r = await row(c.id);
    expect(r).toMatchObject({ version: 2, photo_content_type: 'image/jpeg', photo_size: JPEG.length });
    expect(r.photo_key).toMatch(/^tenants\/[0-9a-f-]{36}\/clients\/[0-9a-f-]{36}\/photo-[0-9a-f]{32}$/);
    expect(readFileSync(stored(r.photo_key)).equals(JPEG)).toBe(true);
    expect(await photoEvents(c.id)).toEqual([
      expect.objectContaining({ clientId: c.id, version: 2, changes: [{ field: 'photo', from: null, to: put.json.photoUrl }] }),
    ]);
    expect((await owner.ok(PHOTO, { id: c.id })).client).toEqual({ id: c.id, version: 2, photoUrl: put.json.photoUrl });

    const get = await files(owner, 'GET', put.json.photoUrl);
    expect(get.status).toBe(200);
    expect(get.body.equals(JPEG)).toBe(true);
    expect(get.headers.get('content-type')).toBe('image/jpeg');
    expect(get.headers.get('cache-control')).toBe('private, no-cache');
    expect(get.headers.get('x-content-type-options')).toBe('nosniff');
    const etag = get.headers.get('etag');
    expect(etag).toBe(`"${put.json.photoUrl.split('v=')[1]}"`);
    // as a browser revalidates its cached copy (fetch() would add Cache-Control: no-cache, a forced reload)
    const again = await files(owner, 'GET', put.json.photoUrl, undefined, undefined, { 'if-none-match': etag!, 'cache-control': 'max-age=0' });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it('replaces it with a PNG under a new URL and removes the old file', async () => {
    const c = await newClient();
    const first = (await files(owner, 'PUT', photoPath(c.id), JPEG, 'image/jpeg')).json;
    const oldKey = (await row(c.id)).photo_key;
    const second = await files(owner, 'PUT', photoPath(c.id), PNG, 'image/png');
    expect(second.status).toBe(200);
    expect(second.json.version).toBe(3);
    expect(second.json.photoUrl).not.toBe(first.photoUrl);
    expect(existsSync(stored(oldKey))).toBe(false);
    const get = await files(owner, 'GET', second.json.photoUrl);
    expect(get.headers.get('content-type')).toBe('image/png');
    expect(get.body.equals(PNG)).toBe(true);
    expect((await photoEvents(c.id)).map((e) => e.changes[0])).toEqual([
      { field: 'photo', from: null, to: first.photoUrl },
      { field: 'photo', from: first.photoUrl, to: second.json.photoUrl },
    ]);
  });

  it('takes the type from the content: a JPEG sent as image/png is stored and served as image/jpeg', async () => {
    const c = await newClient();
    expect((await files(owner, 'PUT', photoPath(c.id), JPEG, 'image/png')).status).toBe(200);
    expect((await row(c.id)).photo_content_type).toBe('image/jpeg');
  });
});

describe('refusing bad files, changing nothing', () => {
  let c: { id: string };
  let before: Record<string, unknown>;
  beforeAll(async () => {
    c = await newClient(owner, 'Odmowna');
    await files(owner, 'PUT', photoPath(c.id), JPEG, 'image/jpeg');
    before = await row(c.id);
  });
  afterEach(async () => {
    expect(await row(c.id)).toEqual(before);
    expect(await photoEvents(c.id)).toHaveLength(1);
  });

  it.each([
    ['a text file disguised as image/png', Buffer.from('Dzień dobry, to nie jest zdjęcie.\n'.repeat(20)), 'image/png', 415, 'UNSUPPORTED_FILE_TYPE'],
    ['a GIF', Buffer.concat([Buffer.from('GIF89a'), Buffer.alloc(100)]), 'image/gif', 415, 'UNSUPPORTED_FILE_TYPE'],
    ['a JPEG without a Content-Type', JPEG, undefined, 415, 'UNSUPPORTED_FILE_TYPE'],
    ['an empty body', Buffer.alloc(0), 'image/jpeg', 400, 'REQUIRED'],
    ['a file over 5 MB', Buffer.concat([JPEG, Buffer.alloc(5 * 1024 * 1024)]), 'image/jpeg', 413, 'FILE_TOO_LARGE'],
  ])('%s', async (_name, body, type, status, issue) => {
    const res = await files(owner, 'PUT', photoPath(c.id), body, type);
    expect(res.status).toBe(status);
    expect(res.json).toEqual({
      error: { code: 'BAD_USER_INPUT', message: expect.any(String), issues: [expect.objectContaining({ path: ['photo'], code: issue })] },
    });
    expect(JSON.stringify(res.json)).not.toMatch(/at .*\.ts|node_modules/);
  });
});

describe('who may see and change a photo', () => {
  it('another business gets 404 for reading, replacing and deleting, and nothing changes', async () => {
    const c = await newClient();
    const url = (await files(owner, 'PUT', photoPath(c.id), JPEG, 'image/jpeg')).json.photoUrl;
    const before = await row(c.id);
    for (const [method, body, type] of [['GET'], ['PUT', PNG, 'image/png'], ['DELETE']] as const) {
      const res = await files(other, method, method === 'GET' ? url : photoPath(c.id), body, type);
      expect([method, res.status, res.json]).toEqual([method, 404, { error: { code: 'NOT_FOUND', message: expect.any(String) } }]);
    }
    expect(await row(c.id)).toEqual(before);
    expect(existsSync(stored(before.photo_key))).toBe(true);
    expect(existsSync(path.join(dataDir, 'files', 'tenants', otherBusinessId))).toBe(false);
  });

  it('without a valid session: 401, and a stale cookie is cleared', async () => {
    const c = await newClient();
    expect((await files(null, 'GET', photoPath(c.id))).json).toEqual({ error: { code: 'UNAUTHENTICATED', message: expect.any(String) } });
    const stale = await files(owner.withCookie('kt_session=not-a-session'), 'PUT', photoPath(c.id), JPEG, 'image/jpeg');
    expect(stale.status).toBe(401);
    expect(stale.headers.get('set-cookie')).toMatch(/^kt_session=;/);
    expect((await row(c.id)).photo_key).toBeNull();
  });

  it('an unknown or malformed id is 404', async () => {
    expect((await files(owner, 'GET', photoPath('00000000-0000-4000-8000-000000000000'))).status).toBe(404);
    expect((await files(owner, 'PUT', photoPath('not-a-uuid'), JPEG, 'image/jpeg')).status).toBe(404);
  });

  it('a receptionist may change and remove photos (client:update); a read-only member may only look', async () => {
    const c = await newClient();
    const receptionist = await invite('RECEPTIONIST', 'recepcja@foto.pl');
    const readOnly = await invite('READ_ONLY', 'ksiegowa@foto.pl');
    const put = await files(receptionist, 'PUT', photoPath(c.id), JPEG, 'image/jpeg');
    expect(put.status).toBe(200);
    expect((await files(readOnly, 'GET', put.json.photoUrl)).body.equals(JPEG)).toBe(true);
    expect((await files(readOnly, 'PUT', photoPath(c.id), PNG, 'image/png')).json).toEqual({ error: { code: 'FORBIDDEN', message: expect.any(String) } });
    expect((await files(readOnly, 'DELETE', photoPath(c.id))).status).toBe(403);
    expect((await files(receptionist, 'DELETE', photoPath(c.id))).status).toBe(200);
    expect((await row(c.id)).photo_key).toBeNull();
  });
});

describe('removing a photo', () => {
  it('clears the columns, deletes the file, bumps the version, and the card shows no photo', async () => {
    const c = await newClient();
    const url = (await files(owner, 'PUT', photoPath(c.id), JPEG, 'image/jpeg')).json.photoUrl;
    const key = (await row(c.id)).photo_key;
    const del = await files(owner, 'DELETE', photoPath(c.id));
    expect(del.status).toBe(200);
    expect(del.json).toEqual({ photoUrl: null, version: 3 });
    expect(await row(c.id)).toEqual({ version: 3, photo_key: null, photo_content_type: null, photo_size: null });
    expect(existsSync(stored(key))).toBe(false);
    expect((await photoEvents(c.id)).at(-1).changes).toEqual([{ field: 'photo', from: url, to: null }]);
    expect((await files(owner, 'GET', url)).status).toBe(404);
    expect((await owner.ok(PHOTO, { id: c.id })).client.photoUrl).toBeNull();
    // nothing to remove: nothing changes
    expect((await files(owner, 'DELETE', photoPath(c.id))).json).toEqual({ photoUrl: null, version: 3 });
  });

  it('a client in the bin keeps its photo for viewing but cannot get a new one', async () => {
    const c = await newClient();
    const url = (await files(owner, 'PUT', photoPath(c.id), JPEG, 'image/jpeg')).json.photoUrl;
    await owner.ok(DELETE_CLIENT, { id: c.id });
    expect((await files(owner, 'GET', url)).status).toBe(200);
    expect((await files(owner, 'PUT', photoPath(c.id), PNG, 'image/png')).status).toBe(404);
  });
});
