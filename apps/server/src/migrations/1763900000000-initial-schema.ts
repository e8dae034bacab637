import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls } from './rls';

/**
 * The first schema: tenants, staff, sessions, the client card and its classification, consents and the outbox.
 * Every tenant-owned table carries tenant_id, is covered by a FORCE ROW LEVEL SECURITY policy, and every unique
 * constraint includes tenant_id. Child rows reference (tenant_id, client_id) so a row can never point into
 * another tenant even if the application got an id wrong.
 */
export class InitialSchema1763900000000 implements MigrationInterface {
  name = 'InitialSchema1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`create extension if not exists pg_trgm`);
    await q.query(`create extension if not exists citext`);
    await q.query(`create extension if not exists btree_gin`);
    await q.query(`
      do $$ begin
        if not exists (select 1 from pg_roles where rolname = 'kartoteka_app') then
          create role kartoteka_app nologin nobypassrls;
        end if;
      end $$`);
    // the connecting (owner) role switches to kartoteka_app at connection start, so it must be a member
    await q.query(`grant kartoteka_app to current_user`);
    await q.query(`grant usage on schema public to kartoteka_app`);

    // current_setting returns '' (not null) once a transaction-local setting is gone: nullif turns it into null
    await q.query(`create function app_tenant_id() returns uuid language sql stable
      as $$ select nullif(current_setting('app.tenant_id', true), '')::uuid $$`);
    await q.query(`create function app_account_id() returns uuid language sql stable
      as $$ select nullif(current_setting('app.account_id', true), '')::uuid $$`);

    await q.query(`create table tenants (
      id uuid primary key default gen_random_uuid(),
      name text not null,
      created_at timestamptz not null default now()
    )`);
    await q.query(`alter table tenants enable row level security`);
    await q.query(`alter table tenants force row level security`);
    await q.query(`create policy tenant_self on tenants using (id = app_tenant_id()) with check (id = app_tenant_id())`);

    await q.query(`create table staff_accounts (
      id uuid primary key default gen_random_uuid(),
      email citext not null unique,
      password_hash text,
      display_name text not null,
      failed_login_count integer not null default 0,
      last_failed_login_at timestamptz,
      locked_until timestamptz,
      created_at timestamptz not null default now()
    )`);

    await q.query(`create table memberships (
      id uuid primary key default gen_random_uuid(),
      tenant_id uuid not null references tenants(id) on delete cascade,
      account_id uuid not null references staff_accounts(id) on delete cascade,
      role text not null check (role in ('OWNER','ADMIN','RECEPTIONIST','READ_ONLY')),
      accepts_visits boolean not null default false,
      is_active boolean not null default true,
      created_at timestamptz not null default now(),
      constraint uq_memberships_tenant_account unique (tenant_id, account_id),
      constraint uq_memberships_tenant_id unique (tenant_id, id)
    )`);
    await q.query(`create index ix_memberships_account on memberships (account_id)`);
    await q.query(`alter table memberships enable row level security`);
    await q.query(`alter table memberships force row level security`);
    // a login must list the businesses of one account before any tenant is chosen
    await q.query(`create policy membership_access on memberships
      using (tenant_id = app_tenant_id() or account_id = app_account_id())
      with check (tenant_id = app_tenant_id())`);

    await q.query(`create table sessions (
      id uuid primary key default gen_random_uuid(),
      token_hash text not null unique,
      account_id uuid not null references staff_accounts(id) on delete cascade,
      tenant_id uuid not null references tenants(id) on delete cascade,
      created_at timestamptz not null default now(),
      last_seen_at timestamptz not null default now(),
      expires_at timestamptz not null
    )`);

    await q.query(`create table invitations (
      id uuid primary key default gen_random_uuid(),
      tenant_id uuid not null references tenants(id) on delete cascade,
      email citext not null,
      display_name text not null,
      role text not null check (role in ('OWNER','ADMIN','RECEPTIONIST','READ_ONLY')),
      accepts_visits boolean not null default false,
      token_hash text not null unique,
      invited_by_id uuid,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null,
      accepted_at timestamptz
    )`);
    await q.query(`alter table invitations enable row level security`);
    await q.query(`alter table invitations force row level security`);
    // accepting an invitation happens before the tenant is known: the token hash itself opens the row
    await q.query(`create policy invitation_access on invitations
      using (tenant_id = app_tenant_id() or token_hash = nullif(current_setting('app.invite_token_hash', true), ''))
      with check (tenant_id = app_tenant_id())`);

    await q.query(`create table client_number_counters (
      tenant_id uuid primary key references tenants(id) on delete cascade,
      last_value bigint not null default 0
    )`);

    await q.query(`create table groups (
      id uuid primary key default gen_random_uuid(),
      tenant_id uuid not null references tenants(id) on delete cascade,
      name text not null,
      name_key text not null,
      color text,
      created_at timestamptz not null default now(),
      constraint uq_groups_tenant_name unique (tenant_id, name_key),
      constraint uq_groups_tenant_id unique (tenant_id, id)
    )`);
    await q.query(`create table sources (
      id uuid primary key default gen_random_uuid(),
      tenant_id uuid not null references tenants(id) on delete cascade,
      name text not null,
      name_key text not null,
      is_archived boolean not null default false,
      created_at timestamptz not null default now(),
      constraint uq_sources_tenant_name unique (tenant_id, name_key),
      constraint uq_sources_tenant_id unique (tenant_id, id)
    )`);
    await q.query(`create table tags (
      id uuid primary key default gen_random_uuid(),
      tenant_id uuid not null references tenants(id) on delete cascade,
      name text not null,
      name_key text not null,
      created_at timestamptz not null default now(),
      constraint uq_tags_tenant_name unique (tenant_id, name_key),
      constraint uq_tags_tenant_id unique (tenant_id, id)
    )`);
    await q.query(`create table phone_types (
      id uuid primary key default gen_random_uuid(),
      tenant_id uuid not null references tenants(id) on delete cascade,
      name text not null,
      name_key text not null,
      created_at timestamptz not null default now(),
      constraint uq_phone_types_tenant_name unique (tenant_id, name_key)
    )`);
    await q.query(`create table custom_field_definitions (
      id uuid primary key default gen_random_uuid(),
      tenant_id uuid not null references tenants(id) on delete cascade,
      key text not null,
      label text not null,
      type text not null check (type in ('TEXT','NUMBER','DATE','BOOLEAN','SINGLE_CHOICE','MULTI_CHOICE')),
      options jsonb not null default '[]',
      is_required boolean not null default false,
      applies_to text not null default 'ALL' check (applies_to in ('ALL','PERSON','COMPANY')),
      position integer not null default 0,
      is_archived boolean not null default false,
      created_at timestamptz not null default now(),
      constraint uq_custom_fields_tenant_key unique (tenant_id, key)
    )`);
    await q.query(`create table consent_purposes (
      id uuid primary key default gen_random_uuid(),
      tenant_id uuid not null references tenants(id) on delete cascade,
      key text not null,
      name text not null,
      wording text not null,
      wording_version integer not null default 1,
      is_builtin boolean not null default false,
      is_archived boolean not null default false,
      position integer not null default 0,
      created_at timestamptz not null default now(),
      constraint uq_consent_purposes_tenant_key unique (tenant_id, key)
    )`);

    await q.query(`create table clients (
      id uuid primary key default gen_random_uuid(),
      tenant_id uuid not null references tenants(id) on delete cascade,
      kind text not null check (kind in ('PERSON','COMPANY')),
      client_number text not null,
      number_sort_key text collate "C" not null,
      first_name text,
      last_name text,
      company_name text,
      gender text check (gender in ('FEMALE','MALE','OTHER')),
      preferred_language text,
      description text,
      remarks text,
      birthday_day smallint,
      birthday_month smallint,
      birthday_year smallint,
      name_day_day smallint,
      name_day_month smallint,
      loyalty_card_number text,
      source_id uuid,
      assigned_staff_id uuid,
      is_active boolean not null default true,
      is_supplier boolean not null default false,
      is_conflict boolean not null default false,
      booking_mode text not null default 'ALLOW' check (booking_mode in ('ALLOW','REQUIRE_APPROVAL','BLOCKED')),
      booking_reason text,
      booking_expires_at date,
      discount_percent numeric(5,2),
      online_booking_limit integer,
      block_newsletter boolean not null default false,
      block_automatic_messages boolean not null default false,
      id_card_encrypted text,
      id_card_hash text,
      passport_encrypted text,
      passport_hash text,
      invoice_data jsonb,
      tax_id text,
      custom_fields jsonb not null default '{}',
      primary_phone text,
      primary_email text,
      name_lf text collate "C" not null,
      name_fl text collate "C" not null,
      search_text text not null,
      version integer not null default 1,
      created_via text not null check (created_via in ('STAFF_FORM','QUICK_ADD','IMPORT','API','ONLINE_FORM')),
      created_by_id uuid,
      updated_by_id uuid,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      deleted_at timestamptz,
      constraint uq_clients_tenant_id unique (tenant_id, id),
      constraint fk_clients_source foreign key (tenant_id, source_id) references sources (tenant_id, id),
      constraint fk_clients_assigned_staff foreign key (tenant_id, assigned_staff_id) references memberships (tenant_id, id),
      constraint ck_clients_discount check (discount_percent is null or (discount_percent >= 0 and discount_percent <= 100))
    )`);
    // unique values of soft-deleted clients must not block new clients
    await q.query(`create unique index uq_clients_tenant_number on clients (tenant_id, client_number) where deleted_at is null`);
    await q.query(`create index ix_clients_name_lf on clients (tenant_id, name_lf, id) where deleted_at is null`);
    await q.query(`create index ix_clients_name_fl on clients (tenant_id, name_fl, id) where deleted_at is null`);
    await q.query(`create index ix_clients_number on clients (tenant_id, number_sort_key, id) where deleted_at is null`);
    await q.query(`create index ix_clients_created on clients (tenant_id, created_at, id) where deleted_at is null`);
    await q.query(`create index ix_clients_updated on clients (tenant_id, updated_at, id) where deleted_at is null`);
    await q.query(`create index ix_clients_tax_id on clients (tenant_id, tax_id) where tax_id is not null`);
    await q.query(`create index ix_clients_search_trgm on clients using gin (tenant_id, search_text gin_trgm_ops)`);

    // distinct name words per business: a typo ("Kowalsky") is matched against this small dictionary by trigram
    // similarity, then the clients are found through the name btree (far cheaper than similarity over all rows)
    await q.query(`create table client_search_terms (
      tenant_id uuid not null references tenants(id) on delete cascade,
      term text collate "C" not null,
      primary key (tenant_id, term)
    )`);
    await q.query(`create index ix_client_search_terms_trgm on client_search_terms using gin (tenant_id, term gin_trgm_ops)`);

    await q.query(`create table client_phones (
      id uuid primary key default gen_random_uuid(),
      tenant_id uuid not null,
      client_id uuid not null,
      e164 text not null,
      digits text collate "C" not null,
      national_digits text collate "C" not null,
      type_key text not null,
      is_primary boolean not null default false,
      sms boolean not null default false,
      whatsapp boolean not null default false,
      viber boolean not null default false,
      position integer not null default 0,
      constraint fk_client_phones_client foreign key (tenant_id, client_id) references clients (tenant_id, id) on delete cascade
    )`);
    await q.query(`create index ix_client_phones_client on client_phones (client_id)`);
    await q.query(`create index ix_client_phones_digits on client_phones (tenant_id, digits)`);
    await q.query(`create index ix_client_phones_national on client_phones (tenant_id, national_digits)`);
    await q.query(`create index ix_client_phones_trgm on client_phones using gin (tenant_id, digits gin_trgm_ops)`);

    await q.query(`create table client_emails (
      id uuid primary key default gen_random_uuid(),
      tenant_id uuid not null,
      client_id uuid not null,
      address text collate "C" not null,
      is_primary boolean not null default false,
      accepts_email boolean not null default false,
      position integer not null default 0,
      constraint fk_client_emails_client foreign key (tenant_id, client_id) references clients (tenant_id, id) on delete cascade
    )`);
    await q.query(`create index ix_client_emails_client on client_emails (client_id)`);
    await q.query(`create index ix_client_emails_address on client_emails (tenant_id, address)`);
    await q.query(`create index ix_client_emails_trgm on client_emails using gin (tenant_id, address gin_trgm_ops)`);

    await q.query(`create table client_addresses (
      id uuid primary key default gen_random_uuid(),
      tenant_id uuid not null,
      client_id uuid not null,
      kind text not null check (kind in ('RESIDENCE','CORRESPONDENCE','REGISTRATION','WORK')),
      street text,
      building text,
      apartment text,
      postal_code text,
      city text,
      country text not null default 'PL',
      position integer not null default 0,
      constraint fk_client_addresses_client foreign key (tenant_id, client_id) references clients (tenant_id, id) on delete cascade
    )`);
    await q.query(`create index ix_client_addresses_client on client_addresses (client_id)`);

    await q.query(`create table client_groups (
      tenant_id uuid not null,
      client_id uuid not null,
      group_id uuid not null,
      primary key (tenant_id, client_id, group_id),
      constraint fk_client_groups_client foreign key (tenant_id, client_id) references clients (tenant_id, id) on delete cascade,
      constraint fk_client_groups_group foreign key (tenant_id, group_id) references groups (tenant_id, id) on delete cascade
    )`);
    await q.query(`create index ix_client_groups_group on client_groups (tenant_id, group_id)`);
    await q.query(`create table client_tags (
      tenant_id uuid not null,
      client_id uuid not null,
      tag_id uuid not null,
      primary key (tenant_id, client_id, tag_id),
      constraint fk_client_tags_client foreign key (tenant_id, client_id) references clients (tenant_id, id) on delete cascade,
      constraint fk_client_tags_tag foreign key (tenant_id, tag_id) references tags (tenant_id, id) on delete cascade
    )`);
    await q.query(`create index ix_client_tags_tag on client_tags (tenant_id, tag_id)`);

    await q.query(`create table consent_records (
      id uuid primary key default gen_random_uuid(),
      seq bigserial not null,
      tenant_id uuid not null,
      client_id uuid not null,
      purpose_key text not null,
      granted boolean not null,
      method text not null check (method in ('STAFF_OUTSIDE_SYSTEM','ONLINE_FORM','IMPORT','API')),
      wording text not null,
      wording_version integer not null,
      evidence text,
      ip text,
      user_agent text,
      recorded_by_id uuid,
      recorded_at timestamptz not null default now(),
      constraint fk_consent_records_client foreign key (tenant_id, client_id) references clients (tenant_id, id) on delete cascade
    )`);
    await q.query(`create index ix_consent_records_client on consent_records (tenant_id, client_id, purpose_key, seq)`);

    await q.query(`create table identity_document_views (
      id bigserial primary key,
      tenant_id uuid not null,
      client_id uuid not null,
      membership_id uuid not null,
      viewed_at timestamptz not null default now()
    )`);
    await q.query(`create index ix_identity_document_views_client on identity_document_views (tenant_id, client_id)`);

    // tx_id orders events by commit-time visibility: readers page by transaction id up to the oldest running one
    await q.query(`create table outbox (
      id uuid primary key default gen_random_uuid(),
      seq bigserial not null,
      tenant_id uuid not null,
      tx_id xid8 not null default pg_current_xact_id(),
      type text not null,
      aggregate_id uuid,
      payload jsonb not null,
      created_at timestamptz not null default now()
    )`);
    await q.query(`create index ix_outbox_tenant_tx on outbox (tenant_id, tx_id, seq)`);
    await q.query(`create index ix_outbox_tx on outbox (tx_id, seq)`);

    for (const table of [
      'client_number_counters', 'groups', 'sources', 'tags', 'phone_types',
      'custom_field_definitions', 'consent_purposes', 'clients', 'client_search_terms', 'client_phones', 'client_emails',
      'client_addresses', 'client_groups', 'client_tags', 'consent_records', 'identity_document_views', 'outbox',
    ]) {
      await enableTenantRls(q, table);
    }

    await q.query(`grant select, insert, update, delete on all tables in schema public to kartoteka_app`);
    // append-only ledgers: the app role may add rows, never change or remove them
    await q.query(`revoke update, delete on consent_records, identity_document_views from kartoteka_app`);
    await q.query(`revoke update on outbox from kartoteka_app`);
    await q.query(`grant usage on all sequences in schema public to kartoteka_app`);
    await q.query(`grant execute on function app_tenant_id(), app_account_id() to kartoteka_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'outbox', 'identity_document_views', 'consent_records', 'client_tags', 'client_groups', 'client_addresses',
      'client_emails', 'client_phones', 'client_search_terms', 'clients', 'consent_purposes', 'custom_field_definitions', 'phone_types',
      'tags', 'sources', 'groups', 'client_number_counters', 'invitations', 'sessions', 'memberships',
      'staff_accounts', 'tenants',
    ]) {
      await q.query(`drop table if exists ${table} cascade`);
    }
    await q.query(`drop function if exists app_tenant_id()`);
    await q.query(`drop function if exists app_account_id()`);
  }
}
