// The store: one SQLite file (better-sqlite3 is used nowhere else), one repository per table group.
import { AnnotationsRepo } from './annotations';
import { ArticlesRepo } from './articles';
import { ClaimsRepo } from './claims';
import { CompareRepo } from './compare';
import { DecisionsRepo } from './decisions';
import { FingerprintsRepo } from './fingerprints';
import { inTransaction, openStore, schemaVersion, type Db, type OpenStoreOptions } from './db';
import { NotesRepo } from './notes';
import { EntitiesRepo } from './entities';
import { SearchRepo } from './search';

export { StoreReplacedError, StoreVersionError, migrate, openStore, schemaVersion, storeFile, type Db, type OpenStoreOptions } from './db';
export { LATEST_VERSION, MIGRATIONS, type Migration } from './migrations/index';
export { dumpTables } from './dump';
export { MATCH_CLOSE, MATCH_OPEN, toMatchExpression } from './search';
export type * from './types';
// annotations (#5)
export type { DecisionScope } from './decisions';
export type { AnnotationRow, AnnotationState, NewAnnotation, TagRow } from './annotations';

/** Is this a UNIQUE constraint failure (e.g. the same article imported twice at once)? */
export function isUniqueViolation(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === 'SQLITE_CONSTRAINT_UNIQUE';
}

export class Store {
  readonly articles: ArticlesRepo;
  readonly claims: ClaimsRepo;
  readonly notes: NotesRepo;
  readonly search: SearchRepo;
  readonly fingerprints: FingerprintsRepo;
  // entities (#4)
  readonly entities: EntitiesRepo;

  // annotations (#5)
  readonly annotations: AnnotationsRepo;

  // compare (#6)
  readonly compare: CompareRepo;

  /** The analyst's review decisions, for undo and redo. */
  readonly decisions: DecisionsRepo;

  private constructor(
    readonly db: Db,
    readonly path: string,
  ) {
    this.articles = new ArticlesRepo(db);
    this.claims = new ClaimsRepo(db);
    this.notes = new NotesRepo(db);
    this.search = new SearchRepo(db);
    this.fingerprints = new FingerprintsRepo(db);
    // entities (#4)
    this.entities = new EntitiesRepo(db);

    // annotations (#5)
    this.annotations = new AnnotationsRepo(db);

    // compare (#6)
    this.compare = new CompareRepo(db);
    this.decisions = new DecisionsRepo(db);
  }

  static open(path: string, options?: OpenStoreOptions): Store {
    return new Store(openStore(path, options), path);
  }

  /** Every write goes through here: all of `fn` or nothing. */
  transaction<T>(fn: () => T): T {
    return inTransaction(this.db, fn);
  }

  get schemaVersion(): number {
    return schemaVersion(this.db);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
