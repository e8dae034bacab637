import { graphql } from '../../../gql';

export const SendTestWebhookDocument = graphql(`
  mutation SendTestWebhook($endpointId: UUID!) {
    sendTestWebhook(endpointId: $endpointId) { ...WebhookDeliveryFields }
  }
`);
