import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { Config } from './config/config';
import { createAppDataSource, guardPoolErrors, runMigrations } from './db/data-sources';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './db/embedded-postgres';
import { createApp, type RunningApp } from './http/create-app';
import { seedDemoIfEmpty, type DemoLogin } from './modules/demo/demo-seed';
import { startEventRuntime, type EventRuntime } from './modules/events/runtime';
import { createServices, type Services } from './services';

export interface Kartoteka {
  url: string;
  port: number;
  ds: DataSource;
  services: Services;
  /** Outbox dispatcher, webhook worker and retention job of this process. */
  events: EventRuntime;
  demoLogin: DemoLogin | null;
  stop(): Promise<void>;
}

/** Database (embedded unless DATABASE_URL), migrations, demo data on first start, then HTTP. */
export async function startKartoteka(config: Config, log: Logger): Promise<Kartoteka> {
  let embedded: EmbeddedDatabase | null = null;
  let databaseUrl = config.DATABASE_URL;
  if (!databaseUrl) {
    log.info({ dataDir: config.DATA_DIR }, 'starting embedded PostgreSQL');
    embedded = await startEmbeddedPostgres({
      dataDir: config.DATA_DIR, port: config.EMBEDDED_PG_PORT, database: 'kartoteka',
      log: (line) => log.debug({ pg: line }, 'postgres'),
    });
    databaseUrl = embedded.url;
  }
  let ds: DataSource | null = null;
  let app: RunningApp | null = null;
  let events: EventRuntime | null = null;
  try {
    const ran = await runMigrations(databaseUrl);
    if (ran.length) log.info({ migrations: ran }, 'migrations applied');
    ds = createAppDataSource(databaseUrl, config.DB_POOL_SIZE);
    await ds.initialize();
    let stopping = false;
    guardPoolErrors(ds, (err) => {
      // on Ctrl-C embedded-postgres stops the database from its own signal handler, racing our shutdown
      if (stopping) log.debug({ err: err.message }, 'database connection closed during shutdown');
      else log.error({ err: err.message }, 'database connection lost; the pool reconnects');
    });
    const services = createServices(ds, config, log);
    events = await startEventRuntime(databaseUrl, config, services, log);
    const demoLogin = config.SEED_DEMO ? await seedDemoIfEmpty(ds, services, config.DEMO_CLIENTS, log) : null;
    app = await createApp({
      ds, services, log,
      cookieSecure: config.COOKIE_SECURE ?? config.NODE_ENV === 'production',
      trustProxy: config.TRUST_PROXY,
      introspection: true,
      staticDir: config.ADMIN_DIST_DIR,
      allowedOrigins: config.ALLOWED_ORIGINS,
      production: config.NODE_ENV === 'production',
    });
    const server = app.server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.PORT, config.HOST, () => resolve());
    });
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.PORT;
    const runningApp = app;
    const runningDs = ds;
    const runningEvents = events;
    return {
      url: `http://localhost:${port}`,
      port,
      ds: runningDs,
      services,
      events: runningEvents,
      demoLogin,
      async stop() {
        stopping = true;
        await runningApp.stop();
        await runningEvents.stop();
        await runningDs.destroy();
        if (embedded) await embedded.stop();
      },
    };
  } catch (err) {
    await app?.stop().catch(() => undefined);
    await events?.stop().catch(() => undefined);
    if (ds?.isInitialized) await ds.destroy().catch(() => undefined);
    if (embedded) await embedded.stop().catch(() => undefined);
    throw err;
  }
}
