import { graphql } from '../../../gql';

export const DeleteTagDocument = graphql(`
  mutation DeleteTag($id: UUID!) {
    deleteTag(id: $id)
  }
`);
