import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

type Cell = string | number | boolean | null | undefined;

/** One value in PostgreSQL's COPY text format: \N for null, backslash escapes for \ tab newline and CR. */
export function cell(v: Cell): string {
  if (v === null || v === undefined) return '\\N';
  if (typeof v === 'boolean') return v ? 't' : 'f';
  if (typeof v === 'number') return String(v);
  return /[\\\t\n\r]/.test(v) ? v.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r')) : v;
}

export function row(values: readonly Cell[]): string {
  let out = cell(values[0]);
  for (let i = 1; i < values.length; i++) out += `\t${cell(values[i])}`;
  return `${out}\n`;
}

/**
 * Rows of one table for one batch, kept as chunks of about 64 KB of text so the COPY stream gets reasonable
 * writes and the batch never needs one huge string.
 */
export class CopyBuffer {
  readonly chunks: string[] = [];
  rows = 0;
  private current = '';

  add(values: readonly Cell[]): void {
    this.current += row(values);
    this.rows++;
    if (this.current.length >= 65_536) {
      this.chunks.push(this.current);
      this.current = '';
    }
  }

  finish(): string[] {
    if (this.current) this.chunks.push(this.current);
    this.current = '';
    return this.chunks;
  }
}

/** COPY … FROM STDIN (text format) of already-built chunks, streamed with back-pressure. Returns milliseconds. */
export async function copyChunks(client: PoolClient, table: string, columns: readonly string[], chunks: readonly string[]): Promise<number> {
  const started = performance.now();
  if (chunks.length) {
    const stream = client.query(copyFrom(`copy ${table} (${columns.join(', ')}) from stdin`));
    await pipeline(Readable.from(chunks, { objectMode: false }), stream);
  }
  return performance.now() - started;
}
