import { graphql } from '../../../gql';

export const DeletePhoneTypeDocument = graphql(`
  mutation DeletePhoneType($id: UUID!) {
    deletePhoneType(id: $id)
  }
`);
