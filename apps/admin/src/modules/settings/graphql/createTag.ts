import { graphql } from '../../../gql';

export const CreateTagDocument = graphql(`
  mutation CreateTag($name: String!) {
    createTag(name: $name) { id name }
  }
`);
