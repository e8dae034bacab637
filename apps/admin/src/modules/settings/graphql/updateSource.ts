import { graphql } from '../../../gql';

export const UpdateSourceDocument = graphql(`
  mutation UpdateSource($id: ID!, $name: String!, $isArchived: Boolean) {
    updateSource(id: $id, name: $name, isArchived: $isArchived) { id name isArchived }
  }
`);
