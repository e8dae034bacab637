import { graphql } from '../../../gql';

export const EnableWebhookEndpointDocument = graphql(`
  mutation EnableWebhookEndpoint($id: UUID!) {
    enableWebhookEndpoint(id: $id) { ...WebhookEndpointFields }
  }
`);
