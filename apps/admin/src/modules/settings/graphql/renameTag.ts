import { graphql } from '../../../gql';

export const RenameTagDocument = graphql(`
  mutation RenameTag($id: ID!, $name: String!) {
    renameTag(id: $id, name: $name) { id name }
  }
`);
