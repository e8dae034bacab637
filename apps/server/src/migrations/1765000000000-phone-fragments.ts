import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls } from './rls';

/**
 * "850 6", a few digits from the middle of a number, was a trigram match on the national number; digit
 * trigrams are so few and so common that their posting lists cost 9-10 ms on a million phones before a single
 * client was read (phone suffix / middle p95 19.7 ms against 10). Every number is now also stored as its
 * suffixes that start after its first digit and are at least 3 digits long ("600100200" → "00100200",
 * "0100200", …, "200"): a fragment found anywhere but at the start is the start of one of them, so it is a
 * btree prefix range, as the national number answers a fragment at the start. Six rows per Polish number.
 *
 * The rows follow client_phones through a trigger (insert, delete, a changed number or client), running with
 * the caller's rights under the same tenant policy. The trigram index on the national number had no other use
 * and goes.
 */
export class PhoneFragments1765000000000 implements MigrationInterface {
  name = 'PhoneFragments1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`create table client_phone_fragments (
      tenant_id uuid not null references tenants(id) on delete cascade,
      phone_id uuid not null,
      client_id uuid not null,
      fragment text collate "C" not null
    )`);
    await enableTenantRls(q, 'client_phone_fragments');
    await q.query(`grant select, insert, delete on client_phone_fragments to kartoteka_app`);
    await q.query(`create function client_phone_fragments_of(number_digits text) returns setof text
      language sql immutable strict parallel safe
      as $$ select substr(number_digits, i) from generate_series(2, length(number_digits) - 2) as i $$`);
    await q.query(`create function client_phones_sync_fragments() returns trigger language plpgsql as $$
      begin
        if tg_op in ('UPDATE', 'DELETE') then
          delete from client_phone_fragments f
           where f.tenant_id = old.tenant_id and f.fragment = any(array(select client_phone_fragments_of(old.national_digits)))
             and f.phone_id = old.id;
        end if;
        if tg_op in ('INSERT', 'UPDATE') then
          insert into client_phone_fragments (tenant_id, phone_id, client_id, fragment)
            select new.tenant_id, new.id, new.client_id, f from client_phone_fragments_of(new.national_digits) f;
        end if;
        return null;
      end $$`);
    await q.query(`create trigger trg_client_phones_fragments
      after insert or delete or update of national_digits, client_id, tenant_id on client_phones
      for each row execute function client_phones_sync_fragments()`);

    // the numbers already stored; FORCE row-level security binds the owner too, so it is lifted for the copy
    await q.query(`alter table client_phones no force row level security`);
    await q.query(`alter table client_phone_fragments no force row level security`);
    await q.query(`insert into client_phone_fragments (tenant_id, phone_id, client_id, fragment)
      select p.tenant_id, p.id, p.client_id, f from client_phones p, client_phone_fragments_of(p.national_digits) f`);
    await q.query(`alter table client_phones force row level security`);
    await q.query(`alter table client_phone_fragments force row level security`);
    await q.query(`create index ix_client_phone_fragments on client_phone_fragments (tenant_id, fragment) include (client_id)`);
    await q.query(`drop index if exists ix_client_phones_national_trgm`);
    await q.query(`analyze client_phone_fragments`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`create index if not exists ix_client_phones_national_trgm on client_phones using gin (tenant_id, national_digits gin_trgm_ops)`);
    await q.query(`drop trigger if exists trg_client_phones_fragments on client_phones`);
    await q.query(`drop function if exists client_phones_sync_fragments()`);
    await q.query(`drop function if exists client_phone_fragments_of(text)`);
    await q.query(`drop table if exists client_phone_fragments`);
  }
}
