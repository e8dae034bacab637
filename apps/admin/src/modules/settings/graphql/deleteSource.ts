import { graphql } from '../../../gql';

export const DeleteSourceDocument = graphql(`
  mutation DeleteSource($id: UUID!) {
    deleteSource(id: $id)
  }
`);
