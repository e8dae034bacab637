import { graphql } from '../../../gql';

export const RedeliverWebhookDocument = graphql(`
  mutation RedeliverWebhook($deliveryId: UUID!) {
    redeliverWebhook(deliveryId: $deliveryId) { ...WebhookDeliveryFields }
  }
`);
