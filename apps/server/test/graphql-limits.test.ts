import { auditServer } from 'graphql-http';
import { GqlClient, signUpBusiness } from './support/graphql-client';
import { errorCode } from './support/operations';
import { startTestApp, type TestApp } from './support/test-app';

let app: TestApp;
let owner: GqlClient;
beforeAll(async () => {
  app = await startTestApp();
  owner = (await signUpBusiness(app.url, 'Limits salon')).client;
});
afterAll(async () => { await app.stop(); });

describe('request limits and error masking', () => {
  it('refuses queries nested too deep, before executing anything', async () => {
    const ok = await owner.request(`{ clients { edges { node { groups { id } source { id } assignedStaff { id } } } } }`);
    expect(ok.errors).toBeUndefined();
    let deep = 'id';
    for (let i = 0; i < 12; i++) deep = `f${i} { ${deep} }`;
    const res = await owner.request(`{ me { ${deep} } }`);
    expect(res.errors?.some((e) => e.extensions?.limit === 'DEPTH')).toBe(true);
  });

  it('refuses too many aliases, too many tokens, and too costly queries with GRAPHQL_VALIDATION_FAILED or parse errors', async () => {
    const aliases = `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
    const res = await owner.request(aliases);
    expect(errorCode(res)).toBe('GRAPHQL_VALIDATION_FAILED');
    const tokens = `{ ${Array.from({ length: 6000 }, () => '__typename').join(' ')} }`;
    const tokenRes = await owner.request(tokens);
    expect(tokenRes.status).toBe(400);
    expect(errorCode(tokenRes)).toBe('GRAPHQL_PARSE_FAILED');
    const fields = 'id number displayName phones { id number formatted } emails { id address } groups { id name } tags { id name } consents { granted purpose { key name wording } }';
    const costly = `{ ${['a', 'b', 'c'].map((alias) => `${alias}: clients(first: 100) { edges { node { ${fields} } } }`).join(' ')} }`;
    const costRes = await owner.request(costly);
    expect(costRes.errors?.[0]?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'COST' });
  });

  it('answers malformed JSON with 400 and no stack trace', async () => {
    const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text).not.toMatch(/at .*\.js|node_modules|SyntaxError/);
  });

  it('blocks cross-site simple requests (CSRF prevention)', async () => {
    const res = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ me { id } }')}`, { headers: { cookie: owner.sessionCookie! } });
    expect(res.status).toBe(400);
  });

  it('answers health and readiness', async () => {
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    expect(await (await fetch(`${app.url}/readyz`)).json()).toEqual({ status: 'ready' });
  });
});

describe('GraphQL over HTTP conformance (graphql-http audits)', () => {
  it('passes every MUST audit', async () => {
    const results = await auditServer({ url: `${app.url}/graphql`, fetchFn: fetch });
    const failedMusts = results.filter((r) => r.status === 'error');
    expect(failedMusts.map((r) => `${r.name}: ${r.status === 'ok' ? '' : r.reason}`)).toEqual([]);
  });
});
