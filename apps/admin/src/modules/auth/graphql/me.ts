import { graphql } from '../../../gql';

export const MeDocument = graphql(`
  query Me {
    me {
      id
      email
      displayName
      role
      business { id name }
      can {
        readClients createClients updateClients deleteClients restoreClients bulkUpdateClients
        readIdentityDocuments recordConsents manageClassification readStaff inviteStaff setStaffRoles manageBusiness
        manageApiKeys manageWebhooks
      }
    }
  }
`);
