import { graphql } from '../../../gql';

export const RestoreClientDocument = graphql(`
  mutation RestoreClient($id: ID!) {
    restoreClient(id: $id) { id deletedAt version }
  }
`);
