import { graphql } from '../../../gql';

export const CreateGroupDocument = graphql(`
  mutation CreateGroup($name: String!, $color: String) {
    createGroup(name: $name, color: $color) { id name color }
  }
`);
