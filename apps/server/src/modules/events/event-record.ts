import { encodeEventCursor } from './event-cursor';

/** One committed event as every reader sees it: replay, subscriptions and webhooks. */
export interface EventRecord {
  id: string;
  tenantId: string;
  type: string;
  clientId: string | null;
  payload: Record<string, unknown>;
  occurredAt: Date;
  txId: string;
  seq: string;
  cursor: string;
}

export interface OutboxRow {
  id: string;
  tenant_id: string;
  type: string;
  aggregate_id: string | null;
  payload: Record<string, unknown>;
  created_at: Date;
  tx_text: string;
  seq_text: string;
}

/**
 * Columns for `OutboxRow`; xid8 and bigint travel as text so no precision is lost. The text copies get names of
 * their own: aliased as tx_id and seq, an `order by tx_id, seq` would sort the text ("1001" before "998").
 */
export const OUTBOX_COLUMNS = `id, tenant_id, type, aggregate_id, payload, created_at, tx_id::text as tx_text, seq::text as seq_text`;

export function toEventRecord(row: OutboxRow): EventRecord {
  return {
    id: row.id, tenantId: row.tenant_id, type: row.type, clientId: row.aggregate_id, payload: row.payload,
    occurredAt: row.created_at, txId: row.tx_text, seq: row.seq_text, cursor: encodeEventCursor({ txId: row.tx_text, seq: row.seq_text }),
  };
}
