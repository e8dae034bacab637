import type { EventType } from '@kartoteka/domain';
import type { EntityManager } from 'typeorm';

export type { EventType } from '@kartoteka/domain';

/** The channel every server process LISTENs on; NOTIFY is delivered at commit, never for a rolled-back write. */
export const OUTBOX_CHANNEL = 'kartoteka_outbox';

/** Who caused an event, as the payload's `actor` tells partners (a staff member or one of their API keys). */
export type EventOrigin =
  | { tenantId: string; kind: 'staff'; membershipId: string }
  | { tenantId: string; kind: 'apiKey'; apiKeyId: string }
  | { tenantId: string; kind?: undefined };

function actorOf(origin: EventOrigin): { type: 'STAFF' | 'API_KEY'; id: string } | null {
  if (origin.kind === 'staff') return { type: 'STAFF', id: origin.membershipId };
  if (origin.kind === 'apiKey') return { type: 'API_KEY', id: origin.apiKeyId };
  return null;
}

/**
 * The single write path of events, in the caller's transaction: the outbox row, one pending webhook delivery per
 * enabled endpoint of the business that wants this type, and a NOTIFY, all commit with the change they describe
 * or not at all. So a process killed right after the commit loses nothing: the deliveries are rows a worker picks
 * up after restart, and subscribers catch up from the outbox with `events(after:)`. Readers order events by
 * (tx_id, seq), never by seq alone (see docs/adr/0007-event-delivery.md).
 */
export async function appendEvent(
  em: EntityManager, origin: EventOrigin, type: EventType, aggregateId: string, payload: Record<string, unknown>,
): Promise<string> {
  const actor = actorOf(origin);
  const body = actor ? { ...payload, actor } : payload;
  const rows: { id: string }[] = await em.query(
    `with e as (
       insert into outbox (tenant_id, type, aggregate_id, payload) values ($1, $2, $3, $4::jsonb)
       returning id, tenant_id, type
     ), d as (
       insert into webhook_deliveries (tenant_id, endpoint_id, event_id, event_type)
       select e.tenant_id, w.id, e.id, e.type
         from e join webhook_endpoints w on w.tenant_id = e.tenant_id
        where w.disabled_at is null and e.type = any (w.event_types)
     )
     select e.id, pg_notify('${OUTBOX_CHANNEL}', e.tenant_id::text) from e`,
    [origin.tenantId, type, aggregateId, JSON.stringify(body)],
  );
  return rows[0]!.id;
}
