import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A phone fragment that matches a few hundred numbers ("660 0", "847 9") then looked up each matched client for
 * its name and status, to sort them and keep 20: 500-800 index descents, 2-5 ms of the search. Each phone (and
 * each of its fragments) now carries its client's sort key (`name_lf`) and whether the client is listed (active
 * and not deleted), inside the indexes that find it: the list's default page (active clients by name) of a
 * phone search is read from one index range and only its 20 clients are fetched.
 *
 * The copies are kept by triggers, in the same transaction as the change: a phone takes them from its client when
 * it is written; a client's rename, (de)activation, deletion or restore updates its phones, and a phone's update
 * rewrites its fragments.
 */
/**
 * The trigger function that keeps a phone's fragments, with the copied client keys (this migration) or without
 * them (as migration PhoneFragments created it, restored by down()).
 */
function syncFragmentsFunction(withClientKeys: boolean): string {
  const columns = withClientKeys ? ', client_name_lf, client_listed' : '';
  const values = withClientKeys ? ', new.client_name_lf, new.client_listed' : '';
  return `create or replace function client_phones_sync_fragments() returns trigger language plpgsql as $$
    begin
      if tg_op in ('UPDATE', 'DELETE') then
        delete from client_phone_fragments f
         where f.tenant_id = old.tenant_id and f.fragment = any(array(select client_phone_fragments_of(old.national_digits)))
           and f.phone_id = old.id;
      end if;
      if tg_op in ('INSERT', 'UPDATE') then
        insert into client_phone_fragments (tenant_id, phone_id, client_id, fragment${columns})
          select new.tenant_id, new.id, new.client_id, f${values} from client_phone_fragments_of(new.national_digits) f;
      end if;
      return null;
    end $$`;
}

function fragmentsTrigger(withClientKeys: boolean): string {
  return `create trigger trg_client_phones_fragments
    after insert or delete or update of national_digits, client_id, tenant_id${withClientKeys ? ', client_name_lf, client_listed' : ''}
    on client_phones for each row execute function client_phones_sync_fragments()`;
}

export class PhoneSortKeys1765100000000 implements MigrationInterface {
  name = 'PhoneSortKeys1765100000000';

  async up(q: QueryRunner): Promise<void> {
    for (const table of ['client_phones', 'client_phone_fragments']) {
      await q.query(`alter table ${table} add column client_name_lf text collate "C", add column client_listed boolean not null default true`);
    }
    await q.query(`create function client_phones_copy_client() returns trigger language plpgsql as $$
      begin
        select c.name_lf, c.is_active and c.deleted_at is null into new.client_name_lf, new.client_listed
          from clients c where c.tenant_id = new.tenant_id and c.id = new.client_id;
        return new;
      end $$`);
    await q.query(`create trigger trg_client_phones_copy_client before insert or update of client_id, tenant_id on client_phones
      for each row execute function client_phones_copy_client()`);
    await q.query(syncFragmentsFunction(true));
    await q.query(`drop trigger trg_client_phones_fragments on client_phones`);
    await q.query(fragmentsTrigger(true));
    await q.query(`create function clients_sync_phone_keys() returns trigger language plpgsql as $$
      begin
        update client_phones set client_name_lf = new.name_lf, client_listed = new.is_active and new.deleted_at is null
         where tenant_id = new.tenant_id and client_id = new.id;
        return null;
      end $$`);
    await q.query(`create trigger trg_clients_phone_keys after update of name_lf, is_active, deleted_at on clients
      for each row when (old.name_lf is distinct from new.name_lf or old.is_active is distinct from new.is_active
                         or (old.deleted_at is null) <> (new.deleted_at is null))
      execute function clients_sync_phone_keys()`);

    // the phones already stored (FORCE row-level security binds the owner too, so it is lifted for the copy);
    // their fragments are written again with the keys rather than updated row by row
    await q.query(`alter table client_phones no force row level security`);
    await q.query(`alter table client_phone_fragments no force row level security`);
    await q.query(`alter table clients no force row level security`);
    await q.query(`alter table client_phones disable trigger trg_client_phones_fragments`);
    await q.query(`update client_phones p set client_name_lf = c.name_lf, client_listed = c.is_active and c.deleted_at is null
      from clients c where c.tenant_id = p.tenant_id and c.id = p.client_id`);
    await q.query(`alter table client_phones enable trigger trg_client_phones_fragments`);
    await q.query(`drop index ix_client_phone_fragments`);
    await q.query(`delete from client_phone_fragments`);
    await q.query(`insert into client_phone_fragments (tenant_id, phone_id, client_id, fragment, client_name_lf, client_listed)
      select p.tenant_id, p.id, p.client_id, f, p.client_name_lf, p.client_listed
        from client_phones p, client_phone_fragments_of(p.national_digits) f`);
    for (const table of ['clients', 'client_phones', 'client_phone_fragments']) await q.query(`alter table ${table} force row level security`);

    const keys = 'include (client_id, client_name_lf, client_listed)';
    await q.query(`create index ix_client_phone_fragments on client_phone_fragments (tenant_id, fragment) ${keys}`);
    for (const [name, column] of [['ix_client_phones_national', 'national_digits'], ['ix_client_phones_national_reversed', 'national_reversed'], ['ix_client_phones_digits', 'digits']]) {
      await q.query(`drop index ${name}`);
      await q.query(`create index ${name} on client_phones (tenant_id, ${column}) ${keys}`);
    }
    await q.query(`analyze client_phones`);
    await q.query(`analyze client_phone_fragments`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(syncFragmentsFunction(false));
    // the trigger names the copied columns it fires on: back to the columns it had before
    await q.query(`drop trigger trg_client_phones_fragments on client_phones`);
    await q.query(fragmentsTrigger(false));
    await q.query(`drop trigger if exists trg_clients_phone_keys on clients`);
    await q.query(`drop function if exists clients_sync_phone_keys()`);
    await q.query(`drop trigger if exists trg_client_phones_copy_client on client_phones`);
    await q.query(`drop function if exists client_phones_copy_client()`);
    for (const table of ['client_phones', 'client_phone_fragments']) {
      await q.query(`alter table ${table} drop column client_name_lf, drop column client_listed`);
    }
    // dropping the columns dropped the indexes that carried them
    await q.query(`create index ix_client_phone_fragments on client_phone_fragments (tenant_id, fragment) include (client_id)`);
    await q.query(`create index ix_client_phones_national on client_phones (tenant_id, national_digits) include (client_id)`);
    await q.query(`create index ix_client_phones_national_reversed on client_phones (tenant_id, national_reversed) include (client_id)`);
    await q.query(`create index ix_client_phones_digits on client_phones (tenant_id, digits)`);
  }
}
