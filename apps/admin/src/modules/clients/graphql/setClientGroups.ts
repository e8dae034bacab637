import { graphql } from '../../../gql';

export const SetClientGroupsDocument = graphql(`
  mutation SetClientGroups($clientIds: [UUID!]!, $groupIds: [UUID!]!, $change: MembershipChange!) {
    setClientGroups(clientIds: $clientIds, groupIds: $groupIds, change: $change)
  }
`);
