import type { EntityManager } from 'typeorm';

export type EventType = 'client.created' | 'client.updated' | 'client.deleted' | 'client.restored' | 'consent.changed';

/**
 * Appends an event in the caller's transaction: it commits with the change it describes or not at all. Delivery
 * (subscriptions, webhooks, replay) reads this table in transaction-id order.
 */
export async function appendEvent(
  em: EntityManager, tenantId: string, type: EventType, aggregateId: string, payload: Record<string, unknown>,
): Promise<void> {
  await em.query(
    `insert into outbox (tenant_id, type, aggregate_id, payload) values ($1, $2, $3, $4::jsonb)`,
    [tenantId, type, aggregateId, JSON.stringify(payload)],
  );
}
