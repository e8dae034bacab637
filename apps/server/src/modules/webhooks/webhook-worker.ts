import { nextRetryDelaySeconds, WEBHOOK_RETRY_DELAYS_SECONDS } from '@kartoteka/domain';
import { hostname } from 'node:os';
import type { Pool } from 'pg';
import type { Logger } from 'pino';
import type { FieldEncryption } from '../../crypto/field-encryption';
import { encodeEventCursor } from '../events/event-cursor';
import type { Signal } from '../events/signal';
import { automaticDisableReason } from './webhook-disable-reason';
import { sendWebhook, type SendResult } from './webhook-sender';
import { webhookHeaders } from './webhook-signing';

export interface WebhookWorkerOptions {
  pool: Pool;
  encryption: FieldEncryption;
  log: Logger;
  /** Requests in flight from this process, in all. */
  concurrency: number;
  /** Requests in flight from this process to one endpoint: a slow endpoint can hold no more slots than this. */
  perEndpoint: number;
  timeoutMs: number;
  retryDelays?: readonly number[];
  production: boolean;
  pollMs: number;
  wake: Signal;
}

interface Job {
  id: string;
  tenant_id: string;
  endpoint_id: string;
  event_id: string;
  event_type: string;
  is_test: boolean;
  payload: unknown;
  attempt_count: number;
  url: string;
  secret_encrypted: string;
  previous_secret_encrypted: string | null;
  previous_secret_valid: boolean;
  event_payload: Record<string, unknown> | null;
  event_created_at: Date | null;
  tx_id: string | null;
  seq: string | null;
}

/**
 * Claims due deliveries of every business with FOR UPDATE SKIP LOCKED (so exactly one process sends each),
 * leases them by pushing `next_attempt_at` past the send timeout (a process killed mid-send leaves a lease that
 * simply runs out, and the delivery is sent again by whoever claims it next), sends with bounded concurrency per
 * process and per endpoint, and records every attempt. Failures are retried on the domain's schedule (about three
 * days); an endpoint whose every attempt failed for a whole schedule is disabled with a visible reason.
 */
export class WebhookWorker {
  private inFlight = 0;
  private readonly perEndpoint = new Map<string, number>();
  private readonly running = new Set<Promise<void>>();
  private pumping = false;
  private again = false;
  /** The last claim may have left due rows behind (a full batch, or endpoints skipped at their limit). */
  private moreDue = false;
  private stopped = false;
  private timer: NodeJS.Timeout | null = null;
  private unsubscribe: (() => void) | null = null;
  private lastErrorLog = 0;
  private readonly senderId = `${hostname()}:${process.pid}`;
  private readonly schedule: readonly number[];
  private readonly leaseSeconds: number;
  /** Attempts made by this process since start (diagnostics, bench). */
  attempts = 0;

  constructor(private readonly opts: WebhookWorkerOptions) {
    this.schedule = opts.retryDelays ?? WEBHOOK_RETRY_DELAYS_SECONDS;
    this.leaseSeconds = Math.ceil(opts.timeoutMs / 1000) + 5;
  }

  start(): void {
    this.unsubscribe = this.opts.wake.on(() => this.kick());
    this.timer = setInterval(() => this.kick(), this.opts.pollMs);
    this.timer.unref();
    this.kick();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.unsubscribe?.();
    if (this.timer) clearInterval(this.timer);
    // in-flight sends get a moment to finish and be recorded; anything cut off is retried when its lease runs out
    const grace = new Promise((r) => setTimeout(r, Math.min(this.opts.timeoutMs, 3_000)).unref());
    await Promise.race([Promise.allSettled([...this.running]), grace]);
  }

  kick(): void {
    if (this.stopped) return;
    if (this.pumping) {
      this.again = true;
      return;
    }
    this.pumping = true;
    void this.pump().finally(() => {
      this.pumping = false;
      if (this.again) {
        this.again = false;
        this.kick();
      }
    });
  }

  private async pump(): Promise<void> {
    try {
      while (!this.stopped && this.inFlight < this.opts.concurrency) {
        const free = this.opts.concurrency - this.inFlight;
        const busy = [...this.perEndpoint].filter(([, n]) => n >= this.opts.perEndpoint).map(([id]) => id);
        const jobs = await this.claim(free, busy);
        for (const job of jobs) this.run(job);
        this.moreDue = jobs.length === free || busy.length > 0;
        if (jobs.length < free) break;
      }
    } catch (err) {
      this.logError(err, 'claiming webhook deliveries failed; retrying');
    }
  }

  private async claim(limit: number, busyEndpoints: string[]): Promise<Job[]> {
    const { rows } = await this.opts.pool.query<Job>(
      `with due as (
         select d.id, d.endpoint_id, d.next_attempt_at, d.seq
           from webhook_deliveries d
           join webhook_endpoints w on w.tenant_id = d.tenant_id and w.id = d.endpoint_id and w.disabled_at is null
          where d.status = 'PENDING' and d.next_attempt_at <= now() and d.endpoint_id <> all ($1::uuid[])
          order by d.next_attempt_at, d.seq
          limit 500
       ), ranked as (
         select id, row_number() over (partition by endpoint_id order by next_attempt_at, seq) as rn from due
       ), locked as (
         select d.id from webhook_deliveries d
          where d.id in (select id from ranked where rn <= $2)
            and d.status = 'PENDING' and d.next_attempt_at <= now()
          order by d.next_attempt_at, d.seq
          limit $3
          for update of d skip locked
       ), claimed as (
         update webhook_deliveries d
            set next_attempt_at = now() + make_interval(secs => $4), attempt_count = d.attempt_count + 1, last_attempt_at = now()
           from locked where d.id = locked.id
         returning d.id, d.tenant_id, d.endpoint_id, d.event_id, d.event_type, d.is_test, d.payload, d.attempt_count
       )
       select c.*, w.url, w.secret_encrypted, w.previous_secret_encrypted,
              coalesce(w.previous_secret_expires_at > now(), false) as previous_secret_valid,
              o.payload as event_payload, o.created_at as event_created_at, o.tx_id::text as tx_id, o.seq::text as seq
         from claimed c
         join webhook_endpoints w on w.tenant_id = c.tenant_id and w.id = c.endpoint_id
         left join outbox o on o.tenant_id = c.tenant_id and o.id = c.event_id`,
      [busyEndpoints, this.opts.perEndpoint, limit, this.leaseSeconds]);
    return rows;
  }

  private run(job: Job): void {
    this.inFlight++;
    this.perEndpoint.set(job.endpoint_id, (this.perEndpoint.get(job.endpoint_id) ?? 0) + 1);
    const task = this.attempt(job)
      .catch((err: unknown) => this.logError(err, 'recording a webhook attempt failed; the lease will run out and it is retried'))
      .finally(() => {
        this.running.delete(task);
        this.inFlight--;
        const n = (this.perEndpoint.get(job.endpoint_id) ?? 1) - 1;
        if (n > 0) this.perEndpoint.set(job.endpoint_id, n);
        else this.perEndpoint.delete(job.endpoint_id);
        // a freed slot only matters when due rows were left behind; otherwise NOTIFY or the poll wakes us
        if (this.moreDue) this.kick();
      });
    this.running.add(task);
  }

  private async attempt(job: Job): Promise<void> {
    this.attempts++;
    const body = this.bodyOf(job);
    if (body === null) {
      await this.record(job, { startedAt: new Date(), durationMs: 0, statusCode: null, error: 'The event is older than the retention period.', responseExcerpt: null }, true);
      return;
    }
    let result: SendResult;
    try {
      const secrets = [this.opts.encryption.decrypt(job.secret_encrypted)];
      if (job.previous_secret_encrypted && job.previous_secret_valid) secrets.push(this.opts.encryption.decrypt(job.previous_secret_encrypted));
      const headers = webhookHeaders(secrets, job.event_id, Math.floor(Date.now() / 1000), body);
      result = await sendWebhook(job.url, headers, body, { timeoutMs: this.opts.timeoutMs, production: this.opts.production });
    } catch (err) {
      // e.g. a secret that no longer decrypts (ENCRYPTION_KEY changed): an attempt that failed on our side, on the schedule
      this.logError(err, 'could not prepare a webhook request');
      result = { startedAt: new Date(), durationMs: 0, statusCode: null, error: 'Internal error preparing the request', responseExcerpt: null };
    }
    await this.record(job, result, false);
  }

  /** The message body (Standard Webhooks shape: type, timestamp, data), identical on every retry. */
  private bodyOf(job: Job): string | null {
    if (job.is_test) return JSON.stringify(job.payload);
    if (!job.event_payload || !job.event_created_at || !job.tx_id || !job.seq) return null;
    return JSON.stringify({
      id: job.event_id,
      type: job.event_type,
      timestamp: new Date(job.event_created_at).toISOString(),
      businessId: job.tenant_id,
      cursor: encodeEventCursor({ txId: job.tx_id, seq: job.seq }),
      data: job.event_payload,
    });
  }

  private async record(job: Job, r: SendResult, giveUp: boolean): Promise<void> {
    const succeeded = r.error === null && r.statusCode !== null && r.statusCode >= 200 && r.statusCode < 300;
    const error = r.error ?? (succeeded ? null : `HTTP ${r.statusCode}`);
    const attemptParams = [job.tenant_id, job.id, job.attempt_count, r.startedAt, r.durationMs, r.statusCode, error, r.responseExcerpt, succeeded, this.senderId];
    const insertAttempt = `insert into webhook_attempts
        (tenant_id, delivery_id, attempt_number, attempted_at, duration_ms, status_code, error, response_excerpt, succeeded, sent_by)
        values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`;
    if (succeeded) {
      await this.opts.pool.query(
        `with a as (${insertAttempt}), d as (
           update webhook_deliveries set status = 'SUCCEEDED', completed_at = now(), last_status_code = $6, last_error = null
            where id = $2 and status = 'PENDING' and attempt_count = $3
         )
         update webhook_endpoints set failing_since = null, last_success_at = now()
          where tenant_id = $1 and id = $11 and not $12::boolean
            and (failing_since is not null or last_success_at is null or last_success_at < now() - interval '10 seconds')`,
        [...attemptParams, job.endpoint_id, job.is_test]);
      return;
    }
    // a test event is tried once; a real one follows the schedule
    const delay = giveUp || job.is_test ? null : nextRetryDelaySeconds(job.attempt_count, this.schedule);
    await this.opts.pool.query(
      `with a as (${insertAttempt}), d as (
         update webhook_deliveries set
           status = case when $11::float8 is null then 'FAILED' else 'PENDING' end,
           next_attempt_at = case when $11::float8 is null then next_attempt_at else now() + make_interval(secs => $11::float8) end,
           completed_at = case when $11::float8 is null then now() end,
           last_status_code = $6, last_error = $7
          where id = $2 and status = 'PENDING' and attempt_count = $3
       )
       update webhook_endpoints set failing_since = $4
        where tenant_id = $1 and id = $12 and not $13::boolean and failing_since is null`,
      [...attemptParams, delay, job.endpoint_id, job.is_test]);
    if (delay === null && !job.is_test) await this.disableIfDead(job, error ?? 'failed');
  }

  /**
   * A delivery has used its whole schedule. If no attempt to the endpoint has succeeded since before this
   * delivery's first attempt, the endpoint has failed for about three days: disable it, say why, and stop its
   * pending deliveries (the partner can replay with `events(after:)` once it is back).
   */
  private async disableIfDead(job: Job, lastError: string): Promise<void> {
    const reason = automaticDisableReason(
      new Date().toISOString().slice(0, 10), Math.round(this.schedule.reduce((a, b) => a + b, 0) / 3600), lastError);
    const { rows } = await this.opts.pool.query(
      `with e as (
         update webhook_endpoints set disabled_at = now(), disabled_reason = $3, updated_at = now()
          where tenant_id = $1 and id = $2 and disabled_at is null and failing_since is not null
            and failing_since <= (select min(attempted_at) from webhook_attempts where tenant_id = $1 and delivery_id = $4)
         returning id
       ), d as (
         update webhook_deliveries set status = 'FAILED', completed_at = now(), last_error = 'Endpoint disabled'
          where tenant_id = $1 and endpoint_id in (select id from e) and status = 'PENDING'
       )
       select id from e`,
      [job.tenant_id, job.endpoint_id, reason, job.id]);
    if (rows.length) this.opts.log.warn({ tenant: job.tenant_id, endpoint: job.endpoint_id }, 'webhook endpoint disabled after failing for the whole retry schedule');
  }

  private logError(err: unknown, message: string): void {
    if (this.stopped) return;
    const now = Date.now();
    if (now - this.lastErrorLog < 5_000) return;
    this.lastErrorLog = now;
    this.opts.log.warn({ err: err instanceof Error ? err.message : String(err) }, message);
  }
}
