import { Client, Pool, type ClientConfig } from 'pg';

/**
 * The event dispatcher, webhook workers and retention job read across businesses, which kartoteka_app cannot.
 * They connect as `kartoteka_worker` (startup option, like the app pool; ADR 0003): no BYPASSRLS, owns nothing,
 * and policies name it only on the outbox and the webhook tables, so it can never read a client card.
 */
export const WORKER_DB_ROLE = 'kartoteka_worker';

export function workerClientConfig(url: string, applicationName: string): ClientConfig {
  return {
    connectionString: url,
    options: `-c role=${WORKER_DB_ROLE}`,
    application_name: applicationName,
    keepAlive: true,
    connectionTimeoutMillis: 5_000,
  };
}

/** A small pool; its 'error' listener keeps a dying backend (database restart) from crashing the process. */
export function createWorkerPool(url: string, max: number, onError: (err: Error) => void): Pool {
  const pool = new Pool({ ...workerClientConfig(url, 'kartoteka-worker'), max, idleTimeoutMillis: 30_000 });
  pool.on('error', onError);
  return pool;
}

export function createListenClient(url: string): Client {
  return new Client(workerClientConfig(url, 'kartoteka-listen'));
}
