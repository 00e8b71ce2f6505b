// Shared by the service integration tests: a service on a real SQLite file in a fresh temp dir,
// called through dispatch() exactly as the hosts call it.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { MethodInput, MethodName, MethodOutput, WireError } from '../../src-main/api/contract/methods';
import { dispatch } from '../../src-main/api/service/dispatch';
import { openService, type OpenedService } from '../../src-main/api/service/index';
import { Store, dumpTables } from '../../src-main/store/index';

/** Three articles the team wrote in the shape of real wire copy (captions, bylines, datelines, name variants). */
export const CORPUS_DIR = resolve(import.meta.dirname, '..', 'fixtures', 'corpus');
export const CORPUS_FILES = ['mission-expulsions-wire.txt', 'staff-shortage-report.txt', 'ambassador-farewell.txt'] as const;
export const REPO_RESOURCES = join(import.meta.dirname, '..', '..', 'resources');

export const corpusBase64 = (name: string): string => readFileSync(join(CORPUS_DIR, name)).toString('base64');

export interface Harness {
  dir: string;
  dbPath: string;
  opened: OpenedService;
  call<M extends MethodName>(method: M, args: MethodInput<M>): Promise<MethodOutput<M>>;
  fail(method: string, args: unknown): Promise<WireError>;
  raw(method: string, args: unknown): ReturnType<typeof dispatch>;
  /** Logical dump of every table, read through a second connection. */
  dump(): Record<string, unknown[]>;
  /** sha256 of the database file and its WAL. */
  fileDigest(): string;
  dispose(): void;
}

export function openHarness(options: { resourcesDir?: string } = {}): Harness {
  const dir = mkdtempSync(join(tmpdir(), 'quire-it-'));
  const dbPath = join(dir, 'library', 'quire.db');
  const opened = openService({ dbPath, resourcesDir: options.resourcesDir ?? REPO_RESOURCES, version: '9.9.9-test' });
  const raw = (method: string, args: unknown): ReturnType<typeof dispatch> => dispatch(opened.service, method, args);
  return {
    dir,
    dbPath,
    opened,
    raw,
    async call(method, args) {
      const result = await raw(method, args);
      if (!result.ok) throw new Error(`${method} failed: ${result.error.code}: ${result.error.message}`);
      return result.value as MethodOutput<typeof method>;
    },
    async fail(method, args) {
      const result = await raw(method, args);
      if (result.ok) throw new Error(`${method} succeeded but should have failed: ${JSON.stringify(result.value).slice(0, 200)}`);
      return result.error;
    },
    dump() {
      const store = Store.open(dbPath);
      try {
        return dumpTables(store.db);
      } finally {
        store.close();
      }
    },
    fileDigest() {
      const hash = createHash('sha256');
      for (const path of [dbPath, `${dbPath}-wal`]) hash.update(existsSync(path) ? readFileSync(path) : Buffer.alloc(0));
      return hash.digest('hex');
    },
    dispose() {
      opened.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

// Lexical JSON built by hand, as the renderer's editor would serialize it.
type LexNode = Record<string, unknown>;
export const text = (t: string): LexNode => ({ detail: 0, format: 0, mode: 'normal', style: '', text: t, type: 'text', version: 1 });
export const claimCitation = (claimId: number): LexNode => ({ type: 'quire-citation', version: 1, ref: { kind: 'claim', claimId } });
export const spanCitation = (articleId: number, start: number, end: number): LexNode => ({
  type: 'quire-citation',
  version: 1,
  ref: { kind: 'article', articleId, start, end },
});
export const noteLink = (noteId: number, title: string): LexNode => ({ type: 'quire-note-link', version: 1, noteId, title });
export const paragraph = (...children: LexNode[]): LexNode => ({
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  type: 'paragraph',
  version: 1,
  textFormat: 0,
  textStyle: '',
});
export const lexical = (...blocks: LexNode[]): string =>
  JSON.stringify({ root: { children: blocks, direction: 'ltr', format: '', indent: 0, type: 'root', version: 1 } });
