import { graphql } from '../../../gql';

export const DisableWebhookEndpointDocument = graphql(`
  mutation DisableWebhookEndpoint($id: UUID!) {
    disableWebhookEndpoint(id: $id) { ...WebhookEndpointFields }
  }
`);
