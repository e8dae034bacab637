import { graphql } from '../../../gql';

export const SetClientTagsDocument = graphql(`
  mutation SetClientTags($clientIds: [UUID!]!, $tagIds: [UUID!]!, $change: MembershipChange!) {
    setClientTags(clientIds: $clientIds, tagIds: $tagIds, change: $change)
  }
`);
