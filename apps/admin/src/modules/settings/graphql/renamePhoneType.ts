import { graphql } from '../../../gql';

export const RenamePhoneTypeDocument = graphql(`
  mutation RenamePhoneType($id: UUID!, $name: String!) {
    renamePhoneType(id: $id, name: $name) { id name }
  }
`);
