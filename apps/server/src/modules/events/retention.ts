import type { Pool } from 'pg';
import type { Logger } from 'pino';

const BATCH = 1_000;

/**
 * Deletes events (and finished webhook deliveries with their attempts) older than the retention period, hourly,
 * in small batches: one long delete transaction would hold back the dispatchers' horizon (they only read events
 * of transactions older than the oldest running one) and delay every event behind it. Every process runs it; an
 * advisory lock lets one at a time do the work.
 */
export class RetentionJob {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(private readonly pool: Pool, private readonly days: number, private readonly log: Logger, private readonly everyMs = 3_600_000) {}

  start(): void {
    const first = setTimeout(() => this.runOnce(), 60_000 + Math.random() * 60_000);
    first.unref();
    this.timer = setInterval(() => this.runOnce(), this.everyMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  runOnce(): Promise<void> {
    if (this.running) return this.running;
    const run = this.purge().then(() => undefined, (err: unknown) => {
      this.log.warn({ err: err instanceof Error ? err.message : String(err) }, 'event retention failed; next run in an hour');
    }).finally(() => { this.running = null; });
    this.running = run;
    return run;
  }

  /** Returns how many events were deleted (tests call it directly). */
  async purge(): Promise<number> {
    const client = await this.pool.connect();
    try {
      const { rows } = await client.query<{ locked: boolean }>(`select pg_try_advisory_lock(hashtext('kartoteka_event_retention')) as locked`);
      if (!rows[0]!.locked) return 0;
      try {
        let events = 0;
        for (;;) {
          const r = await client.query(
            `delete from webhook_deliveries where id in (select id from webhook_deliveries
               where created_at < now() - make_interval(days => $1) and status <> 'PENDING' limit ${BATCH})`, [this.days]);
          if ((r.rowCount ?? 0) < BATCH) break;
        }
        for (;;) {
          const r = await client.query(
            `delete from outbox where id in (select id from outbox where created_at < now() - make_interval(days => $1) limit ${BATCH})`, [this.days]);
          events += r.rowCount ?? 0;
          if ((r.rowCount ?? 0) < BATCH) break;
        }
        if (events) this.log.info({ events, days: this.days }, 'old events deleted');
        return events;
      } finally {
        await client.query(`select pg_advisory_unlock(hashtext('kartoteka_event_retention'))`);
      }
    } finally {
      client.release();
    }
  }
}
