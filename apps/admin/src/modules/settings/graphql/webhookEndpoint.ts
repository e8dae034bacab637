import { graphql } from '../../../gql';

export const WebhookEndpointDocument = graphql(`
  query WebhookEndpoint($id: UUID!) {
    webhookEndpoint(id: $id) { ...WebhookEndpointFields }
    webhookEventTypes
  }
`);
