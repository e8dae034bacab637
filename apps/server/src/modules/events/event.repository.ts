import type { EntityManager } from 'typeorm';
import type { EventPosition } from './event-cursor';
import { OUTBOX_COLUMNS, toEventRecord, type EventRecord, type OutboxRow } from './event-record';

/**
 * Rows strictly after a position, in (tx_id, seq) order, and only those of transactions older than the oldest
 * one still running (`pg_snapshot_xmin`): a transaction that started earlier but commits later can then never
 * land behind a cursor a reader already holds. The horizon costs latency only while a write transaction runs.
 */
export const VISIBLE_BELOW_HORIZON = `tx_id < pg_snapshot_xmin(pg_current_snapshot())`;

export const eventRepository = {
  async page(em: EntityManager, tenantId: string, after: EventPosition, types: string[] | null, limit: number): Promise<EventRecord[]> {
    const rows: OutboxRow[] = await em.query(
      `select ${OUTBOX_COLUMNS} from outbox
        where tenant_id = $1 and (tenant_id, tx_id, seq) > ($1::uuid, $2::xid8, $3::bigint)
          and ${VISIBLE_BELOW_HORIZON}
          and ($4::text[] is null or type = any ($4::text[]))
        order by outbox.tx_id, outbox.seq
        limit $5`,
      [tenantId, after.txId, after.seq, types, limit]);
    return rows.map(toEventRecord);
  },
};
