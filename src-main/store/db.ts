// Opening the store: pragmas, then pending migrations in one transaction on PRAGMA user_version.
import { existsSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { StoreCorruptError, checkHeader, isCorruptionError } from './health';
import { MIGRATIONS, type Migration } from './migrations/index';
import { storeFile } from './store-file';

export { storeFile } from './store-file';
import { registerSearchTerms } from './migrations/010-search-terms';

export type Db = Database.Database;

/** The store was written by a newer Quire: refuse rather than misread (or damage) it. */
export class StoreVersionError extends Error {
  constructor(
    readonly found: number,
    readonly known: number,
  ) {
    super(`this Quire store was written by a newer version of Quire (schema ${found}, this app knows ${known}); update Quire`);
    this.name = 'StoreVersionError';
  }
}

/** The store file was deleted or replaced by another file while this Quire had it open. */
export class StoreReplacedError extends Error {
  constructor(readonly path: string) {
    super(`the Quire store ${path} was deleted or replaced by another file while this Quire had it open; nothing more is written to it: close Quire and start it again`);
    this.name = 'StoreReplacedError';
  }
}

interface FileIdentity {
  path: string;
  shownAs: string;
  dev: number;
  ino: number;
}

/** Device and inode each open store had when it was opened, checked before every write transaction. */
const identities = new WeakMap<Db, FileIdentity>();

function checkIdentity(db: Db): void {
  const id = identities.get(db);
  if (!id) return;
  let st: { dev: number; ino: number } | undefined;
  try {
    st = statSync(id.path);
  } catch {
    st = undefined;
  }
  if (!st || st.dev !== id.dev || st.ino !== id.ino) throw new StoreReplacedError(id.shownAs);
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function checkOrder(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    const expected = i + 1;
    if (m.version !== expected) throw new Error(`migration #${i} has version ${m.version}, expected ${expected}`);
  });
}

/** Applies every migration newer than the file's user_version, all in one transaction. */
export function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): number {
  checkOrder(migrations);
  const known = migrations.at(-1)?.version ?? 0;
  const check = (): number => {
    const current = schemaVersion(db);
    if (current > known) throw new StoreVersionError(current, known);
    return current;
  };
  if (check() === known) return known;
  // IMMEDIATE: another process opening the same file waits (busy_timeout), then sees our version.
  db.transaction(() => {
    const current = check();
    for (const m of migrations.filter((x) => x.version > current)) {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }
  }).immediate();
  return known;
}

export interface OpenStoreOptions {
  /** For tests of upgrades from earlier versions; the app always uses every migration. */
  migrations?: readonly Migration[];
  busyTimeoutMs?: number;
  /** Path of a better-sqlite3 native addon built for another ABI (the Electron host's). */
  nativeBinding?: string;
  /**
   * Run PRAGMA quick_check before use (e.g. after a crash). Without it only stores up to
   * QUICK_CHECK_ALWAYS_BYTES are checked: a whole-file scan of a large library would slow every start.
   */
  quickCheck?: boolean;
}

/** Stores up to this size get PRAGMA quick_check on every open (tens of milliseconds). */
export const QUICK_CHECK_ALWAYS_BYTES = 64 * 1024 * 1024;

function wantsQuickCheck(path: string, options: OpenStoreOptions): boolean {
  if (options.quickCheck) return true;
  return path !== ':memory:' && existsSync(path) && statSync(path).size <= QUICK_CHECK_ALWAYS_BYTES;
}

/** A file that is a SQLite database but not a Quire store (schema 0 with tables of its own). */
function refuseForeign(db: Db, path: string): void {
  const tables = db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get() as { n: number };
  if (tables.n > 0) throw StoreCorruptError.for(path, 'it is an SQLite database but not a Quire store');
}

function quickCheck(db: Db, path: string): void {
  const rows = db.pragma('quick_check(3)') as { quick_check: string }[];
  const problems = rows.map((r) => r.quick_check).filter((r) => r !== 'ok');
  if (problems.length) throw StoreCorruptError.for(path, `it is damaged (${problems.join('; ').slice(0, 300)})`);
}

/**
 * Opens (creating if needed) and migrates a store; throws StoreVersionError for a newer schema and
 * StoreCorruptError for a damaged file or one that is not a Quire store (left as it was).
 */
export function openStore(path: string, options: OpenStoreOptions = {}): Db {
  checkHeader(path);
  const verify = wantsQuickCheck(path, options);
  const file = storeFile(path);
  const db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    if (file !== ':memory:') {
      const st = statSync(file);
      identities.set(db, { path: file, shownAs: path, dev: st.dev, ino: st.ino });
    }
    db.pragma(`busy_timeout = ${Math.trunc(options.busyTimeoutMs ?? 5000)}`);
    // Refuse a newer store before anything (even the journal mode) is written to it.
    const known = options.migrations?.at(-1)?.version ?? MIGRATIONS.at(-1)?.version ?? 0;
    const found = schemaVersion(db);
    if (found > known) throw new StoreVersionError(found, known);
    if (found === 0) refuseForeign(db, path);
    if (verify) quickCheck(db, path);
    db.pragma('foreign_keys = ON');
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    // A 64 MB page cache keeps FTS5 segment merges during bulk imports in memory.
    db.pragma('cache_size = -65536');
    registerSearchTerms(db);
    migrate(db, options.migrations);
    return db;
  } catch (err) {
    db.close();
    if (isCorruptionError(err)) throw StoreCorruptError.for(path, `it is damaged (${err instanceof Error ? err.message : String(err)})`);
    throw err;
  }
}

/**
 * A read-only connection to an existing, migrated store, for reads off the main thread (search
 * workers). WAL lets it read beside the writer; it sees each write once committed.
 */
export function openReader(path: string, nativeBinding?: string): Db {
  const db = new Database(storeFile(path), { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  db.pragma('busy_timeout = 5000');
  // 16 MB each: at 100,000 articles twice that made search only ~5% faster, for 32 MB more.
  db.pragma('cache_size = -16384');
  return db;
}

/**
 * Runs `fn` in a transaction (a savepoint when already inside one). A store file deleted or
 * replaced since it was opened is refused (StoreReplacedError) rather than written into nothing.
 */
export function inTransaction<T>(db: Db, fn: () => T): T {
  if (!db.inTransaction) checkIdentity(db);
  return db.transaction(fn).immediate();
}

export const now = (): string => new Date().toISOString();
