import { graphql } from '../../../gql';

export const SetClientGroupsDocument = graphql(`
  mutation SetClientGroups($clientIds: [ID!]!, $groupIds: [ID!]!, $change: MembershipChange!) {
    setClientGroups(clientIds: $clientIds, groupIds: $groupIds, change: $change)
  }
`);
