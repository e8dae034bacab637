import { typoVariants } from '@kartoteka/domain';
import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls } from './rls';

/**
 * Typo search by deletion variants (packages/domain search/typo-dictionary.ts): every dictionary word is also
 * stored under the word with each one letter removed, so the words one edit away from a typed word are found
 * by exact btree lookups (about 1 ms) instead of a trigram similarity scan of the dictionary (20-70 ms on a
 * million clients). Existing words get their variants here, computed by the same domain function the server
 * uses when it adds words.
 */
export class TypoVariants1764700000000 implements MigrationInterface {
  name = 'TypoVariants1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`create table client_search_term_variants (
      tenant_id uuid not null references tenants(id) on delete cascade,
      variant text collate "C" not null,
      term text collate "C" not null,
      primary key (tenant_id, variant, term)
    )`);
    await enableTenantRls(q, 'client_search_term_variants');
    await q.query(`grant select, insert, delete on client_search_term_variants to kartoteka_app`);

    // FORCE row-level security binds the owner too: lifted inside this migration's transaction to read every
    // business's words at once (a superuser is not bound anyway)
    await q.query(`alter table client_search_terms no force row level security`);
    await q.query(`alter table client_search_term_variants no force row level security`);
    let after = { tenantId: '', term: '' };
    for (;;) {
      const rows: { tenantId: string; term: string }[] = await q.query(
        `select tenant_id as "tenantId", term from client_search_terms where (tenant_id::text, term) > ($1::text, $2::text)
          order by tenant_id::text, term limit 5000`, [after.tenantId, after.term]);
      if (!rows.length) break;
      const tenantIds: string[] = [];
      const variants: string[] = [];
      const terms: string[] = [];
      for (const { tenantId, term } of rows) {
        for (const variant of typoVariants(term)) {
          tenantIds.push(tenantId);
          variants.push(variant);
          terms.push(term);
        }
      }
      await q.query(
        `insert into client_search_term_variants (tenant_id, variant, term)
         select * from unnest($1::uuid[], $2::text[], $3::text[]) on conflict do nothing`, [tenantIds, variants, terms]);
      after = rows.at(-1)!;
    }
    await q.query(`alter table client_search_terms force row level security`);
    await q.query(`alter table client_search_term_variants force row level security`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop table if exists client_search_term_variants`);
  }
}
