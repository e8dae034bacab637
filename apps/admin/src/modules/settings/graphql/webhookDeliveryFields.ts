import { graphql } from '../../../gql';

export const WebhookDeliveryFieldsFragment = graphql(`
  fragment WebhookDeliveryFields on WebhookDelivery {
    id endpointId eventId eventType status isTest redeliveryOf attemptCount createdAt lastAttemptAt nextAttemptAt completedAt
    lastStatusCode lastError
    attempts { id attemptNumber attemptedAt durationMs statusCode succeeded error responseExcerpt }
  }
`);
