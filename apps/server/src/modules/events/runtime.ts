import type { Pool } from 'pg';
import type { Logger } from 'pino';
import type { Config } from '../../config/config';
import type { Services } from '../../services';
import { API_KEY_REVOKED_CHANNEL } from '../api-keys/api-key.service';
import { WebhookWorker } from '../webhooks/webhook-worker';
import { OutboxDispatcher } from './dispatcher';
import { RetentionJob } from './retention';
import { createWorkerPool } from './worker-db';

export interface EventRuntime {
  pool: Pool;
  dispatcher: OutboxDispatcher;
  webhooks: WebhookWorker | null;
  retention: RetentionJob;
  stop(): Promise<void>;
}

type RuntimeConfig = Pick<Config, 'NODE_ENV' | 'WEBHOOK_WORKER' | 'WEBHOOK_CONCURRENCY' | 'WEBHOOK_PER_ENDPOINT_CONCURRENCY'
  | 'WEBHOOK_TIMEOUT_MS' | 'WEBHOOK_RETRY_DELAYS' | 'EVENTS_POLL_MS' | 'EVENT_RETENTION_DAYS'>;

/**
 * The event machinery of one server process: the outbox dispatcher (feeds this process's subscriptions), the
 * webhook worker (claims deliveries of every business, shared with the other processes) and the retention job.
 * They use their own small pool as `kartoteka_worker`, never the request pool.
 */
export async function startEventRuntime(databaseUrl: string, config: RuntimeConfig, services: Services, log: Logger): Promise<EventRuntime> {
  let stopping = false;
  const pool = createWorkerPool(databaseUrl, 4, (err) => {
    if (!stopping) log.warn({ err: err.message }, 'event worker connection lost; the pool reconnects');
  });
  const webhooks = config.WEBHOOK_WORKER
    ? new WebhookWorker({
      pool, encryption: services.encryption, log, concurrency: config.WEBHOOK_CONCURRENCY,
      perEndpoint: config.WEBHOOK_PER_ENDPOINT_CONCURRENCY, timeoutMs: config.WEBHOOK_TIMEOUT_MS,
      retryDelays: config.WEBHOOK_RETRY_DELAYS, production: config.NODE_ENV === 'production',
      pollMs: config.EVENTS_POLL_MS, wake: services.webhookWake,
    })
    : null;
  const dispatcher = new OutboxDispatcher({
    databaseUrl, pool, hub: services.eventHub, log, pollMs: config.EVENTS_POLL_MS,
    onActivity: () => services.webhookWake.emit(),
    channels: { [API_KEY_REVOKED_CHANNEL]: (apiKeyId) => services.apiKeys.forget(apiKeyId) },
  });
  const retention = new RetentionJob(pool, config.EVENT_RETENTION_DAYS, log);
  try {
    await dispatcher.start();
  } catch (err) {
    await dispatcher.stop();
    await pool.end().catch(() => undefined);
    throw err;
  }
  webhooks?.start();
  retention.start();
  return {
    pool, dispatcher, webhooks, retention,
    async stop() {
      stopping = true;
      await dispatcher.stop();
      await webhooks?.stop();
      await retention.stop();
      services.eventHub.closeAll();
      await pool.end().catch(() => undefined);
    },
  };
}
