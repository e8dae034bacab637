import { graphql } from '../../../gql';

export const ApiKeyFieldsFragment = graphql(`
  fragment ApiKeyFields on ApiKey {
    id name prefix scopes rateLimitPerMinute createdAt lastUsedAt revokedAt
    createdBy { id displayName }
  }
`);
