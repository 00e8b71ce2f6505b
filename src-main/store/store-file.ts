// The one name of a store file, for everything that opens it or looks beside it.
import { realpathSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * The one name of a store file: symlinks resolved, so every way of reaching it opens the same
 * `-wal` and `-shm` files (SQLite names them after the path it is given).
 */
export function storeFile(path: string): string {
  if (path === ':memory:') return path;
  try {
    return realpathSync(path);
  } catch {
    try {
      return join(realpathSync(dirname(path)), basename(path));
    } catch {
      return resolve(path);
    }
  }
}
