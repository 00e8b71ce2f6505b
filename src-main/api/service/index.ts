// The service: every contract method over the store and the pure core. Hosts call it only
// through dispatch(), which has already validated the arguments.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { AppInfo } from '../contract/methods';
import { Store } from '../../store/index';
import type { ServiceImpl } from './dispatch';
import { Exporter, exportMethods, type PdfRenderer, type SavedFiles } from './export';
import { compareMethods } from './compare';
import { decisionMethods } from './decisions';
import { annotationMethods } from './annotations';
import { entityMethods } from './entities';
import { libraryMethods } from './library';
import { Notebook, notebookMethods } from './notebook';
import { loadSample } from './sample';
import { searchMethods } from './search';
import { teamMethods } from './team';
import { IngestPool, type PoolOptions } from '../../workers/ingest-pool';
import { SearchPool } from '../../workers/search-pool';
import { acquireStoreLock } from '../../store/lock';
import { Backups, DEFAULT_BACKUP_POLICY, backupMethods, type BackupPolicy } from './backup';

export interface ServiceOptions {
  /** The SQLite file (created, with its folder, when missing; ':memory:' for throwaway use). */
  dbPath: string;
  /** Folder holding `sample/manifest.json` and the other bundled resources. */
  resourcesDir: string;
  version?: string;
  /** better-sqlite3 addon built for Electron's ABI, when the host runs in Electron. */
  nativeBinding?: string;
  /** Prints HTML to PDF; without it `export.note` refuses format pdf with a clear message. */
  pdf?: PdfRenderer;
  /** The exports the host saved to disk (the desktop app); without it exports go to the browser's downloads. */
  savedFiles?: SavedFiles;
  /** The import worker pool (default: min(2, CPUs) worker threads). */
  ingest?: PoolOptions;
  /** Searches on worker threads, off the calling thread (default true; a one-shot CLI run says false). */
  searchThreads?: boolean;
  /** Rolling automatic backups (default DEFAULT_BACKUP_POLICY); false for none (short-lived CLI runs). */
  autoBackup?: BackupPolicy | false;
}

export interface OpenedService {
  service: ServiceImpl;
  close(): void;
}

/**
 * Opens the store (migrating it) and returns the service implementing every contract method.
 * Throws StoreInUseError while another running Quire has the store open, StoreCorruptError for a
 * damaged file (naming the latest backup) and StoreVersionError for a store from a newer Quire.
 */
export function openService(options: ServiceOptions): OpenedService {
  if (options.dbPath !== ':memory:') mkdirSync(dirname(options.dbPath), { recursive: true });
  const binding = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  const lock = acquireStoreLock(options.dbPath, options.nativeBinding);
  const open = (quickCheck: boolean): Store => Store.open(options.dbPath, { ...binding, quickCheck });
  let store: Store;
  try {
    // After a crash the whole file is checked before use.
    store = open(!lock.previousCleanExit);
  } catch (err) {
    lock.release(false);
    throw err;
  }
  // Reading and extraction run on worker threads, started on the first import.
  const pool = new IngestPool(options.ingest ?? {});
  // Searches run on worker threads with read-only connections, started on the first search.
  const searchPool = options.searchThreads === false || options.dbPath === ':memory:' ? null : new SearchPool(options.dbPath, options.nativeBinding);
  const backups = new Backups(
    {
      dbPath: options.dbPath,
      ...binding,
      current: () => store,
      reopenAfter(swap) {
        // The search workers' connections close too; the next search opens new ones.
        searchPool?.stop();
        store.close();
        try {
          swap();
        } finally {
          store = open(false);
          Object.assign(service, methodsFor(store));
        }
      },
    },
    options.autoBackup === false ? null : (options.autoBackup ?? DEFAULT_BACKUP_POLICY),
  );

  // Team mode's links of local notes to shared documents live beside the store, across restores.
  let currentNotebook: Notebook | undefined;
  const team = teamMethods({
    dbPath: options.dbPath,
    notebook: () => currentNotebook ?? new Notebook(store),
    store: () => store,
    service: () => service,
  });
  // Every method over one open store; re-bound when a restore replaces the store.
  const methodsFor = (store: Store): ServiceImpl => {
    const notebook = new Notebook(store);
    currentNotebook = notebook;
    return {
    'app.info': (): AppInfo => {
      const articles = store.articles.count();
      const notes = store.notes.count();
      return { version: options.version ?? '0.0.0-dev', dbPath: options.dbPath, articles, notes, empty: articles === 0 && notes === 0 };
    },
    ...libraryMethods(store, pool),
    ...notebookMethods(notebook),
    ...exportMethods(new Exporter(store, notebook, options.resourcesDir, options.pdf), options.savedFiles),
    ...searchMethods(store, searchPool),
    'sample.load': () => loadSample(store, notebook, options.resourcesDir),
    // entities (#4)
    ...entityMethods(store),

    // annotations (#5)
    ...annotationMethods(store),

    // compare (#6)
    ...compareMethods(store),

    // backups (#8)
    ...backupMethods(backups),

    ...decisionMethods(store),

    ...team,

    };
  };
  const service = methodsFor(store);
  backups.startAutomatic();

  return {
    service,
    close: () => {
      backups.stop();
      pool.close();
      searchPool?.close();
      store.close();
      lock.release();
    },
  };
}
