import type { Client, Pool } from 'pg';
import type { Logger } from 'pino';
import { encodeEventCursor, type EventPosition } from './event-cursor';
import type { EventHub } from './event-hub';
import { OUTBOX_COLUMNS, toEventRecord, type EventRecord, type OutboxRow } from './event-record';
import { OUTBOX_CHANNEL } from './outbox';
import { createListenClient } from './worker-db';

const PAGE = 500;

export interface DispatcherOptions {
  databaseUrl: string;
  pool: Pool;
  hub: EventHub;
  log: Logger;
  /** Fallback poll when no NOTIFY arrives (lost connection, missed notification). */
  pollMs: number;
  /** Called on every NOTIFY and reconnect (wakes the webhook workers). */
  onActivity?: () => void;
  /** Other channels this connection LISTENs on, with their handlers (e.g. API key revocations). */
  channels?: Record<string, (payload: string) => void>;
}

/**
 * One per process. Wakes on NOTIFY (or the fallback poll) and reads the outbox of every business after a
 * process-local position, in (tx_id, seq) order, publishing each event to this process's hub exactly once. The
 * position only moves over rows of transactions older than the oldest one still running (so a late commit can
 * never land behind it); rows committed while an older transaction still runs are published at once and
 * remembered, so they are not published again when the position passes them. Every process reads every event,
 * so a subscription (attached to one process) gets each event exactly once. After a lost connection (database
 * restart) it reconnects and resumes from its position: nothing committed meanwhile is skipped.
 */
export class OutboxDispatcher {
  private position: EventPosition | null = null;
  private listener: Client | null = null;
  private stopped = false;
  private draining: Promise<void> | null = null;
  private again = false;
  private pollTimer: NodeJS.Timeout | null = null;
  private soonTimer: NodeJS.Timeout | null = null;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private reconnectDelay = 100;
  private heldBackDelay = 5;
  /** Ids of events published before the position passed them (see drain). */
  private readonly ahead = new Set<string>();
  private lastErrorLog = 0;
  /** Events published by this process since start (diagnostics, bench). */
  published = 0;

  constructor(private readonly opts: DispatcherOptions) {}

  async start(): Promise<void> {
    // a fresh process starts at "now": older events reach subscribers through replay, not through this process
    const { rows } = await this.opts.pool.query<{ horizon: string }>(`select pg_snapshot_xmin(pg_current_snapshot())::text as horizon`);
    this.position = { txId: rows[0]!.horizon, seq: '0' };
    await this.connectListener();
    this.pollTimer = setInterval(() => this.kick(), this.opts.pollMs);
    this.pollTimer.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const t of [this.pollTimer, this.soonTimer, this.reconnectTimer]) if (t) clearTimeout(t);
    await this.draining?.catch(() => undefined);
    const listener = this.listener;
    this.listener = null;
    if (listener) {
      listener.removeAllListeners();
      listener.on('error', () => undefined);
      await listener.end().catch(() => undefined);
    }
  }

  /** Reads whatever became visible; concurrent kicks collapse into one more pass. */
  kick(): void {
    if (this.stopped || !this.position) return;
    if (this.draining) {
      this.again = true;
      return;
    }
    this.draining = this.drain().finally(() => {
      this.draining = null;
      if (this.again && !this.stopped) {
        this.again = false;
        this.kick();
      }
    });
  }

  private async drain(): Promise<void> {
    try {
      for (;;) {
        const pos = this.position!;
        // every committed row after our position, in (tx_id, seq) order, each marked final when its transaction is
        // older than the oldest one still running (nothing can ever commit before it any more)
        const { rows } = await this.opts.pool.query<OutboxRow & { final: boolean }>(
          `with h as (select pg_snapshot_xmin(pg_current_snapshot()) as horizon)
           select ${OUTBOX_COLUMNS}, tx_id < h.horizon as final from outbox, h
            where (tx_id, seq) > ($1::xid8, $2::bigint)
            order by outbox.tx_id, outbox.seq limit ${PAGE}`, [pos.txId, pos.seq]);
        let ahead = 0;
        for (const row of rows) {
          const event = toEventRecord(row);
          if (row.final) {
            // final rows come first (they have the smaller transaction ids): the position moves over them
            this.position = { txId: event.txId, seq: event.seq };
            if (!this.ahead.delete(event.id)) this.publish(event);
          } else {
            // committed while an older transaction still runs: publish now rather than when it ends, but hand
            // out our position as its cursor (replay from there repeats it rather than skip the older one)
            ahead++;
            if (this.ahead.has(event.id)) continue;
            this.ahead.add(event.id);
            this.publish({ ...event, cursor: encodeEventCursor(this.position!) });
          }
        }
        if (rows.length === PAGE && ahead === 0) continue;
        if (ahead) {
          // move the position on once the older transaction ends (it may write no event, hence send no NOTIFY)
          this.scheduleSoon(this.heldBackDelay);
          this.heldBackDelay = Math.min(this.heldBackDelay * 2, this.opts.pollMs);
        } else {
          this.heldBackDelay = 5;
        }
        break;
      }
    } catch (err) {
      this.logError(err, 'reading the outbox failed; retrying');
    }
  }

  private publish(event: EventRecord): void {
    this.opts.hub.publish(event);
    this.published++;
  }

  private scheduleSoon(ms: number): void {
    if (this.soonTimer || this.stopped) return;
    this.soonTimer = setTimeout(() => {
      this.soonTimer = null;
      this.kick();
    }, ms);
    this.soonTimer.unref();
  }

  private async connectListener(): Promise<void> {
    if (this.stopped) return;
    const client = createListenClient(this.opts.databaseUrl);
    const lost = (err?: Error) => {
      if (this.listener !== client) return;
      this.listener = null;
      client.removeAllListeners();
      client.on('error', () => undefined);
      void client.end().catch(() => undefined);
      if (err) this.logError(err, 'LISTEN connection lost; reconnecting');
      this.scheduleReconnect();
    };
    client.on('error', lost);
    client.on('end', () => lost());
    client.on('notification', (msg) => {
      const handler = this.opts.channels?.[msg.channel];
      if (handler) {
        handler(msg.payload ?? '');
        return;
      }
      this.kick();
      this.opts.onActivity?.();
    });
    this.listener = client;
    try {
      await client.connect();
      await client.query(`listen ${OUTBOX_CHANNEL}`);
      for (const channel of Object.keys(this.opts.channels ?? {})) await client.query(`listen ${channel}`);
      this.reconnectDelay = 100;
      // anything committed while we were not listening is read now
      this.kick();
      this.opts.onActivity?.();
    } catch (err) {
      lost(err as Error);
    }
  }

  private scheduleReconnect(): void {
    if (this.stopped || this.reconnectTimer) return;
    const delay = this.reconnectDelay;
    this.reconnectDelay = Math.min(this.reconnectDelay * 2, 5_000);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      void this.connectListener();
    }, delay);
    this.reconnectTimer.unref();
  }

  private logError(err: unknown, message: string): void {
    if (this.stopped) return;
    const now = Date.now();
    if (now - this.lastErrorLog < 5_000) return;
    this.lastErrorLog = now;
    this.opts.log.warn({ err: err instanceof Error ? err.message : String(err) }, message);
  }
}
