import { graphql } from '../../../gql';

export const UpdateGroupDocument = graphql(`
  mutation UpdateGroup($id: UUID!, $name: String!, $color: String) {
    updateGroup(id: $id, name: $name, color: $color) { id name color }
  }
`);
