/**
 * EXPLAIN (ANALYZE, BUFFERS) of the exact SQL one `clients` request runs (planner probes and page query), on a
 * data set kept by `pnpm bench -- --data-dir DIR`:
 *
 *   node -r @swc-node/register src/explain.ts --data-dir DIR [--after-rows N] "kow" "600 1" ...
 *
 * An empty string explains the list without a search. With PGURL set (an owner URL), it uses that running
 * PostgreSQL instead of starting the embedded one (e.g. while a bench run holds the data folder).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startEmbeddedPostgres } from '@kartoteka/server/dist/db/embedded-postgres';
import { Pool } from 'pg';
import { DirectSql } from './direct-sql';
import { BENCH_PG_SETTINGS } from './options';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const take = (flag: string) => {
    const i = args.indexOf(flag);
    if (i < 0) return null;
    const v = args[i + 1]!;
    args.splice(i, 2);
    return v;
  };
  const dataDir = take('--data-dir');
  const afterRows = Number(take('--after-rows') ?? 0);
  const first = Number(take('--first') ?? 20);
  if (!dataDir) throw new Error('--data-dir DIR (a folder kept by pnpm bench -- --data-dir DIR) is required');
  const state = JSON.parse(readFileSync(path.join(dataDir, 'bench-state.json'), 'utf8')) as { tenantId: string };
  const db = process.env.PGURL ? { url: process.env.PGURL, stop: async () => undefined } : await startEmbeddedPostgres({ dataDir: path.resolve(dataDir), port: 55000 + Math.floor(Math.random() * 5000), database: 'kartoteka', settings: BENCH_PG_SETTINGS });
  const direct = new DirectSql(db.url, 2);
  const owner = new Pool({ connectionString: db.url, max: 1 });
  try {
    let after = null;
    if (afterRows > 0) {
      const r = await owner.query(`select name_lf::text as value, id from clients where tenant_id = $1 and deleted_at is null and is_active
        order by name_lf, id offset $2 limit 1`, [state.tenantId, afterRows - 1]);
      after = { value: r.rows[0].value as string, id: r.rows[0].id as string };
    }
    for (const search of args.length ? args : ['']) {
      const statements = await direct.capture(state.tenantId, search || null, first, after);
      console.log(`\n==== ${JSON.stringify(search)} (${statements.length} statements)`);
      const c = await direct.pool.connect();
      try {
        await c.query('begin');
        await c.query(`select set_config('app.tenant_id', $1, true)`, [state.tenantId]);
        for (const s of statements) {
          const t0 = performance.now();
          const plan = await c.query(`explain (analyze, buffers, costs off) ${s.sql}`, s.params);
          console.log(`\n-- ${s.sql.replace(/\s+/g, ' ').trim()}\n-- params ${JSON.stringify(s.params)} (${(performance.now() - t0).toFixed(2)} ms)`);
          for (const row of plan.rows) console.log(row['QUERY PLAN']);
        }
        await c.query('commit');
      } finally {
        c.release();
      }
    }
  } finally {
    await owner.end();
    await direct.end();
    await db.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack : err);
  process.exit(1);
});
