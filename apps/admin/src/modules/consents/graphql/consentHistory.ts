import { graphql } from '../../../gql';

export const ConsentHistoryDocument = graphql(`
  query ConsentHistory($clientId: UUID!) {
    consentHistory(clientId: $clientId) { id purposeKey granted method wording wordingVersion evidence recordedAt }
  }
`);
