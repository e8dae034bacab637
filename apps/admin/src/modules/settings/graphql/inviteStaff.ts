import { graphql } from '../../../gql';

export const InviteStaffDocument = graphql(`
  mutation InviteStaff($input: InviteStaffInput!) {
    inviteStaff(input: $input) { id email displayName role expiresAt token }
  }
`);
