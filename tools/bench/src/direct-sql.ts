import { Pool, type PoolClient } from 'pg';
import { clientListRepository } from '@kartoteka/server/dist/modules/client/client-list.repository';
import { planSearch } from '@kartoteka/server/dist/modules/client/client-search.planner';
import type { ClientListQuery, ListCursor, SortField } from '@kartoteka/server/dist/modules/client/client-list.query';
import { requestedClientColumnsOfQuery } from '@kartoteka/server/dist/modules/client/client-requested-columns';
import { LIST_QUERY } from './measure';

/** TypeORM's EntityManager as the planner and the repository see it (the bench does not depend on typeorm). */
type EntityManager = Parameters<typeof planSearch>[0];

/**
 * The SQL the server runs for one `clients` request, run through a plain pg Pool as the kartoteka_app role:
 * the same transaction with transaction-local app.tenant_id, the same planner probes (client-search.planner)
 * and the same page query (client-list.repository), only without Express, Apollo, type-graphql, TypeORM,
 * the session lookup and the JSON answer. The ratio HTTP / direct is the API's overhead.
 */
/** The row columns LIST_QUERY's fields need, as the server works them out from the query. */
const LIST_COLUMNS = requestedClientColumnsOfQuery(LIST_QUERY);

export class DirectSql {
  readonly pool: Pool;

  constructor(ownerUrl: string, size = 10) {
    this.pool = new Pool({ connectionString: ownerUrl, max: size, options: '-c role=kartoteka_app', application_name: 'kartoteka-bench-direct' });
    this.pool.on('error', () => undefined);
  }

  /**
   * One list request: BEGIN, set_config, planner probes, page query, COMMIT, reading the columns the HTTP
   * requests' fields need (as the server works them out). Returns the rows of the page.
   */
  async list(tenantId: string, args: { search?: string | null; first: number; after?: ListCursor | null; sort?: SortField; withCount?: boolean }): Promise<{ rows: number; total: number | null }> {
    const client = await this.pool.connect();
    try {
      await client.query('begin');
      await client.query(`select set_config('app.tenant_id', $1, true), set_config('app.account_id', $2, true)`, [tenantId, '']);
      const em = shimEntityManager(client);
      const plan = await planSearch(em, tenantId, args.search ?? null);
      const query: ClientListQuery = {
        tenantId, plan, filter: { status: 'ACTIVE' }, sort: { field: args.sort ?? 'NAME', direction: 'ASC' },
        first: args.first, after: args.after ?? null, columns: LIST_COLUMNS,
      };
      const rows = await clientListRepository.findPage(em, query);
      const total = args.withCount ? (await clientListRepository.count(em, query)).value : null;
      await client.query('commit');
      return { rows: Math.min(rows.length, args.first), total };
    } catch (err) {
      await client.query('rollback').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }

  /** The SQL statements one list request runs, for EXPLAIN (captured through the same shim). */
  async capture(tenantId: string, search: string | null, first: number, after: ListCursor | null = null): Promise<{ sql: string; params: unknown[] }[]> {
    const client = await this.pool.connect();
    const seen: { sql: string; params: unknown[] }[] = [];
    try {
      await client.query('begin');
      await client.query(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
      const em = shimEntityManager(client, seen);
      const plan = await planSearch(em, tenantId, search);
      await clientListRepository.findPage(em, { tenantId, plan, filter: { status: 'ACTIVE' }, sort: { field: 'NAME', direction: 'ASC' }, first, after });
      await client.query('commit');
      return seen;
    } finally {
      client.release();
    }
  }

  end(): Promise<void> {
    return this.pool.end();
  }
}

/** What the repository and the planner use of TypeORM's EntityManager: query(sql, params) → rows. */
function shimEntityManager(client: PoolClient, capture?: { sql: string; params: unknown[] }[]): EntityManager {
  return {
    async query(sql: string, params?: unknown[]) {
      capture?.push({ sql, params: params ?? [] });
      const r = await client.query(sql, params as unknown[]);
      return r.rows;
    },
  } as unknown as EntityManager;
}
