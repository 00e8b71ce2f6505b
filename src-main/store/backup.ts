// Backups through SQLite's online backup API (a consistent copy while the store stays in use),
// each written under a temporary name, checked with PRAGMA integrity_check and only then renamed
// into place; and restore, which swaps a backup in for the store file while the store is closed.
import { randomBytes } from 'node:crypto';
import { closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { backupName, backupsDir, listBackupFiles, type BackupFile, type BackupReason } from './backup-files';
import { storeFile, type Db } from './db';
import { LATEST_VERSION } from './migrations/index';
import { checkQuireSchema } from './schema-check';

export { backupsDir, isBackupName, latestBackup, listBackupFiles, type BackupFile, type BackupReason } from './backup-files';

const tempBeside = (target: string): string => join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);

function fsyncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Renames into place and makes the rename durable (the directory entry too, where the OS allows). */
function commitRename(temp: string, target: string): void {
  fsyncPath(temp);
  renameSync(temp, target);
  try {
    fsyncPath(dirname(target));
  } catch {
    // Windows cannot open a directory for fsync; the rename itself is atomic there.
  }
}

/**
 * Throws (with the reason) unless `path` is a sound Quire store this version can open: passes
 * integrity_check, has a schema version this Quire knows and exactly Quire's schema for that
 * version. Leaves it in rollback-journal mode, one self-contained file.
 */
export function verifyBackupFile(path: string, nativeBinding?: string): void {
  const db = new Database(path, { fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    db.pragma('journal_mode = DELETE');
    const result = db.pragma('integrity_check(3)', { simple: true });
    if (result !== 'ok') throw new Error(`it fails the integrity check (${String(result).slice(0, 200)})`);
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version < 1) throw new Error('it is not a Quire store');
    if (version > LATEST_VERSION) throw new Error(`it was written by a newer Quire (schema ${version}, this app knows ${LATEST_VERSION})`);
    checkQuireSchema(db, version, nativeBinding);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    throw new Error(/^SQLITE_/.test(String((err as { code?: unknown }).code)) ? `it is not a usable database (${message})` : message);
  } finally {
    db.close();
  }
}

/** Checks a backup copy (verifyBackupFile, here or on another thread). */
export type VerifyBackup = (path: string) => Promise<void>;

/** Copies the open store `db` to `target` (atomically, checked by `verify` before the rename). */
export async function writeBackup(db: Db, target: string, verify: VerifyBackup): Promise<void> {
  mkdirSync(dirname(target), { recursive: true });
  const temp = tempBeside(target);
  try {
    await db.backup(temp);
    await verify(temp);
    commitRename(temp, target);
  } finally {
    rmSync(temp, { force: true });
    rmSync(`${temp}-journal`, { force: true });
  }
}

/** A new backup of the open store at `dbPath` in its backups folder. */
export async function createBackup(db: Db, dbPath: string, reason: BackupReason, verify: VerifyBackup): Promise<BackupFile> {
  const name = backupName(dbPath, reason);
  await writeBackup(db, join(backupsDir(dbPath), name), verify);
  const made = listBackupFiles(dbPath).find((b) => b.name === name);
  if (!made) throw new Error(`the backup ${name} was written but cannot be found`);
  return made;
}

/** Deletes automatic backups beyond the newest `keep`; the analyst's own and pre-restore copies stay. */
export function pruneAutoBackups(dbPath: string, keep: number): void {
  for (const old of listBackupFiles(dbPath).filter((b) => b.reason === 'auto').slice(keep)) rmSync(old.path, { force: true });
}

/** Temporary files a crash left in the backups folder (old enough that no backup is still writing them). */
export function removeStaleTemps(dbPath: string, olderThanMs: number): void {
  const dir = backupsDir(dbPath);
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    if (!/^\..+\.tmp(-journal|-wal|-shm)?$/.test(name)) continue;
    const path = join(dir, name);
    if (Date.now() - statSync(path).mtimeMs > olderThanMs) rmSync(path, { force: true });
  }
}

/**
 * Keeps the closed store file exactly as it is (with its write-ahead log, if a crash left one) as a
 * `before-restore` backup, so a restore can be undone. Null when there is no store file yet.
 */
export function keepClosedStore(dbPath: string, nativeBinding?: string): BackupFile | null {
  const file = storeFile(dbPath);
  if (!existsSync(file)) return null;
  const dir = backupsDir(dbPath);
  mkdirSync(dir, { recursive: true });
  const name = backupName(dbPath, 'before-restore');
  const target = join(dir, name);
  const temp = tempBeside(target);
  try {
    copyFileSync(file, temp);
    if (existsSync(`${file}-wal`)) {
      copyFileSync(`${file}-wal`, `${temp}-wal`);
      // Fold the log into the copy so the backup is one file; a damaged store may refuse, then the copy is kept as is.
      try {
        const copy = new Database(temp, nativeBinding ? { nativeBinding } : {});
        try {
          copy.pragma('journal_mode = DELETE');
        } finally {
          copy.close();
        }
      } catch {
        // kept raw: it is what the store was
      }
    }
    commitRename(temp, target);
  } finally {
    for (const f of [temp, `${temp}-wal`, `${temp}-shm`, `${temp}-journal`]) rmSync(f, { force: true });
  }
  return listBackupFiles(dbPath).find((b) => b.name === name) ?? null;
}

/**
 * Puts a checked copy of `source` where the closed store `dbPath` was: the copy is verified
 * before anything is touched, then `keep` saves the store being replaced, then the swap. The old
 * log files go too: a stale -wal beside the new file would be replayed into it. Returns what `keep` saved.
 */
export function replaceStoreFile<T>(dbPath: string, source: string, keep: () => T, nativeBinding?: string): T {
  mkdirSync(dirname(dbPath), { recursive: true });
  // A symlinked store keeps its link: the file it points to is the one replaced.
  const file = storeFile(dbPath);
  const temp = tempBeside(file);
  try {
    copyFileSync(source, temp);
    verifyBackupFile(temp, nativeBinding);
    const kept = keep();
    rmSync(`${file}-wal`, { force: true });
    rmSync(`${file}-shm`, { force: true });
    rmSync(`${file}-journal`, { force: true });
    commitRename(temp, file);
    return kept;
  } finally {
    rmSync(temp, { force: true });
    rmSync(`${temp}-journal`, { force: true });
  }
}

/** A backup of the store at `dbPath` taken through its own short-lived connection (the store may be in use elsewhere). */
export async function backupStoreFile(dbPath: string, target: string, verify: VerifyBackup, nativeBinding?: string): Promise<void> {
  const db = new Database(storeFile(dbPath), { fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    db.pragma('busy_timeout = 5000');
    await writeBackup(db, target, verify);
  } finally {
    db.close();
  }
}
