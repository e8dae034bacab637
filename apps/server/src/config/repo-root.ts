import { existsSync } from 'node:fs';
import path from 'node:path';

/** The monorepo root (the folder with pnpm-workspace.yaml), so `./.data` means the same place whether the
 * server is started from the root (`pnpm start`) or from apps/server (`pnpm --filter … dev`). */
export function findRepoRoot(start: string = __dirname): string {
  let dir = start;
  for (;;) {
    if (existsSync(path.join(dir, 'pnpm-workspace.yaml'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
}
