import { DomainError } from '@kartoteka/domain';

/**
 * A position in the event feed: the committing transaction's id (xid8) and the row's sequence number inside it.
 * Events are ordered by (txId, seq), which is commit order for everything a reader can see (see ADR 0007). The
 * cursor handed to partners is opaque: `base64url("e1:<txId>:<seq>")`.
 */
export interface EventPosition {
  txId: string;
  seq: string;
}

export const FEED_START: EventPosition = { txId: '0', seq: '0' };

export function encodeEventCursor(pos: EventPosition): string {
  return Buffer.from(`e1:${pos.txId}:${pos.seq}`).toString('base64url');
}

export function decodeEventCursor(cursor: string): EventPosition {
  const m = /^e1:(\d{1,20}):(\d{1,19})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m) {
    throw new DomainError('VALIDATION_FAILED', 'Unknown event cursor: pass an endCursor or an event\'s cursor unchanged.', [
      { path: ['after'], code: 'INVALID_FORMAT', message: 'Unknown event cursor.' },
    ]);
  }
  return { txId: m[1]!, seq: m[2]! };
}
