import 'reflect-metadata';
import { startKartoteka } from './boot';
import { ConfigError, loadConfig } from './config/config';
import { createLogger } from './logger';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(78); // EX_CONFIG
    }
    throw err;
  }
  const log = createLogger(config.LOG_LEVEL, config.NODE_ENV === 'development' && process.stdout.isTTY);
  const app = await startKartoteka(config, log);
  const lines = [
    '',
    `  Kartoteka is running at ${app.url}`,
    `    admin       ${app.url}/`,
    `    GraphQL     ${app.url}/graphql`,
    `    playground  ${app.url}/playground`,
  ];
  if (app.demoLogin) {
    lines.push('', `  Demo business "${app.demoLogin.businessName}":`, `    e-mail    ${app.demoLogin.email}`, `    password  ${app.demoLogin.password}`);
  }
  lines.push('', '  Ctrl-C stops the server and its database.', '');
  console.log(lines.join('\n'));

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    try {
      await app.stop();
      process.exit(0);
    } catch (err) {
      log.error({ err }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((err: unknown) => {
  console.error('Kartoteka failed to start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
