/**
 * A PostgreSQL of its own, as a separate process, so a test can stop and start the database under a running
 * server: `node -r @swc-node/register test/support/pg-process.ts <dataDir> <port>`. Prints `READY <url>`;
 * SIGTERM stops PostgreSQL and exits.
 */
import { startEmbeddedPostgres } from '../../src/db/embedded-postgres';

async function main(): Promise<void> {
  const [dataDir, port] = process.argv.slice(2);
  const db = await startEmbeddedPostgres({ dataDir: dataDir!, port: Number(port), database: 'kartoteka' });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await db.stop().catch(() => undefined);
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
  console.log(`READY ${db.url}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
