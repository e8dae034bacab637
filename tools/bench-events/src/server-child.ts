/**
 * One Kartoteka server in its own process, as in production, so the bench's clients never share its event loop.
 * Reports its port over IPC, answers `stats` with its event counters, stops on SIGTERM or when the parent goes.
 */
import { startKartoteka } from '@kartoteka/server/dist/boot';
import { loadConfig } from '@kartoteka/server/dist/config/config';
import { createLogger } from '@kartoteka/server/dist/logger';
import { performance } from 'node:perf_hooks';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const app = await startKartoteka(config, createLogger(config.LOG_LEVEL, false));
  // when each event was handed to this process's subscribers: splits latency into dispatch and fan-out
  const published = new Map<string, number>();
  const hub = app.services.eventHub;
  const publish = hub.publish.bind(hub);
  hub.publish = (event) => {
    published.set(event.id, performance.timeOrigin + performance.now());
    return publish(event);
  };
  process.send?.({ type: 'ready', port: app.port });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    setTimeout(() => process.exit(0), 8000).unref();
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
    if (m?.type === 'published') {
      process.send?.({ type: 'published', times: [...published] });
      return;
    }
    if (m?.type !== 'stats') return;
    process.send?.({
      type: 'stats',
      published: app.events.dispatcher.published,
      webhookAttempts: app.events.webhooks?.attempts ?? 0,
      subscribers: app.services.eventHub.subscriberCount,
      rss: process.memoryUsage().rss,
      cpu: process.cpuUsage(),
    });
  });
}

main().catch((err: unknown) => {
  console.error('bench server failed to start:', err instanceof Error ? err.stack : err);
  process.exit(1);
});
