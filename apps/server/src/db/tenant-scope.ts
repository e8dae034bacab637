import { DataSource, EntityManager } from 'typeorm';

/**
 * Runs fn in one transaction whose app.tenant_id (and app.account_id) are transaction-local settings
 * (set_config(..., true)): on a pooled connection a session-level setting would leak into the next request.
 */
export interface TenantScope {
  tenantId: string;
  accountId?: string | null;
}

export async function inTenant<T>(
  ds: DataSource,
  scope: TenantScope,
  fn: (em: EntityManager) => Promise<T>,
): Promise<T> {
  return ds.transaction(async (em) => {
    await em.query(
      `select set_config('app.tenant_id', $1, true), set_config('app.account_id', $2, true)`,
      [scope.tenantId, scope.accountId ?? ''],
    );
    return fn(em);
  });
}

/** For the few operations that happen before a tenant is known (login, sign-up, invitation acceptance). */
export async function inUnscoped<T>(
  ds: DataSource,
  settings: Record<string, string>,
  fn: (em: EntityManager) => Promise<T>,
): Promise<T> {
  return ds.transaction(async (em) => {
    for (const [key, value] of Object.entries(settings)) {
      await em.query(`select set_config($1, $2, true)`, [key, value]);
    }
    return fn(em);
  });
}
