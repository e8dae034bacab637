import { graphql } from '../../../gql';

export const SaveConsentPurposeDocument = graphql(`
  mutation SaveConsentPurpose($input: ConsentPurposeInput!) {
    saveConsentPurpose(input: $input) { id key name wording wordingVersion isBuiltin isArchived }
  }
`);
