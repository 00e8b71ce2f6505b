// The open note's save status ("Saving…", "Saved", "Not saved"), kept outside NoteEditor's state:
// autosave flips it twice per save while the analyst types, and each flip re-renders only this
// label, not the editor with all its plugins.
import { useSyncExternalStore, type JSX } from 'react';
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

export function SaveStatusLabel({ store }: { store: SaveStatusStore }): JSX.Element {
  const status = useSyncExternalStore(store.subscribe, store.get);
  return (
    <span
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
