import { graphql } from '../../../gql';

export const SetClientTagsDocument = graphql(`
  mutation SetClientTags($clientIds: [ID!]!, $tagIds: [ID!]!, $change: MembershipChange!) {
    setClientTags(clientIds: $clientIds, tagIds: $tagIds, change: $change)
  }
`);
