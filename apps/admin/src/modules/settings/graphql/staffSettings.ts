import { graphql } from '../../../gql';

export const StaffSettingsDocument = graphql(`
  query StaffSettings {
    staffMembers { id displayName email role acceptsVisits isActive createdAt }
    openInvitations { id email displayName role expiresAt }
  }
`);
