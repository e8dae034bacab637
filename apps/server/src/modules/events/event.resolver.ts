import { assertActorCan, EVENT_PAGE_DEFAULT } from '@kartoteka/domain';
import { Arg, Ctx, Int, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { requireViewer } from '../../graphql/require-viewer';
import type { EventRecord } from './event-record';
import { checkEventTypes } from './event.service';
import { EventConnectionType, EventType, mapEvent } from './event.types';

/** A live feed of the viewer's own business only: the hub is keyed by the tenant of the authenticated viewer. */
function subscribeTo(ctx: RequestContext, types: readonly string[] | null): AsyncIterable<EventRecord> {
  const viewer = requireViewer(ctx);
  assertActorCan(viewer, 'event:read');
  return ctx.services.eventHub.subscribe(viewer.tenantId, types);
}

@Resolver()
export class EventResolver {
  @Query(() => EventConnectionType, {
    description: 'Every event after a cursor, oldest first, in commit order (kept at least 30 days). Without `after`: from the oldest kept.',
  })
  async events(
    @Ctx() ctx: RequestContext,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('first', () => Int, { defaultValue: EVENT_PAGE_DEFAULT, description: 'At most 500.' }) first?: number,
    @Arg('types', () => [String], { nullable: true, description: 'Only these event types.' }) types?: string[] | null,
  ): Promise<EventConnectionType> {
    const page = await ctx.services.events.replay(requireViewer(ctx), { after, first, types });
    return {
      edges: page.events.map((e) => ({ cursor: e.cursor, node: mapEvent(e) })),
      pageInfo: {
        hasNextPage: page.hasNextPage, hasPreviousPage: Boolean(after),
        startCursor: page.events[0]?.cursor ?? null, endCursor: page.endCursor,
      },
    };
  }

  @Subscription(() => EventType, { description: 'Clients created in this business.', subscribe: ({ context }) => subscribeTo(context, ['client.created']) })
  clientCreated(@Root() event: EventRecord): EventType {
    return mapEvent(event);
  }

  @Subscription(() => EventType, {
    description: 'Clients changed in this business (payload.changes lists the fields).',
    subscribe: ({ context }) => subscribeTo(context, ['client.updated']),
  })
  clientUpdated(@Root() event: EventRecord): EventType {
    return mapEvent(event);
  }

  @Subscription(() => EventType, { description: 'Clients deleted in this business.', subscribe: ({ context }) => subscribeTo(context, ['client.deleted']) })
  clientDeleted(@Root() event: EventRecord): EventType {
    return mapEvent(event);
  }

  @Subscription(() => EventType, {
    name: 'events',
    description: 'Every event of this business (or only `types`). Keep the last cursor: after a reconnect, events(after:) fills the gap.',
    subscribe: ({ context, args }) => subscribeTo(context, checkEventTypes((args as { types?: string[] | null }).types)),
  })
  eventStream(
    @Root() event: EventRecord,
    @Arg('types', () => [String], { nullable: true }) _types?: string[] | null,
  ): EventType {
    return mapEvent(event);
  }
}
