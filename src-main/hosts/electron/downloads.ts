// The exports this app saved through its save dialog, so the window can say where a file went and
// offer its folder. The window only ever names an export by the file name it gave it; the path and
// the id come from here, so a tampered call can reveal nothing the app did not save itself.
import type { SavedFiles } from '../../api/service/export';

/** What Electron's DownloadItem gives this log (kept narrow so it is testable without Electron). */
export interface TrackedDownload {
  getFilename(): string;
  getSavePath(): string;
  once(event: 'done', listener: (event: unknown, state: 'completed' | 'cancelled' | 'interrupted') => void): unknown;
}

interface Waiter {
  resolve(saved: { id: number; path: string } | null): void;
  timer: ReturnType<typeof setTimeout>;
}

/** How long the window waits for a download it started to reach the host at all. */
const START_WAIT_MS = 60_000;

export class DownloadLog implements SavedFiles {
  private nextId = 1;
  private readonly saved = new Map<number, string>();
  /** Downloads that ended before the window asked about them, by file name. */
  private readonly unclaimed = new Map<string, { id: number; path: string } | null>();
  private readonly waiters = new Map<string, Waiter[]>();
  private readonly started = new Set<string>();

  constructor(private readonly show: (path: string) => void) {}

  /** Follows one download the session allowed, from the save dialog to its end. */
  track(item: TrackedDownload): void {
    const name = item.getFilename();
    this.started.add(name);
    // A waiter for this name no longer times out: the save dialog may stay open as long as the user likes.
    for (const waiter of this.waiters.get(name) ?? []) clearTimeout(waiter.timer);
    item.once('done', (_event, state) => {
      this.started.delete(name);
      let outcome: { id: number; path: string } | null = null;
      if (state === 'completed') {
        outcome = { id: this.nextId++, path: item.getSavePath() };
        this.saved.set(outcome.id, outcome.path);
      }
      const queue = this.waiters.get(name);
      const waiter = queue?.shift();
      if (queue && queue.length === 0) this.waiters.delete(name);
      if (waiter) waiter.resolve(outcome);
      else this.unclaimed.set(name, outcome);
    });
  }

  awaitSave(fileName: string): Promise<{ id: number; path: string } | null> {
    if (this.unclaimed.has(fileName)) {
      const outcome = this.unclaimed.get(fileName) ?? null;
      this.unclaimed.delete(fileName);
      return Promise.resolve(outcome);
    }
    return new Promise((resolve) => {
      const queue = this.waiters.get(fileName) ?? [];
      const waiter: Waiter = {
        resolve,
        // A download that never reached the host (refused, or never started) is not waited for forever.
        timer: setTimeout(() => {
          if (this.started.has(fileName)) return;
          const list = this.waiters.get(fileName);
          const at = list?.indexOf(waiter) ?? -1;
          if (list && at >= 0) list.splice(at, 1);
          if (list?.length === 0) this.waiters.delete(fileName);
          resolve(null);
        }, START_WAIT_MS),
      };
      if (this.started.has(fileName)) clearTimeout(waiter.timer);
      queue.push(waiter);
      this.waiters.set(fileName, queue);
    });
  }

  reveal(id: number): boolean {
    const path = this.saved.get(id);
    if (path === undefined) return false;
    this.show(path);
    return true;
  }
}
