import type { EntityManager } from 'typeorm';

export interface ApiKeyRow {
  id: string;
  tenantId: string;
  name: string;
  prefix: string;
  secretHash: string;
  scopes: string[];
  rateLimitPerMinute: number;
  createdById: string | null;
  createdByName: string | null;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

const COLUMNS = `k.id, k.tenant_id as "tenantId", k.name, k.prefix, k.secret_hash as "secretHash", k.scopes,
  k.rate_limit_per_minute as "rateLimitPerMinute", k.created_by_id as "createdById", k.created_at as "createdAt",
  k.last_used_at as "lastUsedAt", k.revoked_at as "revokedAt"`;

const WITH_CREATOR = `select ${COLUMNS}, a.display_name as "createdByName"
  from api_keys k
  left join memberships m on m.tenant_id = k.tenant_id and m.id = k.created_by_id
  left join staff_accounts a on a.id = m.account_id`;

/** The only SQL of API keys. Every query but `findByPrefix` runs inside the key's business (RLS + filter). */
export const apiKeyRepository = {
  async list(em: EntityManager, tenantId: string, includeRevoked: boolean): Promise<ApiKeyRow[]> {
    return em.query(`${WITH_CREATOR} where k.tenant_id = $1 ${includeRevoked ? '' : 'and k.revoked_at is null'}
      order by k.created_at desc, k.id`, [tenantId]);
  },

  async find(em: EntityManager, tenantId: string, id: string): Promise<ApiKeyRow | null> {
    const rows: ApiKeyRow[] = await em.query(`${WITH_CREATOR} where k.tenant_id = $1 and k.id = $2`, [tenantId, id]);
    return rows[0] ?? null;
  },

  async insert(em: EntityManager, row: { tenantId: string; name: string; prefix: string; secretHash: string; scopes: string[]; rateLimitPerMinute: number; createdById: string | null }): Promise<string> {
    const rows: { id: string }[] = await em.query(
      `insert into api_keys (tenant_id, name, prefix, secret_hash, scopes, rate_limit_per_minute, created_by_id)
       values ($1, $2, $3, $4, $5::text[], $6, $7) returning id`,
      [row.tenantId, row.name, row.prefix, row.secretHash, row.scopes, row.rateLimitPerMinute, row.createdById]);
    return rows[0]!.id;
  },

  async revoke(em: EntityManager, tenantId: string, id: string): Promise<void> {
    await em.query(`update api_keys set revoked_at = coalesce(revoked_at, now()) where tenant_id = $1 and id = $2`, [tenantId, id]);
  },

  /** Before the tenant is known: RLS opens only the row whose prefix is in `app.api_key_prefix`. */
  async findByPrefix(em: EntityManager, prefix: string): Promise<ApiKeyRow | null> {
    const rows: ApiKeyRow[] = await em.query(`select ${COLUMNS}, null as "createdByName" from api_keys k where k.prefix = $1`, [prefix]);
    return rows[0] ?? null;
  },

  /** Informational; written at most once a minute per key. */
  async touch(em: EntityManager, tenantId: string, id: string): Promise<void> {
    await em.query(`update api_keys set last_used_at = now()
      where tenant_id = $1 and id = $2 and (last_used_at is null or last_used_at < now() - interval '1 minute')`, [tenantId, id]);
  },
};
