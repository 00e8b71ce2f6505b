// The current title of every note, shared by every NoteLinkNode: a link stores the note's id,
// and shows whatever the note is called now (renaming a note keeps its links intact).
import { useSyncExternalStore } from 'react';
import type { NoteSummary } from '../../../src-main/api/contract/methods';

let titles: ReadonlyMap<number, string> = new Map();
let list: readonly NoteSummary[] = [];
const listeners = new Set<() => void>();

export function setNoteList(next: readonly NoteSummary[]): void {
  list = next;
  titles = new Map(next.map((n) => [n.id, n.title]));
  for (const l of listeners) l();
}

export function noteList(): readonly NoteSummary[] {
  return list;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The note's current title; `fallback` (the title stored in the link) while the list is unknown. */
export function useNoteTitle(id: number, fallback: string): { title: string; exists: boolean } {
  const map = useSyncExternalStore(subscribe, () => titles);
  const title = map.get(id);
  return { title: title ?? fallback, exists: title !== undefined || map.size === 0 };
}
