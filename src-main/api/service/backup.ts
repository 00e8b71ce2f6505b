// Backups (#8): rolling automatic backups of the open store, backups on request, and restore —
// in the running service (close, swap the file, reopen and migrate, re-bind every method) and,
// for the CLI and a store that cannot be opened, on the closed file under the store's lock.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { BackupInfo, RestoreResult } from '../contract/methods';
import {
  backupStoreFile,
  backupsDir,
  createBackup,
  isBackupName,
  keepClosedStore,
  listBackupFiles,
  pruneAutoBackups,
  removeStaleTemps,
  replaceStoreFile,
  type BackupFile,
  type BackupReason,
} from '../../store/backup';
import { backupName } from '../../store/backup-files';
import { acquireStoreLock } from '../../store/lock';
import { Store } from '../../store/index';
import { verifyOffThread } from '../../workers/verify-pool';
import type { ServiceImpl } from './dispatch';
import { QuireError } from './errors';

export { StoreCorruptError } from '../../store/health';
export { StoreInUseError } from '../../store/lock';
export { latestBackup } from '../../store/backup';

export interface BackupPolicy {
  /** A new automatic backup when the newest backup is older than this (checked at open and while running). */
  intervalHours: number;
  /** Automatic backups kept (older ones deleted); the analyst's own are never deleted. */
  keep: number;
}

export const DEFAULT_BACKUP_POLICY: BackupPolicy = { intervalHours: 6, keep: 10 };
/** How often a running service looks whether an automatic backup is due. */
const CHECK_EVERY_MS = 10 * 60 * 1000;
const MIN_CHECK_MS = 60 * 1000;

/** What the backup methods need from the service: the live store and a way to swap its file. */
export interface StoreSlot {
  readonly dbPath: string;
  readonly nativeBinding?: string;
  current(): Store;
  /** Closes the store, runs `swap` on the closed file, then reopens (migrating) and re-binds every method. */
  reopenAfter(swap: () => void): void;
}

const info = (b: BackupFile): BackupInfo => ({ name: b.name, createdAt: b.createdAt, reason: b.reason, bytes: b.bytes });

const failed = (what: string, err: unknown): QuireError =>
  new QuireError('conflict', `${what}: ${err instanceof Error ? err.message : String(err)}`);

/** A restore refused before the swap: the store is as it was. */
const notReplaced = (what: string, err: unknown): QuireError =>
  new QuireError('conflict', `${what}: ${err instanceof Error ? err.message : String(err)}; nothing was replaced`);

/** The swap happened but the restored file will not open: say which backup undoes it. */
const openFailed = (source: string, saved: BackupFile | null, err: unknown): QuireError =>
  new QuireError(
    'conflict',
    `${source} was restored but cannot be opened: ${err instanceof Error ? err.message : String(err)}; ${
      saved ? `the replaced store is kept as ${saved.name}: restore it to undo` : 'there was no store before it'
    }`,
  );

/** The backups of one open store. One backup runs at a time; a restore waits for it. */
export class Backups {
  private running: Promise<unknown> = Promise.resolve();
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    private readonly slot: StoreSlot,
    private readonly policy: BackupPolicy | null,
  ) {}

  list(): BackupInfo[] {
    return listBackups(this.slot.dbPath);
  }

  create(reason: BackupReason): Promise<BackupInfo> {
    const run = this.running.then(async () => {
      const binding = this.slot.nativeBinding;
      const made = await createBackup(this.slot.current().db, this.slot.dbPath, reason, (path) => verifyOffThread(path, binding));
      if (this.policy) pruneAutoBackups(this.slot.dbPath, this.policy.keep);
      return info(made);
    });
    this.running = run.catch(() => undefined);
    return run;
  }

  async restore(name: string): Promise<RestoreResult> {
    if (!isBackupName(name)) throw new QuireError('bad_request', `"${name.slice(0, 80)}" is not a backup name`);
    const backup = listBackupFiles(this.slot.dbPath).find((b) => b.name === name);
    if (!backup) throw new QuireError('not_found', `backup ${name} does not exist`);
    await this.running;
    let saved: BackupFile | null = null;
    let swapped = false;
    try {
      this.slot.reopenAfter(() => {
        saved = restoreFile(this.slot.dbPath, backup.path, this.slot.nativeBinding);
        swapped = true;
      });
    } catch (err) {
      throw swapped ? openFailed(name, saved, err) : notReplaced(`backup ${name} cannot be restored`, err);
    }
    return { restored: name, saved: saved ? info(saved) : null };
  }

  /** Backs up now if the newest backup is older than the interval (and the store holds anything). */
  private async autoIfDue(): Promise<void> {
    if (!this.policy || this.stopped) return;
    const newest = listBackupFiles(this.slot.dbPath)[0];
    const due = !newest || Date.now() - Date.parse(newest.createdAt) >= this.policy.intervalHours * 3600_000;
    const store = this.slot.current();
    if (!due || store.articles.count() + store.notes.count() === 0) return;
    await this.create('auto');
  }

  private autoQuietly(): void {
    this.autoIfDue().catch((err: unknown) => {
      // A backup cut short by closing the store is expected; anything else is worth a line.
      if (!this.stopped) console.warn(`quire: automatic backup failed: ${err instanceof Error ? err.message : String(err)}`);
    });
  }

  /** At open, then every few minutes while the service runs. */
  startAutomatic(): void {
    if (!this.policy || this.slot.dbPath === ':memory:') return;
    removeStaleTemps(this.slot.dbPath, 3600_000);
    this.autoQuietly();
    const every = Math.max(MIN_CHECK_MS, Math.min(CHECK_EVERY_MS, this.policy.intervalHours * 3600_000));
    this.timer = setInterval(() => this.autoQuietly(), every);
    this.timer.unref();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
  }
}

export function backupMethods(backups: Backups): Pick<ServiceImpl, 'backups.list' | 'backups.create' | 'backups.restore'> {
  return {
    'backups.list': () => backups.list(),
    'backups.create': async () => {
      try {
        return await backups.create('manual');
      } catch (err) {
        throw failed('the backup failed', err);
      }
    },
    'backups.restore': ({ name }) => backups.restore(name),
  };
}

/**
 * Swaps `source` in for the closed store: the copy is checked first (integrity, a schema this
 * Quire knows), the replaced store is kept as a before-restore backup. Returns that backup.
 */
function restoreFile(dbPath: string, source: string, nativeBinding?: string): BackupFile | null {
  return replaceStoreFile(dbPath, source, () => keepClosedStore(dbPath, nativeBinding), nativeBinding);
}

/** A backup name from the store's backups folder, else a path to a backup file. */
function resolveSource(dbPath: string, source: string): string {
  if (isBackupName(source)) {
    const named = listBackupFiles(dbPath).find((b) => b.name === source);
    if (named) return named.path;
  }
  const file = resolve(source);
  if (!existsSync(file)) throw new QuireError('not_found', `no backup named ${source} and no such file`);
  return file;
}

/**
 * Restores a backup over a store that is not open (the CLI; the Electron dialog when the store is
 * damaged). Takes the store's lock, so it refuses while a running Quire has the store open.
 */
export function restoreClosedStore(dbPath: string, source: string, nativeBinding?: string): RestoreResult & { from: string } {
  const from = resolveSource(dbPath, source);
  mkdirSync(dirname(dbPath), { recursive: true });
  const lock = acquireStoreLock(dbPath, nativeBinding);
  try {
    let saved: BackupFile | null;
    try {
      saved = restoreFile(dbPath, from, nativeBinding);
    } catch (err) {
      throw notReplaced(`${source} cannot be restored`, err);
    }
    try {
      // Opening migrates the restored store to this version's schema.
      Store.open(dbPath, nativeBinding ? { nativeBinding } : {}).close();
    } catch (err) {
      throw openFailed(source, saved, err);
    }
    return { restored: source, from, saved: saved ? info(saved) : null };
  } finally {
    lock.release();
  }
}

/** A backup of the store, into its backups folder or to `out`; works while another Quire uses it. */
export async function backupStore(dbPath: string, out?: string, nativeBinding?: string): Promise<string> {
  if (!existsSync(dbPath)) throw new QuireError('not_found', `there is no Quire store at ${dbPath}`);
  const target = out ? resolve(out) : join(backupsDir(dbPath), backupName(dbPath, 'manual'));
  try {
    await backupStoreFile(dbPath, target, (path) => verifyOffThread(path, nativeBinding), nativeBinding);
  } catch (err) {
    throw failed('the backup failed', err);
  }
  return target;
}

/** The store's backups, newest first, without opening it. */
export function listBackups(dbPath: string): BackupInfo[] {
  return listBackupFiles(dbPath).map(info);
}
