import path from 'node:path';
import { z } from 'zod';
import { findRepoRoot } from './repo-root';

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  DATA_DIR: z.string().min(1).default('./.data'),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 90).default(24 * 14),
  SEED_DEMO: booleanFromEnv.default(true),
  DEMO_CLIENTS: z.coerce.number().int().min(0).max(100000).default(200),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ENCRYPTION_KEY: z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/, 'must be 64 hex characters (32 bytes)')
    .optional(),
  COOKIE_SECURE: booleanFromEnv.optional(),
  TRUST_PROXY: booleanFromEnv.default(false),
  ADMIN_DIST_DIR: z.string().min(1).default('./apps/admin/dist'),
  // partner events (docs/partners.md, docs/adr/0006-0008)
  /** Extra browser origins allowed to open the GraphQL WebSocket (the server's own origin always is). */
  ALLOWED_ORIGINS: z.string().default('').transform((v) => v.split(',').map((o) => o.trim().replace(/\/$/, '')).filter(Boolean))
    .pipe(z.array(z.url({ protocol: /^https?$/ }))),
  /** Deliver webhooks from this process (every process always dispatches events to its own subscribers). */
  WEBHOOK_WORKER: booleanFromEnv.default(true),
  WEBHOOK_CONCURRENCY: z.coerce.number().int().min(1).max(1000).default(32),
  WEBHOOK_PER_ENDPOINT_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(4),
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
  /** Seconds between attempts (default: about three days in 11 attempts); tests shorten it. */
  WEBHOOK_RETRY_DELAYS: z.string().regex(/^\d+(\.\d+)?(,\d+(\.\d+)?)*$/, 'comma-separated seconds').optional()
    .transform((v) => (v ? v.split(',').map(Number) : undefined)),
  EVENTS_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(1000),
  EVENT_RETENTION_DAYS: z.coerce.number().int().min(30).max(3650).default(35),
});

export type Config = z.infer<typeof envSchema> & { REPO_ROOT: string };

export class ConfigError extends Error {}

/** Reads and validates the environment once at start; a bad value stops the start with one clear line per problem. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message} (got ${JSON.stringify(env[String(i.path[0])])})`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}\nSee .env.example for every setting.`);
  }
  const repoRoot = findRepoRoot();
  return {
    ...parsed.data,
    DATA_DIR: path.resolve(repoRoot, parsed.data.DATA_DIR),
    ADMIN_DIST_DIR: path.resolve(repoRoot, parsed.data.ADMIN_DIST_DIR),
    REPO_ROOT: repoRoot,
  };
}
