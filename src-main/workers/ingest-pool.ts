// A small pool of worker threads (min(2, CPUs)) that read files and extract claims off the main
// thread. Jobs queue in order; each worker runs one at a time. Each job has a budget: the
// worker's heap (resourceLimits; the readers cap what they inflate outside it) and a deadline,
// past which the worker is terminated, wherever it is. A worker that dies or overruns (a crash, a
// hostile file) fails only its own job, with one line, and is replaced; the batch goes on.
// The worker's code is found by workerEntry (worker-entry.ts). Should the worker not start at
// all, jobs run inline on the calling thread (slower, still correct).
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { IngestJob, JobResult } from './ingest-job';
import { workerEntry } from './worker-entry';

export interface PoolOptions {
  /** Default min(2, available CPUs). */
  size?: number;
  /** Run every job on the calling thread (tests, or where threads are unwanted). */
  inline?: boolean;
  /** Heap limit of each worker in MB (a hostile file cannot take the whole app down). */
  maxHeapMb?: number;
  /** A job still running after this long is ended (its worker terminated and replaced). */
  deadlineMs?: number;
}

/** Default heap of an import worker: a 50 MB file's text, its analysis and claims fit well inside. */
export const DEFAULT_MAX_HEAP_MB = 1536;
/** Default time one file may take to read and extract: a large PDF takes seconds, not minutes. */
export const DEFAULT_DEADLINE_MS = 120_000;

interface Pending {
  id: number;
  job: IngestJob;
  resolve: (r: JobResult) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  busy: Pending | null;
  /** Ends the worker once it has been idle for RETIRE_AFTER_MS. */
  retire: NodeJS.Timeout | null;
  /** Ends the busy job (and the worker) at its deadline. */
  deadline: NodeJS.Timeout | null;
}

const jobName = (job: IngestJob): string => (job.kind === 'file' ? job.fileName.slice(0, 120) : job.kind === 'paste' ? 'the pasted text' : 'an article');

/**
 * An idle worker is ended after this long: imports come in bursts, and each worker's heap (tens
 * of MB after a large import) would otherwise stay with the app. A new one starts in well under a
 * second when the next file comes.
 */
export const RETIRE_AFTER_MS = 2000;

export class IngestPool {
  readonly size: number;
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private inline: boolean;
  private closed = false;
  private failures = 0;
  private inlineRun: ((job: IngestJob) => Promise<JobResult>) | null = null;

  constructor(private readonly options: PoolOptions = {}) {
    this.size = Math.max(1, options.size ?? Math.min(2, availableParallelism()));
    this.inline = options.inline ?? false;
  }

  /** Worker threads running now (started by jobs, ended when idle). */
  get workers(): number {
    return this.slots.length;
  }

  /** True while jobs run on worker threads (false after falling back to inline). */
  get threaded(): boolean {
    return !this.inline;
  }

  run(job: IngestJob): Promise<JobResult> {
    if (this.closed) return Promise.resolve({ ok: false, refused: false, message: 'the import pool is closed' });
    if (this.inline) return this.runInline(job);
    return new Promise<JobResult>((resolve) => {
      this.queue.push({ id: this.nextId++, job, resolve });
      this.pump();
    });
  }

  /** Stops every worker; queued jobs fail. */
  close(): void {
    this.closed = true;
    for (const p of this.queue.splice(0)) p.resolve({ ok: false, refused: false, message: 'the import pool is closed' });
    for (const s of this.slots.splice(0)) {
      s.busy?.resolve({ ok: false, refused: false, message: 'the import pool is closed' });
      if (s.retire) clearTimeout(s.retire);
      if (s.deadline) clearTimeout(s.deadline);
      void s.worker.terminate();
    }
  }

  private async runInline(job: IngestJob): Promise<JobResult> {
    this.inlineRun ??= (await import('./ingest-job')).runJob;
    return this.inlineRun(job);
  }

  private pump(): void {
    if (this.inline) {
      for (const p of this.queue.splice(0)) void this.runInline(p.job).then(p.resolve);
      return;
    }
    while (this.slots.length < this.size && this.queue.length > this.slots.filter((s) => !s.busy).length) {
      if (!this.spawn()) return;
    }
    for (const slot of this.slots) {
      if (!slot.ready || slot.busy) continue;
      const next = this.queue.shift();
      if (!next) break;
      slot.busy = next;
      if (slot.retire) clearTimeout(slot.retire);
      slot.retire = null;
      const ms = this.options.deadlineMs ?? DEFAULT_DEADLINE_MS;
      slot.deadline = setTimeout(() => this.overdue(slot, ms), ms);
      const transfer = next.job.kind === 'file' && next.job.bytes.byteOffset === 0 && next.job.bytes.byteLength === next.job.bytes.buffer.byteLength
        ? [next.job.bytes.buffer as ArrayBuffer]
        : [];
      slot.worker.postMessage({ id: next.id, job: next.job }, transfer);
    }
    // Idle workers must not keep a CLI process alive, and are ended after a while.
    for (const slot of this.slots) {
      if (slot.busy || this.queue.length) slot.worker.ref();
      else {
        slot.worker.unref();
        if (slot.ready && !slot.retire) {
          slot.retire = setTimeout(() => this.retire(slot), RETIRE_AFTER_MS);
          slot.retire.unref();
        }
      }
    }
  }

  /** The job ran past its deadline: it fails with one line, its worker is ended and replaced. */
  private overdue(slot: Slot, ms: number): void {
    slot.deadline = null;
    const at = this.slots.indexOf(slot);
    if (at < 0 || !slot.busy) return;
    this.slots.splice(at, 1);
    const late = slot.busy;
    slot.busy = null;
    void slot.worker.terminate();
    late.resolve({ ok: false, refused: true, message: `reading ${jobName(late.job)} took longer than ${Math.round(ms / 1000)} s, the limit for one file: stopped` });
    if (!this.closed) this.pump();
  }

  private retire(slot: Slot): void {
    slot.retire = null;
    const at = this.slots.indexOf(slot);
    if (at < 0 || slot.busy) return;
    this.slots.splice(at, 1);
    void slot.worker.terminate();
  }

  private fallBackToInline(reason: string): void {
    if (this.inline) return;
    process.emitWarning(`Quire: import workers unavailable (${reason}); importing on the main thread`);
    this.inline = true;
    for (const s of this.slots.splice(0)) {
      if (s.busy) this.queue.unshift(s.busy);
      void s.worker.terminate();
    }
    this.pump();
  }

  private get heapMb(): number {
    return this.options.maxHeapMb ?? DEFAULT_MAX_HEAP_MB;
  }

  private spawn(): boolean {
    const entry = workerEntry(import.meta.url, 'ingest-worker');
    if (!entry) {
      this.fallBackToInline('worker file not found');
      return false;
    }
    let worker: Worker;
    try {
      worker = new Worker(entry, {
        resourceLimits: { maxOldGenerationSizeMb: this.heapMb },
      });
    } catch (err) {
      this.fallBackToInline(err instanceof Error ? err.message : String(err));
      return false;
    }
    const slot: Slot = { worker, ready: false, busy: null, retire: null, deadline: null };
    this.slots.push(slot);
    worker.on('message', (message: { ready?: boolean; id?: number; result?: JobResult }) => {
      if (message.ready) {
        slot.ready = true;
        this.failures = 0;
      } else if (slot.busy && message.id === slot.busy.id && message.result) {
        const done = slot.busy;
        slot.busy = null;
        if (slot.deadline) clearTimeout(slot.deadline);
        slot.deadline = null;
        done.resolve(message.result);
      }
      this.pump();
    });
    const lost = (reason: string): void => {
      const at = this.slots.indexOf(slot);
      if (at < 0) return;
      this.slots.splice(at, 1);
      if (slot.deadline) clearTimeout(slot.deadline);
      if (!slot.ready) {
        // It never started: retry once, then give up on threads.
        if (++this.failures >= 2) {
          if (slot.busy) this.queue.unshift(slot.busy);
          this.fallBackToInline(reason);
          return;
        }
      }
      if (slot.busy) {
        const failed = slot.busy;
        slot.busy = null;
        failed.resolve({ ok: false, refused: true, message: `reading ${jobName(failed.job)} stopped the import worker (${reason})` });
      }
      if (!this.closed) this.pump();
    };
    worker.on('error', (err: Error & { code?: string }) =>
      lost(err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `it needed more than the ${this.heapMb} MB one file may use` : err.message.split('\n')[0]!.slice(0, 200)),
    );
    worker.on('exit', (code) => lost(`exit code ${code}`));
    return true;
  }
}
