#!/usr/bin/env node
// `pnpm check`: lint, type checks, and freshness of generated files (schema.graphql, entities vs migrations,
// admin codegen). Stops at the first failure and says which step failed.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const steps = [
  ['build packages', 'pnpm', ['--filter', '@kartoteka/domain', '--filter', '@kartoteka/fakedata', 'run', 'build']],
  ['lint', 'pnpm', ['exec', 'eslint', '.', '--max-warnings=0']],
  ['types: domain', 'pnpm', ['--filter', '@kartoteka/domain', 'run', 'typecheck']],
  ['types: fakedata', 'pnpm', ['--filter', '@kartoteka/fakedata', 'run', 'typecheck']],
  ['types: server', 'pnpm', ['--filter', '@kartoteka/server', 'run', 'typecheck']],
  ['schema.graphql is fresh', 'pnpm', ['--filter', '@kartoteka/server', 'run', 'schema:check']],
  ['entities match migrations', 'pnpm', ['--filter', '@kartoteka/server', 'run', 'entities:check']],
];
if (existsSync(path.join(root, 'apps/admin/package.json'))) {
  steps.push(['types: admin', 'pnpm', ['--filter', '@kartoteka/admin', 'run', 'typecheck']]);
  steps.push(['admin codegen is fresh', 'pnpm', ['--filter', '@kartoteka/admin', 'run', 'codegen:check']]);
}
for (const [name, cmd, args] of steps) {
  console.log(`\n--- ${name}`);
  const run = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) {
    console.error(`\npnpm check failed at: ${name}`);
    process.exit(1);
  }
}
console.log('\npnpm check: all steps passed');
