import path from 'node:path';

export interface BenchOptions {
  /** How many clients to load into the one business. */
  clients: number;
  /** A smoke run: fewer queries, a shorter throughput run, results written to results/latest-quick.md. */
  quick: boolean;
  /** An existing PostgreSQL (owner/superuser URL); otherwise an embedded one in a temporary folder. */
  databaseUrl: string | null;
  /** Keep the embedded database here (and reuse it when it already holds the same data set). */
  dataDir: string | null;
  seed: number;
  /** Varied queries per search kind, each run once to warm up and once measured. */
  queriesPerKind: number;
  /** Requests per list-page latency run. */
  pageRequests: number;
  throughputSeconds: number;
  throughputConnections: number;
  /** Clients per COPY transaction. */
  batchSize: number;
  /** Load with every index in place instead of dropping the secondary ones and rebuilding them after COPY. */
  keepIndexes: boolean;
  /** Where the Markdown results go. */
  resultsFile: string;
  /** Server log level (its log goes to a file next to the database). */
  serverLogLevel: string;
  /** Run only: load | measure | all. */
  only: 'all' | 'load';
  /** Measurement phases to run (all by default): search, pages, count, duplicates, throughput. */
  phases: Set<string>;
}

/** PostgreSQL settings of the embedded database the bench starts (see main.ts). */
export const BENCH_PG_SETTINGS = { shared_buffers: '1GB', effective_cache_size: '8GB' };

export const BENCH_ROOT = path.resolve(__dirname, '..');

export function parseOptions(argv: string[], env: NodeJS.ProcessEnv): BenchOptions {
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') continue; // what `pnpm bench -- …` passes through
    if (!arg.startsWith('--')) throw new Error(`Unexpected argument ${arg}`);
    const [key, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
    if (inline !== undefined) flags.set(key, inline);
    else if (argv[i + 1] !== undefined && !argv[i + 1]!.startsWith('--')) flags.set(key, argv[++i]!);
    else flags.set(key, true);
  }
  const known = new Set(['clients', 'quick', 'data-dir', 'seed', 'queries', 'page-requests', 'seconds', 'connections',
    'batch', 'keep-indexes', 'out', 'log-level', 'only', 'phases']);
  for (const key of flags.keys()) if (!known.has(key)) throw new Error(`Unknown option --${key}`);
  const num = (key: string, fallback: number) => {
    const v = flags.get(key);
    if (v === undefined || v === true) return fallback;
    const n = Number(String(v).replace(/_/g, ''));
    if (!Number.isFinite(n) || n <= 0) throw new Error(`--${key} must be a positive number`);
    return Math.floor(n);
  };
  const quick = flags.has('quick');
  const clients = num('clients', quick ? 50_000 : 1_000_000);
  const str = (key: string): string | null => {
    const v = flags.get(key);
    return typeof v === 'string' ? v : null;
  };
  const only = str('only') ?? 'all';
  if (only !== 'all' && only !== 'load') throw new Error('--only must be all or load');
  return {
    clients,
    quick,
    databaseUrl: env.BENCH_DATABASE_URL || null,
    dataDir: str('data-dir') ?? (env.BENCH_DATA_DIR || null),
    seed: num('seed', 20261101),
    queriesPerKind: num('queries', quick ? 25 : 200),
    pageRequests: num('page-requests', quick ? 30 : 300),
    throughputSeconds: num('seconds', quick ? 2 : 10),
    throughputConnections: num('connections', 10),
    batchSize: num('batch', 10_000),
    keepIndexes: flags.has('keep-indexes'),
    resultsFile: path.resolve(str('out') ?? path.join(BENCH_ROOT, 'results', quick ? 'latest-quick.md' : 'latest.md')),
    serverLogLevel: str('log-level') ?? 'info',
    only,
    phases: parsePhases(str('phases')),
  };
}

const PHASES = ['search', 'pages', 'count', 'duplicates', 'throughput', 'first-page-throughput'];

function parsePhases(raw: string | null | undefined): Set<string> {
  const phases = (raw ?? 'search,pages,count,duplicates,throughput').split(',').map((x) => x.trim()).filter(Boolean);
  const unknown = phases.filter((x) => !PHASES.includes(x));
  if (unknown.length || !phases.length) throw new Error(`--phases takes a comma-separated list of ${PHASES.join(', ')}`);
  return new Set(phases);
}
