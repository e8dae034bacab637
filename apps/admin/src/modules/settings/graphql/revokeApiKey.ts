import { graphql } from '../../../gql';

export const RevokeApiKeyDocument = graphql(`
  mutation RevokeApiKey($id: UUID!) {
    revokeApiKey(id: $id) { ...ApiKeyFields }
  }
`);
