import { graphql } from '../../../gql';

export const RotateWebhookSecretDocument = graphql(`
  mutation RotateWebhookSecret($id: UUID!) {
    rotateWebhookSecret(id: $id) { secret endpoint { ...WebhookEndpointFields } }
  }
`);
