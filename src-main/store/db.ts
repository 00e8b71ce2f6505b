// Opening the store: pragmas, then pending migrations in one transaction on PRAGMA user_version.
import Database from 'better-sqlite3';
import { MIGRATIONS, type Migration } from './migrations/index';

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
}

/** Opens (creating if needed) and migrates a store; throws StoreVersionError for a newer schema. */
export function openStore(path: string, options: OpenStoreOptions = {}): Db {
  const db = new Database(path, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    db.pragma(`busy_timeout = ${Math.trunc(options.busyTimeoutMs ?? 5000)}`);
    // Refuse a newer store before anything (even the journal mode) is written to it.
    const known = options.migrations?.at(-1)?.version ?? MIGRATIONS.at(-1)?.version ?? 0;
    const found = schemaVersion(db);
    if (found > known) throw new StoreVersionError(found, known);
    db.pragma('foreign_keys = ON');
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    // A 64 MB page cache keeps FTS5 segment merges during bulk imports in memory.
    db.pragma('cache_size = -65536');
    migrate(db, options.migrations);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

/** Runs `fn` in a transaction (a savepoint when already inside one). */
export function inTransaction<T>(db: Db, fn: () => T): T {
  return db.transaction(fn).immediate();
}

export const now = (): string => new Date().toISOString();
