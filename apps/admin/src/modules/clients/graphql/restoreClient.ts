import { graphql } from '../../../gql';

export const RestoreClientDocument = graphql(`
  mutation RestoreClient($id: UUID!) {
    restoreClient(id: $id) { id deletedAt version }
  }
`);
