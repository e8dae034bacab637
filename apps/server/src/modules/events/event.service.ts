import { assertActorCan, DomainError, EVENT_PAGE_MAX, isEventType } from '@kartoteka/domain';
import type { DataSource } from 'typeorm';
import { inTenant } from '../../db/tenant-scope';
import type { Viewer } from '../../graphql/context';
import { decodeEventCursor, FEED_START } from './event-cursor';
import type { EventRecord } from './event-record';
import { eventRepository as repo } from './event.repository';

export interface EventPage {
  events: EventRecord[];
  hasNextPage: boolean;
  /** The last event's cursor, or the `after` given when nothing new is visible yet (keep polling with it). */
  endCursor: string | null;
}

/** Event types asked for, checked; null means every type. */
export function checkEventTypes(types: readonly string[] | null | undefined, path = 'types'): string[] | null {
  if (!types) return null;
  const unknown = types.map((t, i) => [t, i] as const).filter(([t]) => !isEventType(t));
  if (unknown.length) {
    throw new DomainError('VALIDATION_FAILED', `Unknown event type: ${unknown.map(([t]) => t).join(', ')}`,
      unknown.map(([t, i]) => ({ path: [path, i], code: 'INVALID_CHOICE' as const, message: `Unknown event type "${t}"` })));
  }
  return [...new Set(types)];
}

/** Replay (F9.3): everything a partner missed since a cursor, in commit order, from the same outbox as subscriptions. */
export class EventService {
  constructor(private readonly ds: DataSource) {}

  async replay(viewer: Viewer, args: { after?: string | null; first?: number | null; types?: readonly string[] | null }): Promise<EventPage> {
    assertActorCan(viewer, 'event:read');
    const first = args.first ?? 50;
    if (!Number.isInteger(first) || first < 1 || first > EVENT_PAGE_MAX) {
      throw new DomainError('VALIDATION_FAILED', `first must be between 1 and ${EVENT_PAGE_MAX}.`, [
        { path: ['first'], code: 'OUT_OF_RANGE', message: `first must be between 1 and ${EVENT_PAGE_MAX}.`, params: { min: 1, max: EVENT_PAGE_MAX } },
      ]);
    }
    const types = checkEventTypes(args.types);
    const after = args.after ? decodeEventCursor(args.after) : FEED_START;
    const rows = await inTenant(this.ds, viewer, (em) => repo.page(em, viewer.tenantId, after, types, first + 1));
    const events = rows.slice(0, first);
    return { events, hasNextPage: rows.length > first, endCursor: events.at(-1)?.cursor ?? args.after ?? null };
  }
}
