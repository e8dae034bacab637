import type { ApiKeyScope as DomainApiKeyScope } from '@kartoteka/domain';
import type { ApiKeyScope } from '../../gql/graphql';

/**
 * Every value of the schema's `ApiKeyScope` enum with the scope name partners read in the docs. `Record` makes a
 * scope added to the schema a compile error here until it is listed, and `satisfies` refuses one the schema lacks.
 */
export const API_KEY_SCOPE_NAMES = {
  CLIENTS_READ: 'clients:read',
  CLIENTS_WRITE: 'clients:write',
  EVENTS_READ: 'events:read',
  WEBHOOKS_MANAGE: 'webhooks:manage',
} as const satisfies Record<ApiKeyScope, DomainApiKeyScope>;

export const API_KEY_SCOPE_LIST = Object.keys(API_KEY_SCOPE_NAMES) as ApiKeyScope[];
