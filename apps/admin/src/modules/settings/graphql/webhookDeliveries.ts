import { graphql } from '../../../gql';

export const WebhookDeliveriesDocument = graphql(`
  query WebhookDeliveries($endpointId: UUID!, $first: Int!, $after: String, $status: WebhookDeliveryStatus) {
    webhookDeliveries(endpointId: $endpointId, first: $first, after: $after, status: $status) {
      pageInfo { hasNextPage endCursor }
      edges { cursor node { ...WebhookDeliveryFields } }
    }
  }
`);
