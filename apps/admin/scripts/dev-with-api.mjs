#!/usr/bin/env node
// `pnpm dev` from the repository root: the API (apps/server, reloads on change, port 4000) and the admin with hot
// reload (Vite, port 5173, forwarding /graphql to the API so the session cookie stays same-origin).
// Ctrl-C stops both.
import { spawn } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../..');
const apiPort = process.env.PORT ?? '4000';
const children = [
  { name: 'api', args: ['--filter', '@kartoteka/server', 'run', 'dev'], env: { PORT: apiPort } },
  { name: 'admin', args: ['--filter', '@kartoteka/admin', 'run', 'dev'], env: { KARTOTEKA_API_URL: `http://localhost:${apiPort}` } },
].map(({ name, args, env }) => {
  const child = spawn('pnpm', args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const prefix = (chunk) => chunk.toString().split('\n').filter(Boolean).map((line) => `[${name}] ${line}`).join('\n') + '\n';
  child.stdout.on('data', (c) => process.stdout.write(prefix(c)));
  child.stderr.on('data', (c) => process.stderr.write(prefix(c)));
  child.on('exit', (code) => {
    console.log(`[${name}] exited (${code ?? 'signal'})`);
    stop();
  });
  return child;
});

console.log(`\n  Admin with hot reload: http://localhost:${process.env.ADMIN_DEV_PORT ?? 5173}  (API: http://localhost:${apiPort}/graphql)\n`);

let stopping = false;
function stop() {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGINT');
  setTimeout(() => process.exit(0), 3000).unref();
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
