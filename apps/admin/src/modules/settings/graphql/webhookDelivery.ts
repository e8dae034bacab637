import { graphql } from '../../../gql';

export const WebhookDeliveryDocument = graphql(`
  query WebhookDelivery($id: UUID!) {
    webhookDelivery(id: $id) { ...WebhookDeliveryFields }
  }
`);
