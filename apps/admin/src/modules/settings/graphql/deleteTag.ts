import { graphql } from '../../../gql';

export const DeleteTagDocument = graphql(`
  mutation DeleteTag($id: ID!) {
    deleteTag(id: $id)
  }
`);
