import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../migrations';
import { ENTITIES } from './entities';

export const APP_DB_ROLE = 'kartoteka_app';

/** Owner connection: runs migrations, then closes. Never used to serve requests. */
export function createMigrationDataSource(url: string): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    extra: { max: 2, ...socketHost(url) },
  });
}

/**
 * The serving connection pool. Every connection switches to the kartoteka_app role at start-up (a startup
 * option, so no request can run before it), which owns nothing and has no BYPASSRLS: row-level security binds
 * every query. See docs/adr/0003-app-role-via-startup-option.md.
 */
export function createAppDataSource(url: string, poolSize: number): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    synchronize: false,
    logging: false,
    extra: {
      ...socketHost(url),
      max: poolSize,
      options: `-c role=${APP_DB_ROLE}`,
      idleTimeoutMillis: 30_000,
      connectionTimeoutMillis: 10_000,
      application_name: 'kartoteka',
    },
  });
}

/**
 * libpq's `?host=/run/postgresql` form (a Unix socket directory, as the embedded database is reached): TypeORM's
 * URL parser drops query parameters, so the socket directory goes to pg directly. On this kind of machine a
 * round trip over a Unix socket costs about a third less CPU than over loopback TCP.
 */
function socketHost(url: string): { host?: string } {
  const host = new URL(url).searchParams.get('host');
  return host?.startsWith('/') ? { host } : {};
}

/** A pg.Pool without an 'error' listener crashes the process when a backend dies (STACK.md gotcha 10). */
export function guardPoolErrors(ds: DataSource, onError: (err: Error) => void): void {
  const driver = ds.driver as unknown as { master?: { on(event: 'error', cb: (e: Error) => void): void } };
  driver.master?.on('error', onError);
}

export async function runMigrations(url: string): Promise<string[]> {
  const ds = createMigrationDataSource(url);
  await ds.initialize();
  try {
    const ran = await ds.runMigrations({ transaction: 'each' });
    return ran.map((m) => m.name);
  } finally {
    await ds.destroy();
  }
}
