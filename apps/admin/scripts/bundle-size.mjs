#!/usr/bin/env node
// Gzip size of the admin's first load: the module script of dist/index.html plus every chunk it preloads
// (its static imports). Lazy chunks (full form, profile, settings) and the playground page are not counted.
// Usage: node scripts/bundle-size.mjs [--max-kb 250] [--json]
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../dist');
const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
const files = new Set();
for (const m of html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g)) files.add(m[1]);
for (const m of html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)) files.add(m[1]);
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const rows = [...files].map((f) => {
  const file = path.join(dist, f.replace(/^\//, ''));
  return { file: f, raw: readFileSync(file).length, gzip: gz(file) };
});
const total = rows.reduce((s, r) => s + r.gzip, 0);
const all = readdirSync(path.join(dist, 'assets')).filter((f) => f.endsWith('.js'));
const args = process.argv.slice(2);
const max = args.includes('--max-kb') ? Number(args[args.indexOf('--max-kb') + 1]) : 250;
if (args.includes('--json')) {
  console.log(JSON.stringify({ firstLoadGzipBytes: total, files: rows }, null, 2));
} else {
  for (const r of rows) console.log(`${r.file}  ${(r.raw / 1024).toFixed(1)} kB raw, ${(r.gzip / 1024).toFixed(1)} kB gzip`);
  console.log(`first load JavaScript: ${(total / 1024).toFixed(1)} kB gzip (${rows.length} files; ${all.length} JS files in dist/assets)`);
}
if (total / 1024 > max) {
  console.error(`over budget: ${(total / 1024).toFixed(1)} kB > ${max} kB`);
  process.exit(1);
}
