import { QueryRunner } from 'typeorm';

/** Row-level security for a tenant-owned table. FORCE makes the policy bind the table owner too, so even a
 * connection that forgot to switch to the app role sees nothing without app.tenant_id. */
export async function enableTenantRls(q: QueryRunner, table: string): Promise<void> {
  await q.query(`alter table ${table} enable row level security`);
  await q.query(`alter table ${table} force row level security`);
  await q.query(`create policy tenant_isolation on ${table}
    using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id())`);
}
