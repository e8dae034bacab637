import { graphql } from '../../../gql';

export const QuickCreateClientDocument = graphql(`
  mutation QuickCreateClient($input: QuickCreateClientInput!) {
    quickCreateClient(input: $input) { id displayName number }
  }
`);
