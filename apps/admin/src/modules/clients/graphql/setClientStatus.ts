import { graphql } from '../../../gql';

export const SetClientStatusDocument = graphql(`
  mutation SetClientStatus($ids: [UUID!]!, $status: ClientStatus!) {
    setClientStatus(ids: $ids, status: $status) { id status version updatedAt }
  }
`);
