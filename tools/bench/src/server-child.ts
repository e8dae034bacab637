/**
 * The Kartoteka server in its own process (as in production), so the load generator and the timing code in the
 * parent never share its event loop. Started by server-process.ts; reports its port over IPC and stops on
 * SIGTERM or when the parent goes away.
 */
// reflect-metadata is loaded by the server's own data-sources module, the first thing boot requires
import { startKartoteka } from '@kartoteka/server/dist/boot';
import { loadConfig } from '@kartoteka/server/dist/config/config';
import { createLogger } from '@kartoteka/server/dist/logger';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const log = createLogger(config.LOG_LEVEL, false);
  const app = await startKartoteka(config, log);
  process.send?.({ type: 'ready', port: app.port });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    // a stop that hangs (the database already gone, a keep-alive socket) must not leave this process behind
    setTimeout(() => process.exit(0), 5000).unref();
    try {
      await app.stop();
    } finally {
      process.exit(0);
    }
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
  process.on('disconnect', () => void stop());
  process.on('message', (m: { type?: string }) => {
    if (m?.type === 'memory') process.send?.({ type: 'memory', ...process.memoryUsage() });
  });
}

main().catch((err: unknown) => {
  console.error('bench server failed to start:', err instanceof Error ? err.stack : err);
  process.exit(1);
});
