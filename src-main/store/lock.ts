// One running Quire per store, however the file is reached. Two OS locks, both dropped by the
// operating system when the holder exits, however it exits (no stale lock, no pid guessing):
// - an exclusive SQLite lock on a small file beside the database's real path (`quire.sqlite.lock`),
//   which also remembers whether the last session closed cleanly, to check the store after a crash;
// - the database file itself, locked by its inode: every open connection of a running Quire holds
//   a shared lock on it (WAL mode keeps one for the connection's life), so a newcomer that cannot
//   take it exclusively for a moment knows another process has the store open, whether through a
//   hard link, a symlink or after the `.lock` file was deleted. SQLite's own WAL and lock files
//   are named after the path given, so without this check each name would get a writer of its own.
import { existsSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { now, storeFile } from './db';
import { isCorruptionError } from './health';

/** Another running Quire has this store open. */
export class StoreInUseError extends Error {
  constructor(readonly path: string) {
    super(`the Quire store ${path} is in use by another running Quire; close that one first (or choose another file with --db)`);
    this.name = 'StoreInUseError';
  }
}

export interface StoreLock {
  /** False when the previous session ended without closing the store (a crash, a kill). */
  readonly previousCleanExit: boolean;
  /** clean = false when the store could not be opened: the next open checks it again. */
  release(clean?: boolean): void;
}

export const lockPath = (dbPath: string): string => `${storeFile(dbPath)}.lock`;

/** Held lock connections: a lock lasts until released or the process exits, never until GC finds it unreferenced. */
const held = new Set<Database.Database>();

const isBusy = (err: unknown): boolean =>
  typeof err === 'object' && err !== null && /^SQLITE_(BUSY|LOCKED)/.test(String((err as { code?: unknown }).code));

/** Takes the store's lock or throws StoreInUseError at once (no waiting). */
export function acquireStoreLock(dbPath: string, nativeBinding?: string): StoreLock {
  if (dbPath === ':memory:') return { previousCleanExit: true, release: () => undefined };
  let taken: StoreLock;
  try {
    taken = lock(dbPath, nativeBinding);
  } catch (err) {
    if (!isCorruptionError(err)) throw err;
    // The lock file holds nothing of value: a damaged one is replaced (and the store checked).
    rmSync(lockPath(dbPath), { force: true });
    const fresh = lock(dbPath, nativeBinding);
    taken = { previousCleanExit: false, release: (clean) => fresh.release(clean) };
  }
  if (openedElsewhere(dbPath, nativeBinding)) {
    // Not a clean exit of ours to record: the other process's session is not this one's.
    taken.release(taken.previousCleanExit);
    throw new StoreInUseError(dbPath);
  }
  return taken;
}

/**
 * True when another connection, in this process or another, has the database file open: an
 * exclusive lock on its inode cannot be had even for a moment. A file SQLite cannot read is left
 * to openStore to report.
 */
function openedElsewhere(dbPath: string, nativeBinding?: string): boolean {
  const file = storeFile(dbPath);
  if (!existsSync(file)) return false;
  let probe: Database.Database;
  try {
    probe = new Database(file, { timeout: 0, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  } catch {
    return false;
  }
  try {
    // EXCLUSIVE locking mode: the first read takes an exclusive lock on the file (no -shm is used).
    probe.pragma('locking_mode = EXCLUSIVE');
    probe.prepare('SELECT count(*) FROM sqlite_schema').get();
    return false;
  } catch (err) {
    return isBusy(err);
  } finally {
    probe.close();
  }
}

function lock(dbPath: string, nativeBinding?: string): StoreLock {
  const db = new Database(lockPath(dbPath), { timeout: 0, ...(nativeBinding ? { nativeBinding } : {}) });
  let previousCleanExit = true;
  try {
    // EXCLUSIVE locking mode keeps the lock taken by the first write until the connection closes.
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
    db.exec('CREATE TABLE IF NOT EXISTS session (id INTEGER PRIMARY KEY CHECK (id = 1), pid INTEGER NOT NULL, started_at TEXT NOT NULL, clean INTEGER NOT NULL)');
    const last = db.prepare('SELECT clean FROM session WHERE id = 1').get() as { clean: number } | undefined;
    previousCleanExit = last === undefined || last.clean === 1;
    db.prepare('INSERT OR REPLACE INTO session (id, pid, started_at, clean) VALUES (1, ?, ?, 0)').run(process.pid, now());
    db.exec('COMMIT');
    held.add(db);
  } catch (err) {
    db.close();
    if (isBusy(err)) throw new StoreInUseError(dbPath);
    throw err;
  }
  return {
    previousCleanExit,
    release(clean = true) {
      held.delete(db);
      if (!db.open) return;
      try {
        if (clean) db.prepare('UPDATE session SET clean = 1 WHERE id = 1').run();
      } finally {
        db.close();
      }
    },
  };
}
