import { graphql } from '../../../gql';

export const CreatePhoneTypeDocument = graphql(`
  mutation CreatePhoneType($name: String!) {
    createPhoneType(name: $name) { id name }
  }
`);
