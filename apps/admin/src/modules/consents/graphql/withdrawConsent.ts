import { graphql } from '../../../gql';

export const WithdrawConsentDocument = graphql(`
  mutation WithdrawConsent($clientId: UUID!, $purposeKey: String!) {
    withdrawConsent(clientId: $clientId, purposeKey: $purposeKey) { granted method since purpose { id key } }
  }
`);
