import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Pool, PoolClient } from 'pg';
import { typoVariants } from '@kartoteka/domain';
import { CLIENT_COLUMNS, EMAIL_COLUMNS, fakeTagCatalogue, PHONE_COLUMNS, TAG_COLUMNS, type BuiltBatch } from './batch-builder';
import type { WorkerInput, WorkerMessage } from './batch-worker';
import { copyChunks, CopyBuffer } from './copy-text';

/** The tables a load writes, in COPY order (children after their clients, in the same transaction). */
export const LOADED_TABLES = ['clients', 'client_phones', 'client_emails', 'client_tags', 'client_search_terms', 'client_phone_fragments'] as const;
type LoadedTable = (typeof LOADED_TABLES)[number];

export interface TableLoad {
  rows: number;
  /** Time spent inside COPY statements for this table. */
  ms: number;
}

export interface LoadResult {
  clients: number;
  tables: Record<LoadedTable, TableLoad>;
  /** Worker-thread time spent generating clients and building their rows and search keys (overlaps COPY). */
  generateMs: number;
  /** From the first COPY to the last commit, dictionary and counter included. */
  copyWallMs: number;
  indexBuilds: { name: string; table: string; ms: number }[];
  indexWallMs: number;
  /** Foreign keys of the loaded tables dropped for the load, re-added (and so validated) after it. */
  foreignKeys: number;
  foreignKeysMs: number;
  vacuumAnalyzeMs: number;
  totalMs: number;
  droppedIndexes: boolean;
  /** Peak RSS of the bench process during the load. */
  peakRssMB: number;
}

/**
 * Loads `count` fake clients into one tenant with COPY FROM STDIN (text format), one transaction per batch with
 * the children after their clients. A worker thread builds the rows (batch-builder.ts) while this thread streams
 * the previous batch; at most two batches are held in memory. Secondary indexes are dropped before and rebuilt
 * after (unless keepIndexes), then the dictionary and the counter are written and the tables VACUUM ANALYZEd.
 */
export async function loadClients(pool: Pool, opts: {
  tenantId: string;
  count: number;
  seed: number;
  batchSize: number;
  keepIndexes: boolean;
  log: (line: string) => void;
}): Promise<LoadResult> {
  const started = performance.now();
  const { tenantId, count, log } = opts;
  let peakRss = process.memoryUsage().rss;
  const tagIds = await ensureTags(pool, tenantId);
  const tables = Object.fromEntries(LOADED_TABLES.map((t) => [t, { rows: 0, ms: 0 }])) as Record<LoadedTable, TableLoad>;

  const bulkTables = ['clients', 'client_phones', 'client_emails', 'client_tags', 'client_phone_fragments'];
  const dropped = opts.keepIndexes ? [] : await dropSecondaryIndexes(pool, bulkTables);
  const droppedFks = opts.keepIndexes ? [] : await dropForeignKeys(pool, bulkTables);
  if (dropped.length) log(`  dropped ${dropped.length} secondary indexes and ${droppedFks.length} foreign keys for the load (rebuilt and re-validated after COPY)`);

  const copyStarted = performance.now();
  let generateMs = 0;
  let done = 0;
  let lastReport = copyStarted;
  const worker = startWorker({ tenantId, seed: opts.seed, count, batchSize: opts.batchSize, tagIds: [...tagIds], credits: 3 });
  let terms: string[] = [];
  const conn = await pool.connect();
  // a phone's and an e-mail's copies of its client's keys and a phone's middle-digit fragments are written by
  // triggers row by row; the rows here carry the copies, and the fragments are written in one statement after the
  // COPY (fillPhoneFragments), as an import would
  await pool.query(`alter table client_phones disable trigger user`);
  await pool.query(`alter table client_emails disable trigger user`);
  try {
    for (;;) {
      const m = await worker.next();
      if (m.type === 'error') throw new Error(`batch worker failed: ${m.message}`);
      if (m.type === 'done') {
        terms = m.terms;
        break;
      }
      generateMs += m.batch.generateMs;
      await copyBatch(conn, m.batch, tables);
      worker.credit();
      done += m.batch.rows.clients;
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
      const now = performance.now();
      if (now - lastReport > 10_000 || done === count) {
        lastReport = now;
        log(`  ${done.toLocaleString('en-US')} / ${count.toLocaleString('en-US')} clients, ` +
          `${Math.round(done / ((now - copyStarted) / 1000)).toLocaleString('en-US')} clients/s`);
      }
    }
  } finally {
    conn.release();
    await worker.stop();
    await pool.query(`alter table client_phones enable trigger user`);
    await pool.query(`alter table client_emails enable trigger user`);
  }

  tables.client_search_terms = await loadTerms(pool, tenantId, terms);
  tables.client_phone_fragments = await fillPhoneFragments(pool, tenantId);
  // the server's counter must continue after the loaded numbers
  await pool.query(
    `insert into client_number_counters (tenant_id, last_value) values ($1, $2)
     on conflict (tenant_id) do update set last_value = greatest(client_number_counters.last_value, excluded.last_value)`,
    [tenantId, count]);
  const copyWallMs = performance.now() - copyStarted;

  const indexStarted = performance.now();
  const indexBuilds: LoadResult['indexBuilds'] = [];
  if (dropped.length) {
    const c = await pool.connect();
    try {
      await c.query(`set maintenance_work_mem = '1GB'`);
      for (const idx of dropped) {
        const t0 = performance.now();
        await c.query(idx.definition);
        indexBuilds.push({ name: idx.name, table: idx.table, ms: performance.now() - t0 });
      }
    } finally {
      c.release();
    }
  }
  const indexWallMs = performance.now() - indexStarted;
  if (dropped.length) log(`  rebuilt ${dropped.length} indexes in ${(indexWallMs / 1000).toFixed(1)} s`);
  const fkStarted = performance.now();
  // adding a foreign key back checks every row in one join, far cheaper than a trigger call per copied row
  for (const fk of droppedFks) await pool.query(`alter table ${fk.table} add constraint ${fk.name} ${fk.definition}`);
  const foreignKeysMs = performance.now() - fkStarted;
  if (droppedFks.length) log(`  re-added and validated ${droppedFks.length} foreign keys in ${(foreignKeysMs / 1000).toFixed(1)} s`);

  const vacuumStarted = performance.now();
  for (const table of [...LOADED_TABLES, 'client_search_term_variants', 'tags', 'client_number_counters']) await pool.query(`vacuum (analyze) ${table}`);
  const vacuumAnalyzeMs = performance.now() - vacuumStarted;

  return {
    clients: count, tables, generateMs, copyWallMs, indexBuilds, indexWallMs, foreignKeys: droppedFks.length, foreignKeysMs, vacuumAnalyzeMs,
    totalMs: performance.now() - started, droppedIndexes: dropped.length > 0, peakRssMB: Math.round(peakRss / 2 ** 20),
  };
}

async function copyBatch(conn: PoolClient, batch: BuiltBatch, tables: Record<LoadedTable, TableLoad>): Promise<void> {
  await conn.query('begin');
  try {
    tables.clients.ms += await copyChunks(conn, 'clients', CLIENT_COLUMNS, batch.clients);
    tables.clients.rows += batch.rows.clients;
    tables.client_phones.ms += await copyChunks(conn, 'client_phones', PHONE_COLUMNS, batch.phones);
    tables.client_phones.rows += batch.rows.phones;
    tables.client_emails.ms += await copyChunks(conn, 'client_emails', EMAIL_COLUMNS, batch.emails);
    tables.client_emails.rows += batch.rows.emails;
    tables.client_tags.ms += await copyChunks(conn, 'client_tags', TAG_COLUMNS, batch.tags);
    tables.client_tags.rows += batch.rows.tags;
    await conn.query('commit');
  } catch (err) {
    await conn.query('rollback').catch(() => undefined);
    throw err;
  }
}

/** The typo dictionary; words already there (from clients created through the API) are skipped. */
/** The middle-digit fragments of every loaded phone, computed by the same SQL function as the trigger's. */
async function fillPhoneFragments(pool: Pool, tenantId: string): Promise<TableLoad> {
  const t0 = performance.now();
  const r = await pool.query(`insert into client_phone_fragments (tenant_id, phone_id, client_id, fragment, client_name_lf, client_listed)
    select p.tenant_id, p.id, p.client_id, f, p.client_name_lf, p.client_listed
      from client_phones p, client_phone_fragments_of(p.national_digits) f
     where p.tenant_id = $1`, [tenantId]);
  return { rows: r.rowCount ?? 0, ms: performance.now() - t0 };
}

async function loadTerms(pool: Pool, tenantId: string, terms: string[]): Promise<TableLoad> {
  const buffer = new CopyBuffer();
  for (const term of terms) buffer.add([tenantId, term]);
  const conn = await pool.connect();
  try {
    await conn.query('begin');
    await conn.query('create temp table bench_terms (tenant_id uuid, term text collate "C") on commit drop');
    const t0 = performance.now();
    await copyChunks(conn, 'bench_terms', ['tenant_id', 'term'], buffer.finish());
    const ins = await conn.query(`insert into client_search_terms (tenant_id, term) select tenant_id, term from bench_terms
      on conflict do nothing returning term`);
    // their deletion variants, as the server writes them (client.repository addSearchTerms)
    const variants = new CopyBuffer();
    for (const { term } of ins.rows as { term: string }[]) for (const v of typoVariants(term)) variants.add([tenantId, v, term]);
    await copyChunks(conn, 'client_search_term_variants', ['tenant_id', 'variant', 'term'], variants.finish());
    const ms = performance.now() - t0;
    await conn.query('commit');
    return { rows: ins.rowCount ?? 0, ms };
  } catch (err) {
    await conn.query('rollback').catch(() => undefined);
    throw err;
  } finally {
    conn.release();
  }
}

function startWorker(input: WorkerInput): { next(): Promise<WorkerMessage>; credit(): void; stop(): Promise<void> } {
  // the worker runs TypeScript through the same register hook as this process
  const register = require.resolve('@swc-node/register');
  const entry = path.join(__dirname, 'batch-worker.ts');
  const worker = new Worker(`require(${JSON.stringify(register)}); require(${JSON.stringify(entry)});`, { eval: true, workerData: input });
  const queue: WorkerMessage[] = [];
  let waiting: ((m: WorkerMessage) => void) | null = null;
  const push = (m: WorkerMessage) => {
    if (waiting) {
      const w = waiting;
      waiting = null;
      w(m);
    } else {
      queue.push(m);
    }
  };
  worker.on('message', push);
  worker.on('error', (err) => push({ type: 'error', message: err.stack ?? err.message }));
  worker.on('exit', (code) => { if (code !== 0) push({ type: 'error', message: `worker exited with ${code}` }); });
  return {
    next: () => (queue.length ? Promise.resolve(queue.shift()!) : new Promise((resolve) => { waiting = resolve; })),
    credit: () => worker.postMessage({ type: 'credit' }),
    stop: async () => { await worker.terminate(); },
  };
}

/** The fake data's tag catalogue as the tenant's tags; returns name_key → id. */
async function ensureTags(pool: Pool, tenantId: string): Promise<Map<string, string>> {
  const catalogue = fakeTagCatalogue();
  await pool.query(
    `insert into tags (tenant_id, name, name_key) select $1, n, k from unnest($2::text[], $3::text[]) as u(n, k)
     on conflict (tenant_id, name_key) do nothing`,
    [tenantId, catalogue.map((t) => t.name), catalogue.map((t) => t.nameKey)]);
  const rows = await pool.query<{ id: string; name_key: string }>(`select id, name_key from tags where tenant_id = $1`, [tenantId]);
  return new Map(rows.rows.map((r) => [r.name_key, r.id]));
}

interface DroppedIndex {
  name: string;
  table: string;
  definition: string;
}

/** Indexes that back no constraint (primary keys, unique constraints and so the foreign keys stay). */
async function dropSecondaryIndexes(pool: Pool, tables: string[]): Promise<DroppedIndex[]> {
  const { rows } = await pool.query<DroppedIndex>(
    `select i.indexrelid::regclass::text as name, i.indrelid::regclass::text as table, pg_get_indexdef(i.indexrelid) as definition
       from pg_index i
      where i.indrelid = any($1::regclass[])
        and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
      order by pg_relation_size(i.indrelid) desc, i.indexrelid::regclass::text`,
    [tables]);
  for (const r of rows) await pool.query(`drop index ${r.name}`);
  return rows;
}

interface DroppedForeignKey {
  table: string;
  name: string;
  definition: string;
}

async function dropForeignKeys(pool: Pool, tables: string[]): Promise<DroppedForeignKey[]> {
  const { rows } = await pool.query<DroppedForeignKey>(
    `select conrelid::regclass::text as table, conname as name, pg_get_constraintdef(oid) as definition
       from pg_constraint where contype = 'f' and conrelid = any($1::regclass[]) order by conrelid::regclass::text, conname`,
    [tables]);
  for (const r of rows) await pool.query(`alter table ${r.table} drop constraint ${r.name}`);
  return rows;
}
