import { graphql } from '../../../gql';

export const UpdateStaffMemberDocument = graphql(`
  mutation UpdateStaffMember($input: UpdateStaffMemberInput!) {
    updateStaffMember(input: $input) { id role acceptsVisits isActive }
  }
`);
