import { graphql } from '../../../gql';

export const DeleteSourceDocument = graphql(`
  mutation DeleteSource($id: ID!) {
    deleteSource(id: $id)
  }
`);
