// The desktop host's log of saved exports: a download that never reaches the host is not waited
// for forever, one that has started is waited for however long its save dialog stays open.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DownloadLog, type TrackedDownload } from '../../../src-main/hosts/electron/downloads';

function download(name: string, path: string): { item: TrackedDownload; end: (state: 'completed' | 'cancelled') => void } {
  let done: ((event: unknown, state: 'completed' | 'cancelled' | 'interrupted') => void) | null = null;
  const item: TrackedDownload = {
    getFilename: () => name,
    getSavePath: () => path,
    once: (_event, listener) => (done = listener),
  };
  return { item, end: (state) => done?.({}, state) };
}

describe('DownloadLog', () => {
  afterEach(() => vi.useRealTimers());

  it('answers "cancelled" for a download that never started, after a minute', async () => {
    vi.useFakeTimers();
    const log = new DownloadLog(() => undefined);
    const answer = log.awaitSave('lost.md');
    await vi.advanceTimersByTimeAsync(60_000);
    await expect(answer).resolves.toBeNull();
  });

  it('waits past the minute once the save dialog is open, and pairs two saves of one name in order', async () => {
    vi.useFakeTimers();
    const shown: string[] = [];
    const log = new DownloadLog((path) => shown.push(path));
    const first = download('brief.md', '/a/brief.md');
    const second = download('brief.md', '/b/brief.md');
    const one = log.awaitSave('brief.md');
    log.track(first.item);
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    first.end('completed');
    const saved = await one;
    expect(saved?.path).toBe('/a/brief.md');
    const two = log.awaitSave('brief.md');
    log.track(second.item);
    second.end('completed');
    const again = await two;
    expect(again?.path).toBe('/b/brief.md');
    expect(again?.id).not.toBe(saved?.id);
    expect(log.reveal(again?.id ?? 0)).toBe(true);
    expect(log.reveal(12345)).toBe(false);
    expect(shown).toEqual(['/b/brief.md']);
  });
});
