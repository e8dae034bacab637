#!/usr/bin/env node
// Regenerates the codegen output into a temporary folder and compares it with the committed src/gql/.
// Exits 1 (naming the stale files) when they differ, so `pnpm check` fails on a stale src/gql/.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';

const here = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const committed = path.join(here, 'src/gql');
const temp = mkdtempSync(path.join(tmpdir(), 'kartoteka-codegen-'));
const out = path.join(temp, 'gql') + path.sep;
const run = spawnSync('pnpm', ['exec', 'graphql-codegen', '--config', 'codegen.ts', '--silent'], {
  cwd: here, stdio: 'inherit', env: { ...process.env, CODEGEN_OUT: out },
});
if (run.status !== 0) {
  console.error('codegen:check: graphql-codegen failed');
  process.exit(1);
}
const files = (dir) => (existsSync(dir) ? readdirSync(dir).filter((f) => !f.startsWith('.')).sort() : []);
const fresh = files(out);
const stale = [];
for (const f of new Set([...fresh, ...files(committed)])) {
  const a = existsSync(path.join(out, f)) ? readFileSync(path.join(out, f), 'utf8') : null;
  const b = existsSync(path.join(committed, f)) ? readFileSync(path.join(committed, f), 'utf8') : null;
  if (a !== b) stale.push(f);
}
rmSync(temp, { recursive: true, force: true });

// The documents must also be valid against the schema (argument types change: ID → UUID, …).
const require = createRequire(import.meta.url);
const { buildSchema, validate } = require('graphql');
const schema = buildSchema(readFileSync(path.join(here, '../server/schema.graphql'), 'utf8'));
const generated = readFileSync(path.join(committed, 'graphql.ts'), 'utf8');
const invalid = [];
for (const m of generated.matchAll(/^export const (\w+Document) = (\{.*\}) as unknown as DocumentNode<.*$/gm)) {
  for (const error of validate(schema, JSON.parse(m[2]))) invalid.push(`${m[1]}: ${error.message}`);
}
if (invalid.length) {
  console.error(`codegen:check: operations do not match schema.graphql:\n  ${invalid.join('\n  ')}`);
  process.exit(1);
}
if (stale.length) {
  console.error(`codegen:check: src/gql is stale (${stale.join(', ')}). Run: pnpm --filter @kartoteka/admin run codegen`);
  process.exit(1);
}
console.log('codegen:check: src/gql is fresh');
