import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { createMigrationDataSource, runMigrations } from '../db/data-sources';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../db/embedded-postgres';

/**
 * Fails when the TypeORM entities and the migrated schema disagree: a column the code maps that the migrations
 * never create (or with another type, nullability or collation), or a column the migrations create that no
 * entity maps. TypeORM's own diff is not used because it wants to drop what it cannot express (row-level
 * security, partial and trigram indexes, composite foreign keys): see docs/adr/0002-hand-written-migrations.md.
 */
const UDT: Record<string, string> = {
  uuid: 'uuid', text: 'text', citext: 'citext', boolean: 'bool', integer: 'int4', smallint: 'int2', bigint: 'int8',
  numeric: 'numeric', jsonb: 'jsonb', timestamptz: 'timestamptz', date: 'date',
};

async function main(): Promise<void> {
  let embedded: EmbeddedDatabase | null = null;
  let dir: string | null = null;
  let url = process.env.DATABASE_URL;
  if (!url) {
    dir = mkdtempSync(path.join(tmpdir(), 'kartoteka-check-'));
    embedded = await startEmbeddedPostgres({ dataDir: dir, port: 56000 + Math.floor(Math.random() * 3000), database: 'kartoteka_check' });
    url = embedded.url;
  }
  const problems: string[] = [];
  try {
    await runMigrations(url);
    const ds = createMigrationDataSource(url);
    await ds.initialize();
    const db = new Client({ connectionString: url });
    await db.connect();
    for (const meta of ds.entityMetadatas) {
      const { rows } = await db.query<{ column_name: string; udt_name: string; is_nullable: string; collation_name: string | null }>(
        `select column_name, udt_name, is_nullable, collation_name from information_schema.columns where table_schema = 'public' and table_name = $1`,
        [meta.tableName]);
      if (!rows.length) {
        problems.push(`${meta.tableName}: mapped by ${meta.name} but no migration creates it`);
        continue;
      }
      const dbColumns = new Map(rows.map((r) => [r.column_name, r]));
      for (const col of meta.columns) {
        const actual = dbColumns.get(col.databaseName);
        const where = `${meta.tableName}.${col.databaseName}`;
        if (!actual) { problems.push(`${where}: mapped but missing in the migrated schema`); continue; }
        dbColumns.delete(col.databaseName);
        const expectedType = UDT[String(col.type)] ?? String(col.type);
        if (actual.udt_name !== expectedType) problems.push(`${where}: entity says ${String(col.type)}, database has ${actual.udt_name}`);
        if ((actual.is_nullable === 'YES') !== col.isNullable && !col.isPrimary) {
          problems.push(`${where}: entity nullable=${col.isNullable}, database nullable=${actual.is_nullable}`);
        }
        if ((col.collation ?? null) !== (actual.collation_name === 'C' ? 'C' : null)) {
          problems.push(`${where}: entity collation ${col.collation ?? 'default'}, database ${actual.collation_name ?? 'default'}`);
        }
      }
      for (const extra of dbColumns.keys()) problems.push(`${meta.tableName}.${extra}: created by a migration but not mapped by ${meta.name}`);
    }
    await db.end();
    await ds.destroy();
  } finally {
    if (embedded) await embedded.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
  if (problems.length) {
    console.error(`Entities and migrations differ:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log('entities match the migrated schema');
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
