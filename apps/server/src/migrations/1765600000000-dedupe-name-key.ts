import { storedNameKey } from '@kartoteka/domain';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The duplicate warning (F3.3) looked names up by `name_lf like any(…)` over the words similar to the typed ones:
 * on a million clients that walked the table (0.2-0.5 s per keystroke) and kept 50 arbitrary matches, which could
 * leave the real duplicate out. `dedupe_key` is the name as the duplicate scorer compares it (the domain's
 * storedNameKey: a person's sorted tokens with diminutives expanded, a company's name without punctuation and
 * legal form), so every card that would score SAME_NAME is one exact index lookup away, and a company's key
 * prefix a range of the same index. Computed by the domain, as name_lf is (columnsFromCard), so existing rows
 * get it here from the same function, in batches.
 */
export class DedupeNameKey1765600000000 implements MigrationInterface {
  name = 'DedupeNameKey1765600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`alter table clients add column dedupe_key text collate "C"`);
    // FORCE row-level security binds the owner too: lifted inside this migration's transaction to fill every
    // business's rows at once (a superuser is not bound anyway)
    await q.query(`alter table clients no force row level security`);
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows: { id: string; kind: 'PERSON' | 'COMPANY'; firstName: string | null; lastName: string | null; companyName: string | null }[] =
        await q.query(`select id, kind, first_name as "firstName", last_name as "lastName", company_name as "companyName"
          from clients where id > $1 order by id limit 10000`, [after]);
      if (!rows.length) break;
      await q.query(`update clients c set dedupe_key = v.key from unnest($1::uuid[], $2::text[]) as v(id, key)
        where c.id = v.id and v.key is not null`, [rows.map((r) => r.id), rows.map((r) => storedNameKey(r))]);
      after = rows.at(-1)!.id;
    }
    await q.query(`alter table clients force row level security`);
    await q.query(`create index ix_clients_dedupe_key on clients (tenant_id, dedupe_key, id) include (kind)
      where deleted_at is null and dedupe_key is not null`);
    await q.query(`analyze clients`);
  }

  async down(q: QueryRunner): Promise<void> {
    // dropping the column drops its index
    await q.query(`alter table clients drop column dedupe_key`);
  }
}
