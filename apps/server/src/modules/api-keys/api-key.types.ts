import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { StaffRefType } from '../client/client.types';

export enum ApiKeyScopeEnum {
  CLIENTS_READ = 'clients:read',
  CLIENTS_WRITE = 'clients:write',
  EVENTS_READ = 'events:read',
  WEBHOOKS_MANAGE = 'webhooks:manage',
}
registerEnumType(ApiKeyScopeEnum, {
  name: 'ApiKeyScope',
  description: 'What a partner app may do with an API key.',
  valuesConfig: {
    CLIENTS_READ: { description: 'clients:read: read clients, search, duplicates.' },
    CLIENTS_WRITE: { description: 'clients:write: create, update, delete and restore clients; record consents (method API).' },
    EVENTS_READ: { description: 'events:read: subscriptions and replay of events (`events`).' },
    WEBHOOKS_MANAGE: { description: 'webhooks:manage: create and change webhook endpoints, read their delivery log.' },
  },
});

@ObjectType('ApiKey', { description: 'A partner app\'s key. The secret is shown once, when the key is created.' })
export class ApiKeyType {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field({ description: 'The start of the key ("kt_ab12cd34ef56_…"): enough to recognise it, useless to use.' }) prefix: string;
  @Field(() => [ApiKeyScopeEnum]) scopes: ApiKeyScopeEnum[];
  @Field(() => Int) rateLimitPerMinute: number;
  @Field(() => StaffRefType, { nullable: true }) createdBy: StaffRefType | null;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true, description: 'Updated at most once a minute.' }) lastUsedAt: Date | null;
  @Field(() => Date, { nullable: true }) revokedAt: Date | null;
}

@ObjectType('CreatedApiKey')
export class CreatedApiKeyType {
  @Field(() => ApiKeyType) apiKey: ApiKeyType;
  @Field({ description: 'The whole key, `kt_<prefix>_<secret>`. Shown only now: store it in the partner app.' }) secret: string;
}

@InputType()
export class CreateApiKeyInput {
  @Field() name: string;
  @Field(() => [ApiKeyScopeEnum]) scopes: ApiKeyScopeEnum[];
  @Field(() => Int, { nullable: true, description: 'Requests a minute; 600 when not given (1 – 10,000).' }) rateLimitPerMinute?: number | null;
}
