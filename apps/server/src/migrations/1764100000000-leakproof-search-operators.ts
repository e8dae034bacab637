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
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      do $$ begin
        if (select rolsuper from pg_roles where rolname = current_user) then
          alter function pg_catalog.textlike(text, text) not leakproof;
          alter function similarity_op(text, text) not leakproof;
        end if;
      end $$`);
  }
}
