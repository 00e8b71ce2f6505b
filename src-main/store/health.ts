// Is the file a sound Quire store? Cheap checks on every open (the SQLite header, a file shorter
// than its header says, SQLite's own corruption errors) and PRAGMA quick_check when asked.
// A failure is a StoreCorruptError whose message names the latest backup and how to restore it.
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { latestBackup } from './backup-files';
import { storeFile } from './store-file';

/** The store file cannot be used: damaged, or not a Quire store at all. */
export class StoreCorruptError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
    /** The newest backup's name, when there is one. */
    readonly latestBackup: string | null,
  ) {
    const offer = latestBackup
      ? `the latest backup is ${latestBackup}: restore it with "quire restore ${latestBackup}" or from the dialog the Quire app shows at start`
      : 'no backup of it exists';
    super(`the Quire store ${path} cannot be used: ${reason}; ${offer}`);
    this.name = 'StoreCorruptError';
  }

  static for(path: string, reason: string): StoreCorruptError {
    return new StoreCorruptError(path, reason, latestBackup(path)?.name ?? null);
  }
}

const MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const HEADER_BYTES = 100;

/**
 * Reads the 100-byte SQLite header of an existing, non-empty file: throws for a file that is not
 * SQLite, or that is shorter than the page count its header vouches for (truncated) while no
 * write-ahead log could hold the rest.
 */
export function checkHeader(path: string): void {
  if (path === ':memory:' || !existsSync(path)) return;
  const size = statSync(path).size;
  if (size === 0) return;
  const header = Buffer.alloc(HEADER_BYTES);
  const fd = openSync(path, 'r');
  let read: number;
  try {
    read = readSync(fd, header, 0, HEADER_BYTES, 0);
  } finally {
    closeSync(fd);
  }
  if (read < HEADER_BYTES || !header.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw StoreCorruptError.for(path, 'it is not a database (no SQLite header)');
  }
  const raw = header.readUInt16BE(16);
  const pageSize = raw === 1 ? 65536 : raw;
  const pages = header.readUInt32BE(28);
  // The in-header page count is only valid when its "version-valid-for" matches the change counter.
  const pagesValid = header.readUInt32BE(92) === header.readUInt32BE(24) && pages > 0;
  const wal = `${storeFile(path)}-wal`;
  const walEmpty = !existsSync(wal) || statSync(wal).size === 0;
  if (pagesValid && walEmpty && size < pages * pageSize) {
    throw StoreCorruptError.for(path, `the file is truncated (${size} of ${pages * pageSize} bytes)`);
  }
}

/** SQLite's own words for a damaged file or a file that is not a database. */
export function isCorruptionError(err: unknown): boolean {
  const code = typeof err === 'object' && err !== null ? (err as { code?: unknown }).code : undefined;
  return typeof code === 'string' && /^SQLITE_(CORRUPT|NOTADB)/.test(code);
}
