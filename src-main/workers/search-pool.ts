// Search off the main thread: min(2, CPUs) worker threads, each with a read-only connection,
// started by the first search. A search's kinds (articles, claims, notes, annotations) go to the
// least busy worker, so the two costly ones run side by side. Until a worker is ready (the first
// search), or when none can run (no worker file, workers that keep failing), run() answers null
// and the caller searches on its own thread: no search ever waits for a thread to start.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { workerEntry } from './worker-entry';
import type { SearchFilters, SearchHitRow } from '../store/search';
import type { SearchRow } from '../store/types';
import type { SearchJob, SearchReply, SearchWorkerData } from './search-job';

/** Worker failures after which searches stay on the calling thread. */
const MAX_FAILURES = 3;

interface Slot {
  worker: Worker;
  /** Resolves once the worker has opened its connection (or has failed). */
  ready: Promise<void>;
  /**
   * Set to 1 by the worker once its connection is open. Shared memory rather than the ready
   * message: searches sent back to back from one task (the bench, a script) never give the
   * event loop a turn to deliver that message, and would all stay on the calling thread.
   */
  readyFlag: Int32Array;
  pending: Map<number, (rows: SearchHitRow[] | null) => void>;
}

export class SearchPool {
  private readonly slots: Slot[] = [];
  private nextId = 1;
  private failures = 0;
  private closed = false;

  constructor(
    private readonly dbPath: string,
    private readonly nativeBinding?: string,
    private readonly size = Math.max(1, Math.min(2, availableParallelism())),
  ) {}

  /** The best `limit` results of one kind, or null: then search on the calling thread. */
  run(type: SearchRow['type'], q: string, limit: number, filters: SearchFilters): Promise<SearchHitRow[] | null> {
    const slot = this.pick();
    if (!slot) return Promise.resolve(null);
    const job: SearchJob = { id: this.nextId++, type, q, limit, filters };
    return new Promise((resolve) => {
      slot.pending.set(job.id, resolve);
      slot.worker.ref();
      slot.worker.postMessage(job);
    });
  }

  /** Stops the workers (their connections close); the next search starts new ones. */
  stop(): void {
    for (const slot of this.slots.splice(0)) this.drop(slot);
  }

  close(): void {
    this.closed = true;
    this.stop();
  }

  /** Starts every worker; resolves once all are ready (or have failed). */
  async warm(): Promise<void> {
    this.pick();
    await Promise.all(this.slots.map((s) => s.ready));
  }

  /** The least busy ready worker (starting the missing ones), or null when none is ready. */
  private pick(): Slot | null {
    if (this.closed || this.failures >= MAX_FAILURES) return null;
    while (this.slots.length < this.size && this.spawn());
    return this.slots.filter((s) => Atomics.load(s.readyFlag, 0) === 1).reduce<Slot | null>((best, s) => (best === null || s.pending.size < best.pending.size ? s : best), null);
  }

  private spawn(): boolean {
    const url = workerEntry(import.meta.url, 'search-worker');
    if (!url) {
      this.failures = MAX_FAILURES;
      return false;
    }
    const readyFlag = new Int32Array(new SharedArrayBuffer(4));
    const workerData: SearchWorkerData = { dbPath: this.dbPath, readyFlag, ...(this.nativeBinding ? { nativeBinding: this.nativeBinding } : {}) };
    const worker = new Worker(url, { workerData });
    let onReady = (): void => undefined;
    const slot: Slot = { worker, ready: new Promise((resolve) => (onReady = resolve)), readyFlag, pending: new Map() };
    worker.unref();
    worker.on('message', (reply: SearchReply | { ready: true }) => {
      if ('ready' in reply) {
        onReady();
        return;
      }
      const resolve = slot.pending.get(reply.id);
      slot.pending.delete(reply.id);
      // A failed search is answered again on the calling thread, which reports the error.
      resolve?.(reply.ok ? reply.rows : null);
      // Idle workers must not keep a process alive.
      if (slot.pending.size === 0) worker.unref();
    });
    const fail = (): void => {
      onReady();
      if (!this.slots.includes(slot)) return;
      this.failures++;
      this.slots.splice(this.slots.indexOf(slot), 1);
      this.drop(slot);
    };
    worker.on('error', fail);
    worker.on('exit', fail);
    this.slots.push(slot);
    return true;
  }

  /** Ends a worker; its unanswered searches fall back to the calling thread. */
  private drop(slot: Slot): void {
    for (const resolve of slot.pending.values()) resolve(null);
    slot.pending.clear();
    void slot.worker.terminate();
  }
}
