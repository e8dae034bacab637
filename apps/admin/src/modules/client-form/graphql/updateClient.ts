import { graphql } from '../../../gql';

export const UpdateClientDocument = graphql(`
  mutation UpdateClient($input: UpdateClientInput!) {
    updateClient(input: $input) { ...ClientCard }
  }
`);
