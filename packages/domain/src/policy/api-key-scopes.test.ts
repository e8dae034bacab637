import { DomainError } from '../errors';
import { ACTIONS, type Action } from './policy';
import { actorCan, API_KEY_SCOPES, apiKeyCan, assertActorCan, scopesGranting, type ApiKeyScope } from './api-key-scopes';

// Every action, and which scope (if any) grants it: a change to the mapping is a visible change here.
const GRANTED_BY: Record<Action, ApiKeyScope | null> = {
  'client:read': 'clients:read',
  'client:create': 'clients:write',
  'client:update': 'clients:write',
  'client:delete': 'clients:write',
  'client:restore': 'clients:write',
  'client:readIdentityDocuments': null,
  'client:bulkUpdate': 'clients:write',
  'consent:record': 'clients:write',
  'classification:manage': null,
  'staff:invite': null,
  'staff:setRole': null,
  'staff:read': null,
  'tenant:manage': null,
  'apiKey:manage': null,
  'webhook:manage': 'webhooks:manage',
  'event:read': 'events:read',
  'import:run': null,
  'export:run': null,
};

describe('apiKeyCan', () => {
  it('the table lists every action', () => {
    expect(Object.keys(GRANTED_BY).sort()).toEqual([...ACTIONS].sort());
  });

  it.each(ACTIONS.flatMap((action) => API_KEY_SCOPES.map((scope) => [scope, action] as const)))('%s → %s', (scope, action) => {
    expect(apiKeyCan([scope], action)).toBe(GRANTED_BY[action] === scope);
  });

  it('all scopes together never reach staff, keys, business or identity documents', () => {
    for (const action of ['apiKey:manage', 'staff:invite', 'staff:setRole', 'tenant:manage', 'client:readIdentityDocuments', 'classification:manage'] as const) {
      expect(apiKeyCan(API_KEY_SCOPES, action)).toBe(false);
    }
  });

  it('no scopes and unknown scopes grant nothing', () => {
    for (const action of ACTIONS) {
      expect(apiKeyCan([], action)).toBe(false);
      expect(apiKeyCan(['clients:*', 'admin', 'CLIENTS:READ'], action)).toBe(false);
    }
  });

  it('names the scopes an action needs', () => {
    expect(scopesGranting('client:create')).toEqual(['clients:write']);
    expect(scopesGranting('staff:invite')).toEqual([]);
  });
});

describe('assertActorCan', () => {
  it('checks staff by role and keys by scope', () => {
    expect(actorCan({ kind: 'staff', role: 'READ_ONLY' }, 'client:read')).toBe(true);
    expect(actorCan({ kind: 'staff', role: 'READ_ONLY' }, 'client:create')).toBe(false);
    expect(actorCan({ kind: 'apiKey', scopes: ['clients:read'] }, 'client:read')).toBe(true);
    expect(actorCan({ kind: 'apiKey', scopes: ['clients:read'] }, 'client:create')).toBe(false);
  });

  it('throws FORBIDDEN naming the missing scope', () => {
    try {
      assertActorCan({ kind: 'apiKey', scopes: ['clients:read'] }, 'event:read');
      throw new Error('expected FORBIDDEN');
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect(e).toMatchObject({ code: 'FORBIDDEN', details: { action: 'event:read', requiredScopes: ['events:read'] } });
    }
    expect(() => assertActorCan({ kind: 'staff', role: 'RECEPTIONIST' }, 'client:delete')).toThrow(DomainError);
    expect(() => assertActorCan({ kind: 'staff', role: 'ADMIN' }, 'client:delete')).not.toThrow();
  });
});
