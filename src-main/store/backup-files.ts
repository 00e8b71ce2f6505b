// Where backups live and what they are called: a `backups/` folder beside the database, one
// self-contained SQLite file per backup, named `<store>-<UTC time>-<reason>.sqlite`.
// File names only here (no SQLite), so error messages can name the latest backup cheaply.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';

export type BackupReason = 'auto' | 'manual' | 'before-restore';

export interface BackupFile {
  name: string;
  path: string;
  /** ISO time the backup was taken (from its name). */
  createdAt: string;
  reason: BackupReason;
  bytes: number;
}

const REASONS: readonly BackupReason[] = ['auto', 'manual', 'before-restore'];

/** A backup name as Quire writes it: nothing that could leave the backups folder. */
const NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{0,120}-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)-(auto|manual|before-restore)\.sqlite$/;

export function isBackupName(name: string): boolean {
  return NAME.test(name);
}

export function backupsDir(dbPath: string): string {
  return join(dirname(dbPath), 'backups');
}

/** `quire` for `/…/quire.sqlite`: backups of several stores in one folder never mix. */
function storeStem(dbPath: string): string {
  const stem = basename(dbPath, extname(dbPath)).replace(/[^A-Za-z0-9_-]+/g, '_').replace(/^[^A-Za-z0-9]+/, '');
  return (stem || 'store').slice(0, 120);
}

/** The file name for a backup of `dbPath` taken at `at`. */
export function backupName(dbPath: string, reason: BackupReason, at: Date = new Date()): string {
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  return `${storeStem(dbPath)}-${stamp}-${reason}.sqlite`;
}

function parse(dbPath: string, dir: string, name: string): BackupFile | null {
  const m = NAME.exec(name);
  if (!m || !name.startsWith(`${storeStem(dbPath)}-`)) return null;
  const stamp = m[1] as string;
  const createdAt = `${stamp.slice(0, 10)}T${stamp.slice(11, 13)}:${stamp.slice(14, 16)}:${stamp.slice(17, 19)}.${stamp.slice(20, 23)}Z`;
  if (Number.isNaN(Date.parse(createdAt))) return null;
  const path = join(dir, name);
  let bytes: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) return null;
    bytes = st.size;
  } catch {
    return null;
  }
  return { name, path, createdAt, reason: REASONS.find((r) => r === m[2]) ?? 'auto', bytes };
}

/** The backups of this store, newest first. */
export function listBackupFiles(dbPath: string): BackupFile[] {
  const dir = backupsDir(dbPath);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((name) => parse(dbPath, dir, name))
    .filter((b): b is BackupFile => b !== null)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
}

/** The newest backup to offer: a regular one first (a before-restore copy may hold a damaged store). */
export function latestBackup(dbPath: string): BackupFile | null {
  const all = listBackupFiles(dbPath);
  return all.find((b) => b.reason !== 'before-restore') ?? all[0] ?? null;
}
