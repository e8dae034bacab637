import { graphql } from '../../../gql';

export const WebhookEndpointFieldsFragment = graphql(`
  fragment WebhookEndpointFields on WebhookEndpoint {
    id url description eventTypes enabled disabledAt disabledBy disabledReason failingSince lastSuccessAt createdAt updatedAt
  }
`);
