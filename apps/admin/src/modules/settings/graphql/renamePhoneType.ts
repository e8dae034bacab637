import { graphql } from '../../../gql';

export const RenamePhoneTypeDocument = graphql(`
  mutation RenamePhoneType($id: ID!, $name: String!) {
    renamePhoneType(id: $id, name: $name) { id name }
  }
`);
