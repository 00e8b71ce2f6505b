// The service: every contract method over the store and the pure core. Hosts call it only
// through dispatch(), which has already validated the arguments.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { AppInfo } from '../contract/methods';
import { Store } from '../../store/index';
import type { ServiceImpl } from './dispatch';
import { Exporter, exportMethods, type PdfRenderer } from './export';
import { compareMethods } from './compare';
import { annotationMethods } from './annotations';
import { entityMethods } from './entities';
import { libraryMethods } from './library';
import { Notebook, notebookMethods } from './notebook';
import { loadSample } from './sample';
import { searchMethods } from './search';
import { IngestPool, type PoolOptions } from '../../workers/ingest-pool';

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
  /** The import worker pool (default: min(2, CPUs) worker threads). */
  ingest?: PoolOptions;
}

export interface OpenedService {
  service: ServiceImpl;
  close(): void;
}

/**
 * Opens the store (migrating it; throws StoreVersionError for a store from a newer Quire) and
 * returns the service implementing every contract method.
 */
export function openService(options: ServiceOptions): OpenedService {
  if (options.dbPath !== ':memory:') mkdirSync(dirname(options.dbPath), { recursive: true });
  const store = Store.open(options.dbPath, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  const notebook = new Notebook(store);
  // Reading and extraction run on worker threads, started on the first import.
  const pool = new IngestPool(options.ingest ?? {});

  const service: ServiceImpl = {
    'app.info': (): AppInfo => {
      const articles = store.articles.count();
      const notes = store.notes.count();
      return { version: options.version ?? '0.0.0-dev', dbPath: options.dbPath, articles, notes, empty: articles === 0 && notes === 0 };
    },
    ...libraryMethods(store, pool),
    ...notebookMethods(notebook),
    ...exportMethods(new Exporter(store, notebook, options.resourcesDir, options.pdf)),
    ...searchMethods(store),
    'sample.load': () => loadSample(store, notebook, options.resourcesDir),
    // entities (#4)
    ...entityMethods(store),

    // annotations (#5)
    ...annotationMethods(store),

    // compare (#6)
    ...compareMethods(store),

    // backups (#8)

  };

  return {
    service,
    close: () => {
      pool.close();
      store.close();
    },
  };
}
