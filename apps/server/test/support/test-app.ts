import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import pino from 'pino';
import { startKartoteka, type Kartoteka } from '../../src/boot';
import { loadConfig } from '../../src/config/config';

export interface TestApp extends Kartoteka {
  databaseUrl: string;
  /** Runs SQL as the database owner (outside row-level security), to check what the API really wrote. */
  sql<T = Record<string, any>>(text: string, params?: unknown[]): Promise<T[]>;
}

/** A real server on a fresh database cloned from the migrated template; one per test file. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const adminUrl = process.env.KARTOTEKA_TEST_ADMIN_URL!;
  const template = process.env.KARTOTEKA_TEST_TEMPLATE!;
  const database = `kt_test_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${database} template ${template}`);
  await admin.end();
  const u = new URL(adminUrl);
  u.pathname = `/${database}`;
  const databaseUrl = u.toString();
  const config = loadConfig({
    NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', DATABASE_URL: databaseUrl, SEED_DEMO: 'false', DB_POOL_SIZE: '5',
    ...env,
  });
  const app = await startKartoteka(config, pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }));
  return {
    ...app,
    databaseUrl,
    async sql(text, params) {
      const db = new Client({ connectionString: databaseUrl });
      await db.connect();
      try {
        return (await db.query(text, params)).rows;
      } finally {
        await db.end();
      }
    },
    async stop() {
      await app.stop();
      const c = new Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`drop database if exists ${database} with (force)`);
      await c.end();
    },
  };
}
