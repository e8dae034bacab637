import { graphql } from '../../../gql';

export const UpdateSourceDocument = graphql(`
  mutation UpdateSource($id: UUID!, $name: String!, $isArchived: Boolean) {
    updateSource(id: $id, name: $name, isArchived: $isArchived) { id name isArchived }
  }
`);
