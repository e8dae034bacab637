#!/usr/bin/env node
// Runs every package's jest suite in turn (domain, fakedata, server, admin) and ends with one closing line
// "N passed, N failed" that CI reads. Exits non-zero when anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const suites = [
  { name: 'domain', dir: 'packages/domain' },
  { name: 'fakedata', dir: 'packages/fakedata' },
  { name: 'server', dir: 'apps/server' },
  { name: 'admin', dir: 'apps/admin' },
].filter((s) => existsSync(path.join(root, s.dir, 'jest.config.js')));

const out = mkdtempSync(path.join(tmpdir(), 'kartoteka-tests-'));
let passed = 0;
let failed = 0;
let skipped = 0;
let broken = [];
for (const suite of suites) {
  const outputFile = path.join(out, `${suite.name}.json`);
  console.log(`\n=== ${suite.name} (${suite.dir}) ===`);
  const args = ['exec', 'jest', '--json', `--outputFile=${outputFile}`, ...process.argv.slice(2)];
  const run = spawnSync('pnpm', args, { cwd: path.join(root, suite.dir), stdio: 'inherit', env: process.env });
  if (!existsSync(outputFile)) {
    broken.push(suite.name);
    failed += 1;
    continue;
  }
  const result = JSON.parse(readFileSync(outputFile, 'utf8'));
  passed += result.numPassedTests;
  failed += result.numFailedTests + result.numRuntimeErrorTestSuites;
  skipped += result.numPendingTests + result.numTodoTests;
  if (run.status !== 0 && result.numFailedTests === 0 && result.numRuntimeErrorTestSuites === 0) broken.push(suite.name);
}
if (broken.length) console.log(`\nSuites that did not finish cleanly: ${broken.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || broken.length ? 1 : 0);
