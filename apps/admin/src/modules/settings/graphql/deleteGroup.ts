import { graphql } from '../../../gql';

export const DeleteGroupDocument = graphql(`
  mutation DeleteGroup($id: UUID!) {
    deleteGroup(id: $id)
  }
`);
