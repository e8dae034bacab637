import { graphql } from '../../../gql';

export const CreateSourceDocument = graphql(`
  mutation CreateSource($name: String!) {
    createSource(name: $name) { id name isArchived }
  }
`);
