import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls } from './rls';

/**
 * The list shows how many clients there are, and counting a million active clients took 0.15-0.23 s on every
 * page the admin opened. A business's counts by state (active, inactive, in the bin) are now kept in
 * `client_counts` by statement-level triggers on `clients`: one update per statement with the statement's net
 * change, so a bulk status change or an import's COPY of 10,000 rows is one row update, not 10,000. The list
 * without search or filters reads the count from there (client-query.service.ts); anything narrower still counts.
 *
 * A statement that changes no state (a card edit) writes nothing there. One that does locks the business's row
 * until its commit, so two new clients of one business commit one after the other; both already wait on the
 * client-number counter, which is taken first, so the order is the same and cannot deadlock.
 *
 * Nothing deletes a business today. Whoever adds that must delete its clients before the tenant row: a cascade
 * from `tenants` would remove the counts row first and the clients' delete trigger would then write it again.
 */
export class ClientCounts1765200000000 implements MigrationInterface {
  name = 'ClientCounts1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`create table client_counts (
      tenant_id uuid primary key references tenants(id) on delete cascade,
      active bigint not null default 0,
      inactive bigint not null default 0,
      deleted bigint not null default 0
    )`);
    await enableTenantRls(q, 'client_counts');
    await q.query(`grant select, insert, update on client_counts to kartoteka_app`);

    // each function adds the rows it is given (sign 1) or takes them away (sign -1)
    const delta = (rows: string, sign: number) => `select tenant_id,
        ${sign} * count(*) filter (where deleted_at is null and is_active) as active,
        ${sign} * count(*) filter (where deleted_at is null and not is_active) as inactive,
        ${sign} * count(*) filter (where deleted_at is not null) as deleted
      from ${rows} group by tenant_id`;
    const apply = (source: string) => `insert into client_counts as cc (tenant_id, active, inactive, deleted)
        select tenant_id, sum(active), sum(inactive), sum(deleted) from (${source}) d group by tenant_id
        having sum(active) <> 0 or sum(inactive) <> 0 or sum(deleted) <> 0
        on conflict (tenant_id) do update set active = cc.active + excluded.active,
          inactive = cc.inactive + excluded.inactive, deleted = cc.deleted + excluded.deleted`;
    const fn = (name: string, source: string) => q.query(`create function ${name}() returns trigger language plpgsql as $$
      begin
        ${apply(source)};
        return null;
      end $$`);
    await fn('clients_count_inserted', delta('inserted_rows', 1));
    await fn('clients_count_updated', `${delta('inserted_rows', 1)} union all ${delta('deleted_rows', -1)}`);
    await fn('clients_count_deleted', delta('deleted_rows', -1));
    await q.query(`create trigger trg_clients_count_insert after insert on clients
      referencing new table as inserted_rows for each statement execute function clients_count_inserted()`);
    await q.query(`create trigger trg_clients_count_update after update on clients
      referencing old table as deleted_rows new table as inserted_rows for each statement execute function clients_count_updated()`);
    await q.query(`create trigger trg_clients_count_delete after delete on clients
      referencing old table as deleted_rows for each statement execute function clients_count_deleted()`);

    // the clients already stored (FORCE row-level security binds the owner too, so it is lifted for the copy)
    await q.query(`alter table clients no force row level security`);
    await q.query(`alter table client_counts no force row level security`);
    await q.query(apply(delta('clients', 1)));
    await q.query(`alter table clients force row level security`);
    await q.query(`alter table client_counts force row level security`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const op of ['insert', 'update', 'delete']) await q.query(`drop trigger if exists trg_clients_count_${op} on clients`);
    for (const fn of ['inserted', 'updated', 'deleted']) await q.query(`drop function if exists clients_count_${fn}()`);
    await q.query(`drop table if exists client_counts`);
  }
}
