import { graphql } from '../../../gql';

export const DeleteClientDocument = graphql(`
  mutation DeleteClient($id: UUID!) {
    deleteClient(id: $id) { id deletedAt version }
  }
`);
