import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/**
 * Where uploaded files live (F6.3). Keys are slash-separated and chosen by the server, never by the uploader.
 * Local disk is the default; an S3-compatible storage implements the same three calls (content type as object
 * metadata), chosen in services.ts from the configuration.
 */
export interface FileStorage {
  put(key: string, data: Buffer, contentType: string): Promise<void>;
  /** The bytes, or null when nothing is stored under the key. */
  get(key: string): Promise<Buffer | null>;
  /** Removes the file; a missing key is not an error. */
  delete(key: string): Promise<void>;
}

/** `tenants/<tenant>/<parts…>-<random>`: a new key for every upload, so an old URL never shows the new file. */
export function newFileKey(tenantId: string, ...parts: string[]): string {
  return `tenants/${tenantId}/${parts.join('/')}-${randomBytes(16).toString('hex')}`;
}

/** The random tail of a key: the file's version (ETag, `?v=` in URLs). */
export function fileKeyVersion(key: string): string {
  return key.slice(key.lastIndexOf('-') + 1);
}

const KEY = /^[A-Za-z0-9][A-Za-z0-9_-]*(\/[A-Za-z0-9][A-Za-z0-9_-]*)*$/;

/** Files under one directory (DATA_DIR/files), readable by the server's user only. */
export class LocalFileStorage implements FileStorage {
  constructor(private readonly root: string) {}

  async put(key: string, data: Buffer, _contentType: string): Promise<void> {
    const file = this.pathOf(key);
    await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
    // written to a temporary name, flushed, then renamed: a reader never sees half a file, and a file whose row
    // committed survives a power cut
    const temporary = `${file}.${randomBytes(4).toString('hex')}.tmp`;
    const handle = await open(temporary, 'wx', 0o600);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, file);
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      return await readFile(this.pathOf(key));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  private pathOf(key: string): string {
    if (!KEY.test(key)) throw new Error(`Invalid file key: ${JSON.stringify(key)}`);
    return path.join(this.root, ...key.split('/'));
  }
}
