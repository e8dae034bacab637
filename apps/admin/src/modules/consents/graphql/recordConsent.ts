import { graphql } from '../../../gql';

export const RecordConsentDocument = graphql(`
  mutation RecordConsent($input: RecordConsentInput!) {
    recordConsent(input: $input) { granted method since wordingVersion purpose { id key } }
  }
`);
