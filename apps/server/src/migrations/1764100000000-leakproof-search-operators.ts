import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Lets the search indexes work under row-level security.
 *
 * With RLS, PostgreSQL evaluates a query's own conditions only after the policy, unless the condition's function
 * is LEAKPROOF; an index condition is evaluated before the policy, so a non-leakproof operator can never be an
 * index condition on an RLS table. `LIKE` (textlike) and pg_trgm's `%` (similarity_op) are not marked leakproof,
 * so as the kartoteka_app role every trigram search (substring of the card text, phone middle/suffix, e-mail
 * fragment) became a sequential scan of the tenant's rows, and the typo dictionary lookup a scan of the whole
 * dictionary: 100-300 ms on 1,000,000 clients instead of a few (tools/bench, docs/PERFORMANCE.md).
 *
 * Both functions depend only on their arguments, have no side effects, and the only errors they raise come from
 * the pattern (the search input), never from the row being tested, so declaring them leakproof reveals nothing
 * about rows the policy hides. Only a superuser may change it; on a server where the migrating role is not one
 * (a managed PostgreSQL), this does nothing but print a notice, and searches stay correct but slow. Built-in and
 * extension functions are not part of pg_dump: after a dump and restore into a new cluster, run this again.
 * Prefix searches do not depend on it: they use `^@` (starts_with), which is leakproof already.
 *
 * Two search indexes change with it (measured on 1,000,000 clients, docs/PERFORMANCE.md):
 * - ix_clients_name_lf also carries name_fl and is_active, and ix_clients_name_fl carries name_lf and is_active:
 *   a name search that pages through the list order checking the first name ("piot" → every Piotr, sorted by
 *   surname), or collects the first-name matches to sort them by surname, reads only the index: 33 ms → 1.5 ms.
 * - phone fragments are matched in the national number (client-list.repository.ts): the trigram index moves from
 *   digits to national_digits.
 */
export class LeakproofSearchOperators1764100000000 implements MigrationInterface {
  name = 'LeakproofSearchOperators1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      do $$ begin
        if (select rolsuper from pg_roles where rolname = current_user) then
          alter function pg_catalog.textlike(text, text) leakproof;
          alter function similarity_op(text, text) leakproof;
        else
          raise notice 'kartoteka: not a superuser, LIKE and %% stay non-leakproof: trigram searches cannot use their indexes under row-level security';
        end if;
      end $$`);
    await q.query(`drop index ix_clients_name_lf`);
    await q.query(`create index ix_clients_name_lf on clients (tenant_id, name_lf, id) include (name_fl, is_active) where deleted_at is null`);
    await q.query(`drop index ix_clients_name_fl`);
    await q.query(`create index ix_clients_name_fl on clients (tenant_id, name_fl, id) include (name_lf, is_active) where deleted_at is null`);
    await q.query(`drop index ix_client_phones_trgm`);
    await q.query(`create index ix_client_phones_national_trgm on client_phones using gin (tenant_id, national_digits gin_trgm_ops)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop index ix_client_phones_national_trgm`);
    await q.query(`create index ix_client_phones_trgm on client_phones using gin (tenant_id, digits gin_trgm_ops)`);
    await q.query(`drop index ix_clients_name_lf`);
    await q.query(`create index ix_clients_name_lf on clients (tenant_id, name_lf, id) where deleted_at is null`);
    await q.query(`drop index ix_clients_name_fl`);
    await q.query(`create index ix_clients_name_fl on clients (tenant_id, name_fl, id) where deleted_at is null`);
    await q.query(`
      do $$ begin
        if (select rolsuper from pg_roles where rolname = current_user) then
          alter function pg_catalog.textlike(text, text) not leakproof;
          alter function similarity_op(text, text) not leakproof;
        end if;
      end $$`);
  }
}
