// One running Quire per store. The lock is an exclusive SQLite lock on a small file beside the
// database (`quire.sqlite.lock`): the operating system drops it when the holder exits, however
// it exits, so a crashed or killed Quire never leaves a stale lock behind (no pid guessing).
// The file also remembers whether the last session closed cleanly, to check the store after a crash.
import { rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { now } from './db';
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

export const lockPath = (dbPath: string): string => `${dbPath}.lock`;

/** Held lock connections: a lock lasts until released or the process exits, never until GC finds it unreferenced. */
const held = new Set<Database.Database>();

const isBusy = (err: unknown): boolean =>
  typeof err === 'object' && err !== null && /^SQLITE_(BUSY|LOCKED)/.test(String((err as { code?: unknown }).code));

/** Takes the store's lock or throws StoreInUseError at once (no waiting). */
export function acquireStoreLock(dbPath: string, nativeBinding?: string): StoreLock {
  if (dbPath === ':memory:') return { previousCleanExit: true, release: () => undefined };
  try {
    return lock(dbPath, nativeBinding);
  } catch (err) {
    if (!isCorruptionError(err)) throw err;
    // The lock file holds nothing of value: a damaged one is replaced (and the store checked).
    rmSync(lockPath(dbPath), { force: true });
    const fresh = lock(dbPath, nativeBinding);
    return { previousCleanExit: false, release: (clean) => fresh.release(clean) };
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
