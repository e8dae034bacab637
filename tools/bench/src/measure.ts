import autocannon from 'autocannon';
import type { ListCursor } from '@kartoteka/server/dist/modules/client/client-list.query';
import type { DirectSql } from './direct-sql';
import type { GqlClient } from './gql';
import type { QuerySet, SearchKind } from './queries';
import { nowMs, summarize, type LatencySummary } from './stats';

export const LIST_QUERY = `query Clients($search: String, $first: Int, $after: String) {
  clients(search: $search, first: $first, after: $after, orderBy: { field: NAME, direction: ASC }) {
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id number displayName primaryPhone primaryEmail } }
  }
}`;

export const LIST_QUERY_WITH_COUNT = `query ClientsCount($search: String, $first: Int, $after: String) {
  clients(search: $search, first: $first, after: $after, orderBy: { field: NAME, direction: ASC }) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id number displayName primaryPhone primaryEmail } }
  }
}`;

/** What the admin's list asks for: the page and the count up to 1,000 ("ponad 1 000 klientów" above it). */
export const LIST_QUERY_WITH_BOUNDED_COUNT = `query ClientsBoundedCount($search: String, $first: Int, $after: String) {
  clients(search: $search, first: $first, after: $after, orderBy: { field: NAME, direction: ASC }) {
    boundedCount(atMost: 1000) { value exact }
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id number displayName primaryPhone primaryEmail } }
  }
}`;

interface ListData {
  clients: { totalCount?: number; boundedCount?: { value: number; exact: boolean }; edges: { node: { id: string } }[] };
}

type CountAsked = 'none' | 'total' | 'bounded';

export interface SearchResult {
  kind: SearchKind;
  queries: number;
  http: LatencySummary;
  sql: LatencySummary;
  /** Queries that returned at least one row. */
  hits: number;
  /** The slowest inputs over HTTP, for EXPLAIN. */
  slowest: { query: string; ms: number; rows: number }[];
  /** Inputs that found nothing (each is taken from a loaded client, so each should find one). */
  empty: string[];
}

async function httpList(
  api: GqlClient, variables: Record<string, unknown>, count: CountAsked = 'none',
): Promise<{ ms: number; rows: number; total: number | null; bounded: { value: number; exact: boolean } | null }> {
  const t0 = nowMs();
  const query = { none: LIST_QUERY, total: LIST_QUERY_WITH_COUNT, bounded: LIST_QUERY_WITH_BOUNDED_COUNT }[count];
  const r = await api.request<ListData>(query, variables);
  const ms = nowMs() - t0;
  if (r.errors?.length || !r.data) throw new Error(`clients(${JSON.stringify(variables)}) failed: ${JSON.stringify(r.errors)}`);
  return { ms, rows: r.data.clients.edges.length, total: r.data.clients.totalCount ?? null, bounded: r.data.clients.boundedCount ?? null };
}

/** Every input of every kind once, in turn, so that no kind is measured on a server that has not run the others. */
export async function warmUpSearches(api: GqlClient, sets: QuerySet[]): Promise<void> {
  for (const set of sets) for (const q of set.queries) await httpList(api, { search: q, first: 20 });
}

/** Each input once to warm up (JIT, buffers), then once timed over HTTP and once as direct SQL. */
export async function measureSearch(api: GqlClient, sql: DirectSql, tenantId: string, set: QuerySet): Promise<SearchResult> {
  for (const q of set.queries) await httpList(api, { search: q, first: 20 });
  const httpMs: number[] = [];
  const sqlMs: number[] = [];
  const perQuery: { query: string; ms: number; rows: number }[] = [];
  let hits = 0;
  for (const q of set.queries) {
    const h = await httpList(api, { search: q, first: 20 });
    httpMs.push(h.ms);
    perQuery.push({ query: q, ms: h.ms, rows: h.rows });
    if (h.rows > 0) hits++;
  }
  for (const q of set.queries) {
    const t0 = nowMs();
    await sql.list(tenantId, { search: q, first: 20 });
    sqlMs.push(nowMs() - t0);
  }
  return {
    kind: set.kind, queries: set.queries.length, http: summarize(httpMs), sql: summarize(sqlMs), hits,
    slowest: [...perQuery].sort((a, b) => b.ms - a.ms).slice(0, 5),
    empty: perQuery.filter((x) => x.rows === 0).map((x) => x.query),
  };
}

export interface PageResult {
  label: string;
  http: LatencySummary;
  sql: LatencySummary;
}

export async function measurePage(api: GqlClient, sql: DirectSql, tenantId: string, label: string, cursor: { encoded: string | null; decoded: ListCursor | null }, requests: number): Promise<PageResult> {
  const vars = { first: 50, after: cursor.encoded };
  const warm = Math.min(50, requests);
  for (let i = 0; i < warm; i++) await httpList(api, vars);
  const httpMs: number[] = [];
  for (let i = 0; i < requests; i++) {
    const r = await httpList(api, vars);
    if (r.rows !== 50) throw new Error(`${label}: expected 50 rows, got ${r.rows}`);
    httpMs.push(r.ms);
  }
  for (let i = 0; i < warm; i++) await sql.list(tenantId, { first: 50, after: cursor.decoded });
  const sqlMs: number[] = [];
  for (let i = 0; i < requests; i++) {
    const t0 = nowMs();
    await sql.list(tenantId, { first: 50, after: cursor.decoded });
    sqlMs.push(nowMs() - t0);
  }
  return { label, http: summarize(httpMs), sql: summarize(sqlMs) };
}

export interface CountResult {
  label: string;
  total: number;
  without: LatencySummary;
  with: LatencySummary;
  /** With boundedCount(atMost: 1000) instead, as the admin asks. */
  bounded: LatencySummary;
  boundedValue: { value: number; exact: boolean } | null;
}

/** totalCount and boundedCount are resolved only when asked for: the same request without, with one, with the other. */
export async function measureCount(api: GqlClient, label: string, search: string | null, requests: number): Promise<CountResult> {
  const vars = { search, first: 20 };
  await httpList(api, vars, 'total');
  await httpList(api, vars, 'bounded');
  const without: number[] = [];
  const withCount: number[] = [];
  const withBounded: number[] = [];
  let total = 0;
  let boundedValue: CountResult['boundedValue'] = null;
  for (let i = 0; i < requests; i++) {
    without.push((await httpList(api, vars)).ms);
    const w = await httpList(api, vars, 'total');
    withCount.push(w.ms);
    total = w.total ?? 0;
    const b = await httpList(api, vars, 'bounded');
    withBounded.push(b.ms);
    boundedValue = b.bounded;
  }
  return { label, total, without: summarize(without), with: summarize(withCount), bounded: summarize(withBounded), boundedValue };
}

export interface ThroughputResult {
  label: string;
  connections: number;
  seconds: number;
  requestsPerSecond: number;
  latency: { p50: number; p99: number; max: number };
  requests: number;
  errors: number;
  non2xx: number;
  /** CPU per request (ms), contention-proof: the server process (or the bench for the SQL loop) and PostgreSQL. */
  cpuPerRequest?: { node: number; postgres: number };
}

/** autocannon against the real server: `connections` keep-alive sockets, each sending the next request on the answer. */
export async function measureThroughput(url: string, cookie: string, label: string, variables: Record<string, unknown>, connections: number, seconds: number): Promise<ThroughputResult> {
  const target = new URL('/graphql', url);
  if (target.hostname !== '127.0.0.1') throw new Error('throughput runs against 127.0.0.1 only');
  const body = JSON.stringify({ query: LIST_QUERY, variables });
  const run = (duration: number) => autocannon({
    url: target.toString(), method: 'POST', connections, duration, pipelining: 1,
    headers: { 'content-type': 'application/json', cookie },
    body,
  });
  await run(Math.min(2, Math.max(1, seconds - 1))); // warm-up
  const r = await run(seconds);
  return {
    label, connections, seconds,
    requestsPerSecond: r.requests.total / r.duration,
    latency: { p50: r.latency.p50, p99: r.latency.p99, max: r.latency.max },
    requests: r.requests.total,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
  };
}

/** The SQL ceiling: `connections` workers looping over the direct SQL of the same request for `seconds`. */
export async function measureSqlThroughput(sql: DirectSql, tenantId: string, label: string, connections: number, seconds: number, after: ListCursor | null = null): Promise<ThroughputResult> {
  const lat: number[] = [];
  const deadline = Date.now() + seconds * 1000;
  const started = nowMs();
  await Promise.all(Array.from({ length: connections }, async () => {
    while (Date.now() < deadline) {
      const t0 = nowMs();
      await sql.list(tenantId, { first: 50, after });
      lat.push(nowMs() - t0);
    }
  }));
  const elapsed = (nowMs() - started) / 1000;
  const s = summarize(lat);
  return {
    label, connections, seconds, requestsPerSecond: lat.length / elapsed,
    latency: { p50: s.p50, p99: s.p99, max: s.max }, requests: lat.length, errors: 0, non2xx: 0,
  };
}
