import { graphql } from '../../../gql';

export const CreateClientDocument = graphql(`
  mutation CreateClient($input: CreateClientInput!) {
    createClient(input: $input) { ...ClientCard }
  }
`);
