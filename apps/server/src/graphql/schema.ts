import 'reflect-metadata';
import { createPubSub } from '@graphql-yoga/subscription';
import type { GraphQLSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { ClassificationResolver } from '../modules/classification/classification.resolver';
import { ClientConnectionResolver, ClientFieldsResolver } from '../modules/client/client-fields.resolver';
import { ClientResolver } from '../modules/client/client.resolver';
import { ConsentRecordFieldsResolver, ConsentResolver } from '../modules/consent/consent.resolver';
import { ApiKeyResolver } from '../modules/api-keys/api-key.resolver';
import { EventResolver } from '../modules/events/event.resolver';
import { AuthResolver } from '../modules/staff/auth.resolver';
import { WebhookDeliveryFieldsResolver, WebhookResolver } from '../modules/webhooks/webhook.resolver';

export const RESOLVERS = [
  AuthResolver, ClientResolver, ClientFieldsResolver, ClientConnectionResolver, ClassificationResolver, ConsentResolver, ConsentRecordFieldsResolver,
  ApiKeyResolver, EventResolver, WebhookResolver, WebhookDeliveryFieldsResolver,
] as const;

let cached: GraphQLSchema | null = null;

/** type-graphql keeps its metadata globally, so the schema is built once per process. */
export function buildAppSchema(): GraphQLSchema {
  cached ??= buildSchemaSync({
    resolvers: [...RESOLVERS] as unknown as [Function, ...Function[]],
    validate: false,
    emitSchemaFile: false,
    // required by type-graphql once there are subscriptions; ours subscribe to the event hub themselves
    pubSub: createPubSub(),
  });
  return cached;
}
