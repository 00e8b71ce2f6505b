// Main-thread time per keystroke, from a Chromium trace: every task the page's main thread runs
// from a key's event until the next key (or KEY_WINDOW_MS after it) is that key's cost: its
// handlers and the editor's update, selection work, the frame it causes (style, layout, paint,
// commit) and anything typing sets off (autosave). Idle time, such as waiting for the display's
// next frame, is not counted: the sum is the work that must fit in a frame for typing to keep up.
import type { CDPSession } from 'playwright-core';

/** Past this, a pause in typing: what runs later is no longer this key's. */
const KEY_WINDOW_MS = 50;

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { type?: string };
}

/** Starts recording; the returned function stops it and gives the main-thread milliseconds per key. */
export async function traceKeys(cdp: CDPSession): Promise<() => Promise<number[]>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (d: { value: Record<string, unknown>[] }) => {
    events.push(...(d.value as unknown as TraceEvent[]));
  });
  // Light categories (task boundaries and the input event), so tracing itself adds little.
  await cdp.send('Tracing.start', { categories: 'toplevel,rail', transferMode: 'ReportEvents' });
  return async () => {
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await complete;
    return perKey(events);
  };
}

function perKey(events: readonly TraceEvent[]): number[] {
  const keys = events.filter((e) => e.name === 'WebFrameWidgetImpl::HandleInputEvent' && e.args?.type === 'KeyDown');
  const first = keys[0];
  if (!first) return [];
  // The page's main thread: the one that dispatched the keys.
  const onMain = (e: TraceEvent): boolean => e.pid === first.pid && e.tid === first.tid;
  // Top-level tasks only (a nested run loop runs tasks inside a task).
  const tasks: TraceEvent[] = [];
  for (const t of events.filter((e) => onMain(e) && e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask').sort((a, b) => a.ts - b.ts)) {
    const last = tasks[tasks.length - 1];
    if (!last || t.ts >= last.ts + (last.dur ?? 0)) tasks.push(t);
  }
  const taskOf = (ts: number): number => tasks.find((t) => t.ts <= ts && ts < t.ts + (t.dur ?? 0))?.ts ?? ts;
  const starts = keys.filter(onMain).map((k) => taskOf(k.ts)).sort((a, b) => a - b);
  return starts.map((start, i) => {
    const end = Math.min(starts[i + 1] ?? Infinity, start + KEY_WINDOW_MS * 1000);
    return tasks.filter((t) => t.ts >= start && t.ts < end).reduce((sum, t) => sum + (t.dur ?? 0), 0) / 1000;
  });
}
