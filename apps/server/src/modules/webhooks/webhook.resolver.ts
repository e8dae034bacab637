import DataLoader from 'dataloader';
import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { UUIDScalar } from '../../graphql/common/scalars';
import type { RequestContext } from '../../graphql/context';
import { requireViewer } from '../../graphql/require-viewer';
import { disabledByOf } from './webhook-disable-reason';
import { encodeDeliveryCursor, type WebhookAttemptRow, type WebhookDeliveryRow, type WebhookEndpointRow } from './webhook.service';
import {
  CreateWebhookEndpointInput, UpdateWebhookEndpointInput, WebhookAttemptType, WebhookDeliveryConnectionType,
  WebhookDeliveryStatusEnum, WebhookDeliveryType, WebhookDisabledByEnum, WebhookEndpointType, WebhookEndpointWithSecretType,
} from './webhook.types';

function mapEndpoint(row: WebhookEndpointRow): WebhookEndpointType {
  return {
    id: row.id, url: row.url, description: row.description, eventTypes: row.eventTypes, enabled: !row.disabledAt,
    disabledAt: row.disabledAt, disabledReason: row.disabledReason,
    disabledBy: disabledByOf(row.disabledAt, row.disabledReason) as WebhookDisabledByEnum | null, failingSince: row.failingSince,
    lastSuccessAt: row.lastSuccessAt, createdAt: row.createdAt, updatedAt: row.updatedAt,
  };
}

function mapDelivery({ seqText: _seq, ...row }: WebhookDeliveryRow): WebhookDeliveryType {
  return { ...row, status: row.status as WebhookDeliveryStatusEnum };
}

// the attempts of a page of deliveries are loaded in one query per request
const attemptLoaders = new WeakMap<RequestContext, DataLoader<string, WebhookAttemptRow[]>>();
function attemptsLoader(ctx: RequestContext): DataLoader<string, WebhookAttemptRow[]> {
  let loader = attemptLoaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const rows = await ctx.services.webhooks.attemptsOf(requireViewer(ctx), ids);
      return ids.map((id) => rows.filter((r) => r.deliveryId === id));
    });
    attemptLoaders.set(ctx, loader);
  }
  return loader;
}

@Resolver()
export class WebhookResolver {
  @Query(() => [String], { description: 'The event types an endpoint can ask for.' })
  webhookEventTypes(@Ctx() ctx: RequestContext): string[] {
    return ctx.services.webhooks.eventTypes();
  }

  @Query(() => [WebhookEndpointType])
  async webhookEndpoints(@Ctx() ctx: RequestContext): Promise<WebhookEndpointType[]> {
    return (await ctx.services.webhooks.listEndpoints(requireViewer(ctx))).map(mapEndpoint);
  }

  @Query(() => WebhookEndpointType, { nullable: true })
  async webhookEndpoint(@Arg('id', () => UUIDScalar) id: string, @Ctx() ctx: RequestContext): Promise<WebhookEndpointType | null> {
    const row = await ctx.services.webhooks.getEndpoint(requireViewer(ctx), id);
    return row ? mapEndpoint(row) : null;
  }

  @Query(() => WebhookDeliveryConnectionType, { description: 'The delivery log of one endpoint, newest first (at most 100 a page).' })
  async webhookDeliveries(
    @Arg('endpointId', () => UUIDScalar) endpointId: string,
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { defaultValue: 20 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('status', () => WebhookDeliveryStatusEnum, { nullable: true }) status?: WebhookDeliveryStatusEnum | null,
  ): Promise<WebhookDeliveryConnectionType> {
    const page = await ctx.services.webhooks.listDeliveries(requireViewer(ctx), endpointId, { first, after, status });
    const edges = page.deliveries.map((d) => ({ cursor: encodeDeliveryCursor(d.seqText), node: mapDelivery(d) }));
    return {
      edges,
      pageInfo: { hasNextPage: page.hasNextPage, hasPreviousPage: Boolean(after), startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }

  @Query(() => WebhookDeliveryType, { nullable: true })
  async webhookDelivery(@Arg('id', () => UUIDScalar) id: string, @Ctx() ctx: RequestContext): Promise<WebhookDeliveryType | null> {
    const row = await ctx.services.webhooks.getDelivery(requireViewer(ctx), id);
    return row ? mapDelivery(row) : null;
  }

  @Mutation(() => WebhookEndpointWithSecretType, { description: 'Adds an endpoint; the answer carries its signing secret, shown only now.' })
  async createWebhookEndpoint(@Arg('input') input: CreateWebhookEndpointInput, @Ctx() ctx: RequestContext): Promise<WebhookEndpointWithSecretType> {
    const r = await ctx.services.webhooks.create(requireViewer(ctx), {
      url: input.url, eventTypes: input.eventTypes, description: input.description ?? null,
    });
    return { endpoint: mapEndpoint(r.endpoint), secret: r.secret };
  }

  @Mutation(() => WebhookEndpointType)
  async updateWebhookEndpoint(@Arg('input') input: UpdateWebhookEndpointInput, @Ctx() ctx: RequestContext): Promise<WebhookEndpointType> {
    const patch: { url?: string; eventTypes?: string[]; description?: string | null } = {};
    if (input.url != null) patch.url = input.url;
    if (input.eventTypes != null) patch.eventTypes = input.eventTypes;
    if (input.description !== undefined) patch.description = input.description;
    return mapEndpoint(await ctx.services.webhooks.update(requireViewer(ctx), input.id, patch));
  }

  @Mutation(() => Boolean, { description: 'Deletes an endpoint and its delivery log.' })
  deleteWebhookEndpoint(@Arg('id', () => UUIDScalar) id: string, @Ctx() ctx: RequestContext): Promise<boolean> {
    return ctx.services.webhooks.delete(requireViewer(ctx), id);
  }

  @Mutation(() => WebhookEndpointWithSecretType, { description: 'A new signing secret; the old one keeps signing alongside it for 24 hours.' })
  async rotateWebhookSecret(@Arg('id', () => UUIDScalar) id: string, @Ctx() ctx: RequestContext): Promise<WebhookEndpointWithSecretType> {
    const r = await ctx.services.webhooks.rotateSecret(requireViewer(ctx), id);
    return { endpoint: mapEndpoint(r.endpoint), secret: r.secret };
  }

  @Mutation(() => WebhookEndpointType, { description: 'Re-enables a disabled endpoint (new events are sent again; resend missed ones with redeliverWebhook).' })
  async enableWebhookEndpoint(@Arg('id', () => UUIDScalar) id: string, @Ctx() ctx: RequestContext): Promise<WebhookEndpointType> {
    return mapEndpoint(await ctx.services.webhooks.setEnabled(requireViewer(ctx), id, true));
  }

  @Mutation(() => WebhookEndpointType, { description: 'Pauses an endpoint: no deliveries until it is enabled again.' })
  async disableWebhookEndpoint(@Arg('id', () => UUIDScalar) id: string, @Ctx() ctx: RequestContext): Promise<WebhookEndpointType> {
    return mapEndpoint(await ctx.services.webhooks.setEnabled(requireViewer(ctx), id, false));
  }

  @Mutation(() => WebhookDeliveryType, { description: 'Sends a webhook.test event to the endpoint now (one attempt); watch its delivery.' })
  async sendTestWebhook(@Arg('endpointId', () => UUIDScalar) endpointId: string, @Ctx() ctx: RequestContext): Promise<WebhookDeliveryType> {
    return mapDelivery(await ctx.services.webhooks.sendTest(requireViewer(ctx), endpointId));
  }

  @Mutation(() => WebhookDeliveryType, { description: 'Sends a delivery\'s event again, as a new delivery with the same webhook-id.' })
  async redeliverWebhook(@Arg('deliveryId', () => UUIDScalar) deliveryId: string, @Ctx() ctx: RequestContext): Promise<WebhookDeliveryType> {
    return mapDelivery(await ctx.services.webhooks.redeliver(requireViewer(ctx), deliveryId));
  }
}

@Resolver(() => WebhookDeliveryType)
export class WebhookDeliveryFieldsResolver {
  @FieldResolver(() => [WebhookAttemptType], { description: 'Every attempt, oldest first.' })
  attempts(@Root() delivery: WebhookDeliveryType, @Ctx() ctx: RequestContext): Promise<WebhookAttemptRow[]> {
    return attemptsLoader(ctx).load(delivery.id);
  }
}
