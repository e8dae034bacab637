import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildAppSchema } from '../graphql/schema';

/** Prints the GraphQL schema built from the code into apps/server/schema.graphql; `--check` fails when stale. */
const file = path.resolve(__dirname, '../../schema.graphql');
const printed = `# Generated from the code by \`pnpm schema:print\`; do not edit. \`pnpm check\` fails when it is stale.\n\n${printSchema(lexicographicSortSchema(buildAppSchema()))}`;
if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(file, 'utf8');
  } catch {
    // a missing file is stale too
  }
  if (committed !== printed) {
    console.error('apps/server/schema.graphql is stale: run `pnpm schema:print` and commit it.');
    process.exit(1);
  }
  console.log('schema.graphql is fresh');
} else {
  writeFileSync(file, printed);
  console.log(`wrote ${file}`);
}
