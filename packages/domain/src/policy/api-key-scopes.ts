import { DomainError } from '../errors';
import { can, type Action, type Role } from './policy';

/**
 * What a partner app's API key may do (F9.2). A key carries scopes, never a role: each scope grants a short,
 * fixed list of actions of the same policy table the staff roles use, so one `assertActorCan` guards every use
 * case whoever calls it. Deliberately absent from every scope: reading identity documents, managing staff,
 * API keys, classification or the business itself (a key cannot mint keys or raise its own rights).
 */
export const API_KEY_SCOPES = ['clients:read', 'clients:write', 'events:read', 'webhooks:manage'] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

const SCOPE_ACTIONS: Record<ApiKeyScope, readonly Action[]> = {
  'clients:read': ['client:read'],
  'clients:write': ['client:create', 'client:update', 'client:delete', 'client:restore', 'client:bulkUpdate', 'consent:record'],
  'events:read': ['event:read'],
  'webhooks:manage': ['webhook:manage'],
};

export function isApiKeyScope(value: unknown): value is ApiKeyScope {
  return typeof value === 'string' && (API_KEY_SCOPES as readonly string[]).includes(value);
}

/** Unknown scope strings (a key stored before a scope was retired) grant nothing. */
export function apiKeyCan(scopes: readonly string[], action: Action): boolean {
  return scopes.some((s) => isApiKeyScope(s) && SCOPE_ACTIONS[s].includes(action));
}

/** The scopes that would allow an action: told to a partner whose key lacks them. */
export function scopesGranting(action: Action): ApiKeyScope[] {
  return API_KEY_SCOPES.filter((s) => SCOPE_ACTIONS[s].includes(action));
}

/** Whoever calls the API: a staff member with a role, or a partner app with an API key's scopes. */
export type Actor = { kind: 'staff'; role: Role } | { kind: 'apiKey'; scopes: readonly string[] };

export function actorCan(actor: Actor, action: Action): boolean {
  return actor.kind === 'staff' ? can(actor.role, action) : apiKeyCan(actor.scopes, action);
}

/** The one permission check of every use case, for staff and API keys alike. */
export function assertActorCan(actor: Actor, action: Action): void {
  if (actorCan(actor, action)) return;
  if (actor.kind === 'staff') {
    throw new DomainError('FORBIDDEN', `Role ${actor.role} may not ${action}`, [], { role: actor.role, action });
  }
  const required = scopesGranting(action);
  throw new DomainError(
    'FORBIDDEN',
    required.length
      ? `This API key may not ${action}: it needs the scope ${required.join(' or ')}.`
      : `API keys may not ${action}; a staff member has to do it.`,
    [],
    { action, requiredScopes: required },
  );
}
