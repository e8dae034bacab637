import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls } from './rls';

/**
 * Partner events (F9.2, F9.3): API keys, webhook endpoints, deliveries and their attempts, and the
 * `kartoteka_worker` role the event dispatcher and webhook workers of every process use to read across
 * businesses. See docs/adr/0006-api-keys.md, 0007-event-delivery.md and 0008-webhooks.md.
 */
export class PartnerEvents1764300000000 implements MigrationInterface {
  name = 'PartnerEvents1764300000000';

  async up(q: QueryRunner): Promise<void> {
    // The worker role: like kartoteka_app it owns nothing and has no BYPASSRLS. It sees rows of every business
    // only where a policy names it, and only in the event tables: never clients, staff or consents.
    await q.query(`
      do $$ begin
        if not exists (select 1 from pg_roles where rolname = 'kartoteka_worker') then
          create role kartoteka_worker nologin nobypassrls;
        end if;
      end $$`);
    await q.query(`grant kartoteka_worker to current_user`);
    await q.query(`grant usage on schema public to kartoteka_worker`);

    await q.query(`create table api_keys (
      id uuid primary key default gen_random_uuid(),
      tenant_id uuid not null references tenants(id) on delete cascade,
      name text not null,
      prefix text collate "C" not null,
      secret_hash text not null,
      scopes text[] not null,
      rate_limit_per_minute integer not null default 600 check (rate_limit_per_minute between 1 and 10000),
      created_by_id uuid,
      created_at timestamptz not null default now(),
      last_used_at timestamptz,
      revoked_at timestamptz,
      -- looked up by prefix before the business is known, so the prefix is unique across businesses
      constraint uq_api_keys_prefix unique (prefix),
      constraint uq_api_keys_tenant_id unique (tenant_id, id)
    )`);
    await q.query(`create index ix_api_keys_tenant on api_keys (tenant_id, created_at)`);
    await enableTenantRls(q, 'api_keys');
    // authenticating a key happens before the tenant is known: the key's own prefix opens its row, read-only
    await q.query(`create policy api_key_lookup on api_keys for select
      using (prefix = nullif(current_setting('app.api_key_prefix', true), ''))`);
    // open WebSocket connections are re-checked for revoked keys across businesses
    await q.query(`create policy api_key_worker_read on api_keys for select to kartoteka_worker using (true)`);

    await q.query(`create table webhook_endpoints (
      id uuid primary key default gen_random_uuid(),
      tenant_id uuid not null references tenants(id) on delete cascade,
      url text not null,
      description text,
      event_types text[] not null,
      secret_encrypted text not null,
      previous_secret_encrypted text,
      previous_secret_expires_at timestamptz,
      created_by_id uuid,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      disabled_at timestamptz,
      disabled_reason text,
      failing_since timestamptz,
      last_success_at timestamptz,
      constraint uq_webhook_endpoints_tenant_id unique (tenant_id, id)
    )`);
    await q.query(`create index ix_webhook_endpoints_tenant on webhook_endpoints (tenant_id) where disabled_at is null`);
    await enableTenantRls(q, 'webhook_endpoints');
    await q.query(`create policy webhook_endpoints_worker on webhook_endpoints for select to kartoteka_worker using (true)`);
    await q.query(`create policy webhook_endpoints_worker_update on webhook_endpoints for update to kartoteka_worker
      using (true) with check (true)`);

    await q.query(`create table webhook_deliveries (
      id uuid primary key default gen_random_uuid(),
      seq bigserial not null,
      tenant_id uuid not null,
      endpoint_id uuid not null,
      event_id uuid not null,
      event_type text not null,
      -- test events only ("send a test event"); real events are read from the outbox when sent
      payload jsonb,
      is_test boolean not null default false,
      status text not null default 'PENDING' check (status in ('PENDING','SUCCEEDED','FAILED')),
      attempt_count integer not null default 0,
      next_attempt_at timestamptz not null default now(),
      last_attempt_at timestamptz,
      last_status_code integer,
      last_error text,
      redelivery_of uuid,
      created_at timestamptz not null default now(),
      completed_at timestamptz,
      constraint uq_webhook_deliveries_tenant_id unique (tenant_id, id),
      constraint fk_webhook_deliveries_endpoint foreign key (tenant_id, endpoint_id)
        references webhook_endpoints (tenant_id, id) on delete cascade
    )`);
    // the workers' queue: only pending rows, oldest due first
    await q.query(`create index ix_webhook_deliveries_due on webhook_deliveries (next_attempt_at, seq) where status = 'PENDING'`);
    await q.query(`create index ix_webhook_deliveries_endpoint on webhook_deliveries (tenant_id, endpoint_id, seq)`);
    await q.query(`create index ix_webhook_deliveries_created on webhook_deliveries (created_at)`);
    await enableTenantRls(q, 'webhook_deliveries');
    await q.query(`create policy webhook_deliveries_worker on webhook_deliveries for all to kartoteka_worker
      using (true) with check (true)`);

    await q.query(`create table webhook_attempts (
      id uuid primary key default gen_random_uuid(),
      seq bigserial not null,
      tenant_id uuid not null,
      delivery_id uuid not null,
      attempt_number integer not null,
      attempted_at timestamptz not null,
      duration_ms integer not null,
      status_code integer,
      error text,
      response_excerpt text,
      succeeded boolean not null,
      sent_by text not null,
      constraint fk_webhook_attempts_delivery foreign key (tenant_id, delivery_id)
        references webhook_deliveries (tenant_id, id) on delete cascade
    )`);
    await q.query(`create index ix_webhook_attempts_delivery on webhook_attempts (tenant_id, delivery_id, seq)`);
    await enableTenantRls(q, 'webhook_attempts');
    await q.query(`create policy webhook_attempts_worker on webhook_attempts for all to kartoteka_worker
      using (true) with check (true)`);

    // the dispatcher reads every business's events in commit order; the retention job deletes old ones
    await q.query(`create policy outbox_worker_read on outbox for select to kartoteka_worker using (true)`);
    await q.query(`create policy outbox_worker_delete on outbox for delete to kartoteka_worker using (true)`);
    await q.query(`create index ix_outbox_created on outbox (created_at)`);

    await q.query(`grant select, insert, update, delete on api_keys, webhook_endpoints, webhook_deliveries to kartoteka_app`);
    // the attempt log is written by the workers only: the app role reads it
    await q.query(`grant select on webhook_attempts to kartoteka_app`);
    await q.query(`grant usage on all sequences in schema public to kartoteka_app`);
    await q.query(`grant select on api_keys to kartoteka_worker`);
    await q.query(`grant select, update on webhook_endpoints to kartoteka_worker`);
    await q.query(`grant select, insert, update, delete on webhook_deliveries to kartoteka_worker`);
    await q.query(`grant select, insert, delete on webhook_attempts to kartoteka_worker`);
    await q.query(`grant select, delete on outbox to kartoteka_worker`);
    await q.query(`grant usage on all sequences in schema public to kartoteka_worker`);
    await q.query(`grant execute on function app_tenant_id(), app_account_id() to kartoteka_worker`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop policy if exists outbox_worker_read on outbox`);
    await q.query(`drop policy if exists outbox_worker_delete on outbox`);
    await q.query(`drop index if exists ix_outbox_created`);
    for (const table of ['webhook_attempts', 'webhook_deliveries', 'webhook_endpoints', 'api_keys']) {
      await q.query(`drop table if exists ${table} cascade`);
    }
    await q.query(`revoke all on outbox from kartoteka_worker`);
    await q.query(`revoke all on all sequences in schema public from kartoteka_worker`);
    await q.query(`revoke execute on function app_tenant_id(), app_account_id() from kartoteka_worker`);
    await q.query(`revoke usage on schema public from kartoteka_worker`);
  }
}
