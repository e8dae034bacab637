import { graphql } from '../../../gql';

export const DeleteClientDocument = graphql(`
  mutation DeleteClient($id: ID!) {
    deleteClient(id: $id) { id deletedAt version }
  }
`);
