import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { UUIDScalar } from '../../graphql/common/scalars';
import { PageInfoType } from '../client/client.connection';

export enum WebhookDeliveryStatusEnum { PENDING = 'PENDING', SUCCEEDED = 'SUCCEEDED', FAILED = 'FAILED' }
registerEnumType(WebhookDeliveryStatusEnum, {
  name: 'WebhookDeliveryStatus',
  description: 'PENDING: not yet delivered (attempts go on until about three days); SUCCEEDED: a 2xx answer; FAILED: gave up.',
});

export enum WebhookDisabledByEnum { AUTOMATIC = 'AUTOMATIC', STAFF = 'STAFF' }
registerEnumType(WebhookDisabledByEnum, {
  name: 'WebhookDisabledBy',
  description: 'Who disabled an endpoint: AUTOMATIC after every attempt failed for the whole retry schedule (about three days); STAFF by hand.',
});

@ObjectType('WebhookEndpoint')
export class WebhookEndpointType {
  @Field(() => ID) id: string;
  @Field() url: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => [String]) eventTypes: string[];
  @Field({ description: 'False once disabled, by hand or automatically after failing for the whole retry schedule.' }) enabled: boolean;
  @Field(() => Date, { nullable: true }) disabledAt: Date | null;
  @Field(() => String, { nullable: true, description: 'Why it was disabled: show this to the user.' }) disabledReason: string | null;
  @Field(() => WebhookDisabledByEnum, { nullable: true, description: 'Which known cause disabled it (null while enabled): branch on this, not on disabledReason.' })
  disabledBy: WebhookDisabledByEnum | null;
  @Field(() => Date, { nullable: true, description: 'Set while every attempt fails; cleared by the next success.' }) failingSince: Date | null;
  @Field(() => Date, { nullable: true }) lastSuccessAt: Date | null;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
}

@ObjectType('WebhookEndpointWithSecret')
export class WebhookEndpointWithSecretType {
  @Field(() => WebhookEndpointType) endpoint: WebhookEndpointType;
  @Field({ description: 'The signing secret (whsec_…). Shown only now, on create and on rotate.' }) secret: string;
}

@ObjectType('WebhookAttempt', { description: 'One HTTP request of a delivery.' })
export class WebhookAttemptType {
  @Field(() => ID) id: string;
  @Field(() => Int) attemptNumber: number;
  @Field() attemptedAt: Date;
  @Field(() => Int) durationMs: number;
  @Field(() => Int, { nullable: true, description: 'Null when no answer came (timeout, refused connection, DNS).' }) statusCode: number | null;
  @Field(() => String, { nullable: true }) error: string | null;
  @Field(() => String, { nullable: true, description: 'The first 1,000 characters of the answer.' }) responseExcerpt: string | null;
  @Field() succeeded: boolean;
}

@ObjectType('WebhookDelivery', { description: 'One event sent (or being sent) to one endpoint.' })
export class WebhookDeliveryType {
  @Field(() => ID) id: string;
  @Field(() => ID) endpointId: string;
  @Field(() => ID, { description: 'The event id, sent as `webhook-id`.' }) eventId: string;
  @Field() eventType: string;
  @Field() isTest: boolean;
  @Field(() => WebhookDeliveryStatusEnum) status: WebhookDeliveryStatusEnum;
  @Field(() => Int) attemptCount: number;
  @Field(() => Date, { nullable: true, description: 'When the next attempt is due (PENDING only).' }) nextAttemptAt: Date | null;
  @Field(() => Date, { nullable: true }) lastAttemptAt: Date | null;
  @Field(() => Int, { nullable: true }) lastStatusCode: number | null;
  @Field(() => String, { nullable: true }) lastError: string | null;
  @Field(() => ID, { nullable: true, description: 'The delivery this one resends (redeliverWebhook).' }) redeliveryOf: string | null;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) completedAt: Date | null;
}

@ObjectType('WebhookDeliveryEdge')
export class WebhookDeliveryEdgeType {
  @Field() cursor: string;
  @Field(() => WebhookDeliveryType) node: WebhookDeliveryType;
}

@ObjectType('WebhookDeliveryConnection', { description: 'Newest first.' })
export class WebhookDeliveryConnectionType {
  @Field(() => [WebhookDeliveryEdgeType]) edges: WebhookDeliveryEdgeType[];
  @Field(() => PageInfoType) pageInfo: PageInfoType;
}

@InputType()
export class CreateWebhookEndpointInput {
  @Field({ description: 'https only (http://localhost outside production); private addresses are refused in production.' }) url: string;
  @Field(() => [String], { description: 'Event types to send (see webhookEventTypes).' }) eventTypes: string[];
  @Field(() => String, { nullable: true }) description?: string | null;
}

@InputType()
export class UpdateWebhookEndpointInput {
  @Field(() => UUIDScalar) id: string;
  @Field(() => String, { nullable: true }) url?: string | null;
  @Field(() => [String], { nullable: true }) eventTypes?: string[] | null;
  @Field(() => String, { nullable: true, description: 'Send "" to clear.' }) description?: string | null;
}
