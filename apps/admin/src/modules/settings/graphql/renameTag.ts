import { graphql } from '../../../gql';

export const RenameTagDocument = graphql(`
  mutation RenameTag($id: UUID!, $name: String!) {
    renameTag(id: $id, name: $name) { id name }
  }
`);
