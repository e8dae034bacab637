import { Field, ID, ObjectType } from 'type-graphql';
import { JSONScalar } from '../../graphql/common/scalars';
import { PageInfoType } from '../client/client.connection';
import type { EventRecord } from './event-record';

@ObjectType('Event', { description: 'Something that happened to a client of this business, as partners receive it.' })
export class EventType {
  @Field(() => ID, { description: 'Stable across subscription, webhook (`webhook-id`) and replay: deduplicate on it.' }) id: string;
  @Field({ description: 'client.created, client.updated, client.deleted, client.restored, client.merged, client.erased, consent.changed.' })
  type: string;
  @Field({ description: 'When the change was made (its transaction\'s start).' }) occurredAt: Date;
  @Field(() => ID, { nullable: true }) clientId: string | null;
  @Field(() => JSONScalar, {
    description: 'client.created: {clientId, version, createdVia, client}; client.updated: {clientId, version, changes: [{field, from, to}]}; '
      + 'client.deleted / client.restored: {clientId, version, clientNumber}; consent.changed: {clientId, purposeKey, granted, method, '
      + 'wordingVersion, recordedAt}. Each carries `actor` {type: STAFF | API_KEY, id} when known.',
  })
  payload: Record<string, unknown>;
  @Field({ description: 'A resume point: events(after:) returns everything after this event and never skips one (an event received live may come again: deduplicate by id).' })
  cursor: string;
}

@ObjectType('EventEdge')
export class EventEdgeType {
  @Field() cursor: string;
  @Field(() => EventType) node: EventType;
}

@ObjectType('EventConnection')
export class EventConnectionType {
  @Field(() => [EventEdgeType]) edges: EventEdgeType[];
  @Field(() => PageInfoType, { description: 'endCursor stays the cursor you passed when nothing new is visible yet.' }) pageInfo: PageInfoType;
}

export function mapEvent(e: EventRecord): EventType {
  return { id: e.id, type: e.type, occurredAt: e.occurredAt, clientId: e.clientId, payload: e.payload, cursor: e.cursor };
}
