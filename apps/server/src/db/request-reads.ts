import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { deferCommit } from './deferred-commit';
import { inTenant, type TenantScope } from './tenant-scope';

/** Runs a read in the viewer's business: how loaders and list queries reach the database. */
export type TenantReader = <T>(fn: (em: EntityManager) => Promise<T>) => Promise<T>;

/** A reader that opens a transaction per read (subscriptions, right after login). */
export function readerPerCall(ds: DataSource, scope: TenantScope): TenantReader {
  return (fn) => inTenant(ds, scope, fn);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The reads of one GraphQL query share one pooled connection and one read-only transaction: a list page with
 * its phones, groups and tags used to open a transaction per batch (BEGIN, set_config, query, COMMIT each), and
 * that bookkeeping cost more than the queries. The transaction opens at the first read and its tenant settings
 * go in the same round trip; reads run one after another on it (one connection runs one query at a time anyway);
 * `close()` commits and returns the connection once the response is on its way.
 *
 * A session cookie is resolved by the same round trip that opens the transaction (`openForSession`).
 * Mutations do not use it (`disable()`): a request holding a read connection while its write waits for another
 * could starve the pool under load. A failed read rolls the transaction back and the next read opens a new one.
 */
export class RequestReads {
  private runner: QueryRunner | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private shared = true;

  constructor(private readonly ds: DataSource, private readonly scope: TenantScope, opened: QueryRunner | null = null) {
    // the settings are sent as literals (one simple-protocol round trip with BEGIN): only ever UUIDs
    if (!UUID.test(scope.tenantId) || (scope.accountId && !UUID.test(scope.accountId))) throw new Error('RequestReads: scope ids must be UUIDs');
    if (opened) this.adopt(opened);
  }

  /**
   * Opens the transaction and resolves a session cookie in the same round trip: `app_session_viewer` finds the
   * session and sets the tenant settings itself. Returns the session's row (null: unknown or expired, and the
   * connection is back in the pool) and, with a row, the request's reads already open on that transaction.
   */
  static async openForSession<Row extends { tenantId: string; accountId: string }>(
    ds: DataSource, tokenHash: string,
  ): Promise<{ row: Row | null; reads: RequestReads | null }> {
    if (!/^[0-9a-f]{64}$/.test(tokenHash)) throw new Error('RequestReads: a session token hash is 64 hex digits');
    const runner = ds.createQueryRunner();
    let row: Row | null = null;
    try {
      const client = (await runner.connect()) as { query(sql: string): Promise<{ rows: Row[] }[]> };
      const results = await client.query(`begin isolation level read committed read only;
        select * from app_session_viewer('${tokenHash}')`);
      row = results[1]?.rows[0] ?? null;
    } catch (err) {
      await runner.query('rollback').catch(() => undefined);
      await runner.release();
      throw err;
    }
    if (!row) {
      await endReadTransaction(runner, 'commit');
      return { row: null, reads: null };
    }
    return { row, reads: new RequestReads(ds, { tenantId: row.tenantId, accountId: row.accountId }, runner) };
  }

  readonly run: TenantReader = (fn) => {
    if (!this.shared) return inTenant(this.ds, this.scope, fn);
    const result = this.queue.then(() => this.runShared(fn));
    this.queue = result.catch(() => undefined);
    return result;
  };

  /**
   * From now on each read gets its own transaction (mutations): a transaction already open (the session's)
   * is committed and its connection returned, so a mutation never holds one while waiting for another.
   */
  async disable(): Promise<void> {
    this.shared = false;
    await this.queue;
    await this.finish('commit');
  }

  /** Commits the shared transaction and releases its connection; later reads get their own transactions. */
  async close(): Promise<void> {
    this.shared = false;
    await this.queue;
    await this.finish('commit');
  }

  private async runShared<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    if (!this.shared) return inTenant(this.ds, this.scope, fn);
    const runner = this.runner ?? (await this.open());
    try {
      return await fn(runner.manager);
    } catch (err) {
      await this.finish('rollback');
      throw err;
    }
  }

  private async open(): Promise<QueryRunner> {
    const runner = this.ds.createQueryRunner();
    try {
      await runner.query(`begin isolation level read committed read only;
        select set_config('app.tenant_id', '${this.scope.tenantId}', true), set_config('app.account_id', '${this.scope.accountId ?? ''}', true)`);
    } catch (err) {
      await runner.release();
      throw err;
    }
    return this.adopt(runner);
  }

  private adopt(runner: QueryRunner): QueryRunner {
    // TypeORM must not wrap an entity manager call in a transaction of its own inside ours
    (runner as { isTransactionActive: boolean }).isTransactionActive = true;
    this.runner = runner;
    return runner;
  }

  private async finish(how: 'commit' | 'rollback'): Promise<void> {
    const runner = this.runner;
    if (!runner) return;
    this.runner = null;
    await endReadTransaction(runner, how);
  }
}

/**
 * Ends a read-only transaction and returns its connection. Its COMMIT changes nothing, so it travels with the
 * connection's next statement (deferred-commit.ts) instead of costing a round trip now; a ROLLBACK (after a failed
 * read) is sent at once.
 */
async function endReadTransaction(runner: QueryRunner, how: 'commit' | 'rollback'): Promise<void> {
  try {
    const client = (runner as { databaseConnection?: Parameters<typeof deferCommit>[0] }).databaseConnection;
    if (how === 'commit' && client) deferCommit(client);
    else await runner.query(how);
  } catch {
    // the connection broke: releasing it is all that is left to do
  } finally {
    (runner as { isTransactionActive: boolean }).isTransactionActive = false;
    await runner.release();
  }
}
