import { graphql } from '../../../gql';

export const ApiKeysDocument = graphql(`
  query ApiKeys($includeRevoked: Boolean!) {
    apiKeys(includeRevoked: $includeRevoked) { ...ApiKeyFields }
  }
`);
