import { graphql } from '../../../gql';

export const SaveCustomFieldDocument = graphql(`
  mutation SaveCustomField($input: CustomFieldDefinitionInput!) {
    saveCustomField(input: $input) { id key label type options required appliesTo position isArchived }
  }
`);
