import { graphql } from '../../../gql';

export const AllCustomFieldsDocument = graphql(`
  query AllCustomFields {
    customFields(includeArchived: true) { id key label type options required appliesTo position isArchived }
  }
`);
