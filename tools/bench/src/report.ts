import os from 'node:os';
import type { LoadResult } from './load/loader';
import type { DuplicateResult } from './duplicates';
import type { CountResult, PageResult, SearchResult, ThroughputResult } from './measure';
import { fmtInt, fmtMs, fmtSeconds } from './stats';

export interface BenchReport {
  startedAt: Date;
  quick: boolean;
  machine: { cpus: number; cpuModel: string; memoryGiB: number; node: string; postgres: string; sharedBuffers: string; poolSize: number };
  data: { clients: number; activeClients: number; phones: number; emails: number; clientTags: number; searchTerms: number; databaseSize: string; clientsTableSize: string };
  load: LoadResult | null;
  /** When the data set was reused from an earlier run, the load it came from. */
  loadReused: boolean;
  deepRows: number;
  searches: SearchResult[];
  pages: { first: PageResult; deep: PageResult };
  counts: CountResult[];
  duplicates: DuplicateResult[];
  throughput: ThroughputResult[];
  serverMemory: { rss: number; peakRss: number | null };
  /** Per measurement phase: how long it waited for a quiet machine and the CPU share other processes took. */
  noise: { phase: string; waitedMs: number; foreignShare: number }[];
  totalMs: number;
}

export const TARGETS = { searchP95Ms: 10, deepOverFirst: 2, listRps: 800 };

const mark = (ok: boolean) => (ok ? 'yes' : '**NO**');

export function machineFacts(): Pick<BenchReport['machine'], 'cpus' | 'cpuModel' | 'memoryGiB' | 'node'> {
  const cpus = os.cpus();
  return { cpus: cpus.length, cpuModel: cpus[0]?.model ?? 'unknown', memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version };
}

export function renderMarkdown(r: BenchReport): string {
  const L: string[] = [];
  const day = r.startedAt.toISOString().slice(0, 10);
  L.push(`# Kartoteka benchmark: ${fmtInt(r.data.clients)} clients in one business${r.quick ? ' (quick run)' : ''}`);
  L.push('');
  L.push(`Run ${day} by \`pnpm bench${r.quick ? ':quick' : ''}\` (tools/bench). Machine: ${r.machine.cpus} cores (${r.machine.cpuModel}), ` +
    `${r.machine.memoryGiB} GiB, Node ${r.machine.node}, ${r.machine.postgres.split(' on ')[0]} (shared_buffers ${r.machine.sharedBuffers}), ` +
    `server pool ${r.machine.poolSize}, server, PostgreSQL and the load generator on the same machine. Latencies are client-side ` +
    `milliseconds (nearest-rank percentiles); HTTP = POST /graphql as a logged-in receptionist, SQL = the same SQL ` +
    `(planner probes + page query in one transaction with app.tenant_id, as kartoteka_app) through a plain pg Pool.`);
  L.push('');
  L.push(`Data: ${fmtInt(r.data.clients)} clients (${fmtInt(r.data.activeClients)} active), ${fmtInt(r.data.phones)} phones, ` +
    `${fmtInt(r.data.emails)} e-mails, ${fmtInt(r.data.clientTags)} tag links, ${fmtInt(r.data.searchTerms)} dictionary words; ` +
    `database ${r.data.databaseSize} (clients table with indexes ${r.data.clientsTableSize}).`);
  L.push('');

  L.push('## Targets');
  L.push('');
  const worstSearch = r.searches.reduce((m, s) => Math.max(m, s.http.p95), 0);
  const deepRatio50 = r.pages.deep.http.p50 / r.pages.first.http.p50;
  const deepRatio95 = r.pages.deep.http.p95 / r.pages.first.http.p95;
  const first = r.throughput.find((t) => t.label.startsWith('first page'));
  L.push('| Target | Measured | Met |');
  L.push('|---|---|---|');
  L.push(`| every search kind p95 < ${TARGETS.searchP95Ms} ms end to end | worst kind p95 ${fmtMs(worstSearch)} ms | ${mark(worstSearch < TARGETS.searchP95Ms)} |`);
  L.push(`| page ${fmtInt(r.deepRows)} rows deep within ${TARGETS.deepOverFirst}x of the first | p50 ${deepRatio50.toFixed(2)}x, p95 ${deepRatio95.toFixed(2)}x | ${mark(deepRatio95 <= TARGETS.deepOverFirst && deepRatio50 <= TARGETS.deepOverFirst)} |`);
  if (first) L.push(`| first list page at ${first.connections} connections ≥ ${TARGETS.listRps} req/s | ${fmtInt(first.requestsPerSecond)} req/s (p99 ${fmtMs(first.latency.p99)} ms) | ${mark(first.requestsPerSecond >= TARGETS.listRps)} |`);
  L.push('');

  if (r.load) {
    const ld = r.load;
    L.push(`## Load (COPY FROM STDIN, text format, batches in one transaction each)${r.loadReused ? ' — from the run that built this data set' : ''}`);
    L.push('');
    L.push('| Table | Rows | Time in COPY | Rows/s |');
    L.push('|---|---|---|---|');
    for (const [table, t] of Object.entries(ld.tables)) {
      L.push(`| ${table} | ${fmtInt(t.rows)} | ${fmtSeconds(t.ms)} | ${t.ms > 0 ? fmtInt(t.rows / (t.ms / 1000)) : '–'} |`);
    }
    L.push('');
    L.push(`Generating the clients and their search keys (fakedata + clientSearchKeys/phoneSearchKeys) took ${fmtSeconds(ld.generateMs)} of ` +
      `JavaScript, overlapped with COPY. COPY phase wall time ${fmtSeconds(ld.copyWallMs)} ` +
      `(${fmtInt(ld.clients / (ld.copyWallMs / 1000))} clients/s with their children)` +
      (ld.droppedIndexes ? `; rebuilding the ${ld.indexBuilds.length} secondary indexes afterwards ${fmtSeconds(ld.indexWallMs)}` : '; indexes kept in place during COPY') +
      `; VACUUM ANALYZE ${fmtSeconds(ld.vacuumAnalyzeMs)}. **Total ${fmtSeconds(ld.totalMs)}.**`);
    if (ld.indexBuilds.length) {
      L.push('');
      L.push('<details><summary>Index builds</summary>');
      L.push('');
      L.push('| Index | Time |');
      L.push('|---|---|');
      for (const b of [...ld.indexBuilds].sort((a, b2) => b2.ms - a.ms)) L.push(`| ${b.name} | ${fmtSeconds(b.ms)} |`);
      L.push('');
      L.push('</details>');
    }
    L.push('');
  }

  L.push(`## Search (first: 20, no totalCount; each input warmed once, then timed once)`);
  L.push('');
  L.push('| Kind | Inputs | ≥1 row | HTTP p50 | HTTP p95 | HTTP p99 | SQL p50 | SQL p95 | SQL p99 | HTTP/SQL (p50) | p95 < 10 ms |');
  L.push('|---|---|---|---|---|---|---|---|---|---|---|');
  for (const s of r.searches) {
    L.push(`| ${s.kind} | ${s.queries} | ${s.hits} | ${fmtMs(s.http.p50)} | ${fmtMs(s.http.p95)} | ${fmtMs(s.http.p99)} | ` +
      `${fmtMs(s.sql.p50)} | ${fmtMs(s.sql.p95)} | ${fmtMs(s.sql.p99)} | ${(s.http.p50 / s.sql.p50).toFixed(1)} | ${mark(s.http.p95 < TARGETS.searchP95Ms)} |`);
  }
  L.push('');
  L.push('Slowest inputs over HTTP: ' + r.searches.map((s) => `${s.kind}: ${s.slowest.slice(0, 3).map((q) => `"${q.query}" ${fmtMs(q.ms)} ms`).join(', ')}`).join('; ') + '.');
  L.push('');
  const empty = r.searches.filter((s) => s.empty?.length);
  if (empty.length) {
    L.push('Inputs that found nothing: ' + empty.map((s) => `${s.kind}: ${s.empty.map((q) => `"${q}"`).join(', ')}`).join('; ') + '.');
    L.push('');
  }

  L.push(`## List pages (sorted by name, first: 50)`);
  L.push('');
  L.push('| Page | HTTP p50 | HTTP p95 | HTTP p99 | SQL p50 | SQL p95 | HTTP/SQL (p50) |');
  L.push('|---|---|---|---|---|---|---|');
  for (const p of [r.pages.first, r.pages.deep]) {
    L.push(`| ${p.label} | ${fmtMs(p.http.p50)} | ${fmtMs(p.http.p95)} | ${fmtMs(p.http.p99)} | ${fmtMs(p.sql.p50)} | ${fmtMs(p.sql.p95)} | ${(p.http.p50 / p.sql.p50).toFixed(1)} |`);
  }
  L.push('');

  L.push('## Throughput');
  L.push('');
  L.push('| What | Connections | Requests/s | p50 | p99 | max | Errors | CPU ms/request: Node | PostgreSQL |');
  L.push('|---|---|---|---|---|---|---|---|---|');
  for (const t of r.throughput) {
    L.push(`| ${t.label} | ${t.connections} | ${fmtInt(t.requestsPerSecond)} | ${fmtMs(t.latency.p50)} | ${fmtMs(t.latency.p99)} | ${fmtMs(t.latency.max)} | ${t.errors + t.non2xx} | ` +
      `${t.cpuPerRequest ? t.cpuPerRequest.node.toFixed(2) : '–'} | ${t.cpuPerRequest ? t.cpuPerRequest.postgres.toFixed(2) : '–'} |`);
  }
  L.push('');
  L.push('CPU per request is read from /proc (the server process with all its threads, or the bench process for the SQL loop; ' +
    'PostgreSQL = postmaster and all its children), so it holds even when other work shares the machine. On a quiet machine ' +
    'one Node process cannot exceed 1000 / (its CPU ms per request) requests/s, and both processes together share 2 cores.');
  L.push('');

  L.push('## totalCount and boundedCount(atMost: 1000) (asked for separately; first: 20)');
  L.push('');
  L.push('| Search | Total | p50 without | p50 with totalCount | p95 with totalCount | boundedCount | p50 with boundedCount | p95 with boundedCount |');
  L.push('|---|---|---|---|---|---|---|---|');
  for (const c of r.counts) {
    const b = c.boundedValue ? `${fmtInt(c.boundedValue.value)}${c.boundedValue.exact ? '' : '+'}` : '?';
    L.push(`| ${c.label} | ${fmtInt(c.total)} | ${fmtMs(c.without.p50)} | ${fmtMs(c.with.p50)} | ${fmtMs(c.with.p95)} | ${b} | ${fmtMs(c.bounded.p50)} | ${fmtMs(c.bounded.p95)} |`);
  }
  L.push('');
  if (r.duplicates.length) {
    L.push('## duplicateCandidates (the add-client form\'s duplicate warning; each input warmed once, then timed)');
    L.push('');
    L.push('| Input | Inputs | HTTP p50 | HTTP p95 | HTTP p99 | Best candidate the client or a namesake |');
    L.push('|---|---|---|---|---|---|');
    for (const d of r.duplicates) L.push(`| ${d.label} | ${d.inputs} | ${fmtMs(d.http.p50)} | ${fmtMs(d.http.p95)} | ${fmtMs(d.http.p99)} | ${d.found} of ${d.inputs} |`);
    L.push('');
  }
  L.push(`Server process memory after the run: RSS ${fmtInt(r.serverMemory.rss / 2 ** 20)} MB, peak ${r.serverMemory.peakRss ? fmtInt(r.serverMemory.peakRss / 2 ** 20) : '?'} MB. ` +
    `Whole bench ${fmtSeconds(r.totalMs)}.`);
  const noisy = r.noise.filter((n) => n.foreignShare >= 0.05);
  L.push('');
  L.push(noisy.length
    ? `Other processes on this shared machine took CPU during: ${noisy.map((n) => `${n.phase} (${(n.foreignShare * 100).toFixed(0)} %)`).join(', ')}; those rows are pessimistic.`
    : 'No other process took more than 5 % of the CPU during any measurement phase (each phase waits for a quiet machine).');
  L.push('');
  return L.join('\n');
}
