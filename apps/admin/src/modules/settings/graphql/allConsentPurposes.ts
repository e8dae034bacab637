import { graphql } from '../../../gql';

export const AllConsentPurposesDocument = graphql(`
  query AllConsentPurposes {
    consentPurposes(includeArchived: true) { id key name wording wordingVersion isBuiltin isArchived }
  }
`);
