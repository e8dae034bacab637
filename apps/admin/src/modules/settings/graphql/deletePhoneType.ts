import { graphql } from '../../../gql';

export const DeletePhoneTypeDocument = graphql(`
  mutation DeletePhoneType($id: ID!) {
    deletePhoneType(id: $id)
  }
`);
