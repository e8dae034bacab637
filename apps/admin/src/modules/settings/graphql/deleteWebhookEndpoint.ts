import { graphql } from '../../../gql';

export const DeleteWebhookEndpointDocument = graphql(`
  mutation DeleteWebhookEndpoint($id: UUID!) {
    deleteWebhookEndpoint(id: $id)
  }
`);
