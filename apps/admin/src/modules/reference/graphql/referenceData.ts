import { graphql } from '../../../gql';

/** The business's lists every client screen needs (filters, selects, labels); cached for the session. */
export const ReferenceDataDocument = graphql(`
  query ReferenceData {
    groups { id name color }
    tags { id name }
    sources { id name isArchived }
    phoneTypes { id name }
    consentPurposes { id key name wording wordingVersion isBuiltin isArchived }
    customFields { id key label type options required appliesTo position isArchived }
    staffMembers { id displayName acceptsVisits isActive role email createdAt }
  }
`);
