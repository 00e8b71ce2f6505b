// The search worker as `npm run build` emitted it (the e2e run builds first): the file the
// Electron main process starts beside out/main/index.js loads, opens a store read-only and
// answers a search exactly as the in-thread search does.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../../src-main/store/index';
import type { SearchReply, SearchWorkerData } from '../../src-main/workers/search-job';
import { repoRoot } from './support/harness';

let dir: string;
let store: Store;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'quire-search-built-'));
  store = Store.open(join(dir, 'quire.sqlite'));
  store.articles.insert({
    title: 'Consulate closed',
    outlet: 'Wire',
    author: null,
    published: '2024-01-01',
    language: 'en',
    sourceName: null,
    text: 'The ministry called the closure of the consulate a routine step, not an expulsion.',
    contentHash: 'h1',
  });
});
afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('built search worker', () => {
  it('out/main/search-worker.js answers a search over a read-only connection', async () => {
    const workerData: SearchWorkerData = { dbPath: join(dir, 'quire.sqlite'), readyFlag: new Int32Array(new SharedArrayBuffer(4)) };
    const worker = new Worker(join(repoRoot, 'out', 'main', 'search-worker.js'), { workerData });
    try {
      const reply = await new Promise<SearchReply>((resolve, reject) => {
        worker.on('error', reject);
        worker.on('message', (m: SearchReply | { ready: true }) => {
          // The pool reads readiness from the shared flag; the message comes with it.
          if ('ready' in m) expect(Atomics.load(workerData.readyFlag, 0)).toBe(1);
          if ('ready' in m) worker.postMessage({ id: 7, type: 'article', q: 'expul', limit: 5, filters: {} });
          else resolve(m);
        });
      });
      expect(reply).toEqual({ id: 7, ok: true, rows: store.search.queryKind('article', 'expul', 5) });
      expect(reply.ok && reply.rows.length).toBe(1);
    } finally {
      await worker.terminate();
    }
  });
});
