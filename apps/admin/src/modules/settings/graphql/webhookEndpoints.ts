import { graphql } from '../../../gql';

export const WebhookEndpointsDocument = graphql(`
  query WebhookEndpoints {
    webhookEndpoints { ...WebhookEndpointFields }
    webhookEventTypes
  }
`);
