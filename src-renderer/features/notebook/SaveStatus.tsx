// The open note's save status ("Saving…", "Saved", "Not saved"), kept outside NoteEditor's state:
// autosave flips it twice per save while the analyst types, and a flip re-renders nothing.
import { useEffect, useRef, type JSX } from 'react';
import type { SaveStatus } from './plugins/AutosavePlugin';

export interface SaveStatusStore {
  get(): SaveStatus;
  set(next: SaveStatus): void;
  subscribe(listener: () => void): () => void;
}

export function createSaveStatusStore(): SaveStatusStore {
  let status: SaveStatus = { state: 'saved' };
  const listeners = new Set<() => void>();
  return {
    get: () => status,
    set(next) {
      // Every keystroke reports "saving": only a change of state is news.
      if (next.state === status.state && next.state !== 'error') return;
      status = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function statusLabel(s: SaveStatus): string {
  if (s.state === 'saving') return 'Saving…';
  if (s.state === 'error') return 'Not saved';
  return 'Saved';
}

/** Puts `status` on the label element. */
function paint(el: HTMLElement, status: SaveStatus): void {
  el.className = `save-status ${status.state}`;
  el.textContent = statusLabel(status);
  if (status.state === 'error') el.title = status.message;
  else el.removeAttribute('title');
}

/**
 * Written to its element directly rather than re-rendered: any React commit while the editor has
 * the focus walks the editor's whole DOM (React saves the selection around commits), about a
 * millisecond in a note of 20,000 words, and the label changes twice per autosave while typing.
 * A render still shows the current status, so React and the direct writes always agree.
 */
export function SaveStatusLabel({ store }: { store: SaveStatusStore }): JSX.Element {
  const ref = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    paint(el, store.get());
    return store.subscribe(() => paint(el, store.get()));
  }, [store]);
  const status = store.get();
  return (
    <span
      ref={ref}
      className={`save-status ${status.state}`}
      role="status"
      aria-live="polite"
      title={status.state === 'error' ? status.message : undefined}
      data-testid="save-status"
    >
      {statusLabel(status)}
    </span>
  );
}
