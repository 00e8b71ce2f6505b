// Asking the reader to show one annotation (from Find anything, say) without importing the
// reader: the request waits here until the reader, once that article is open, takes it.

let pending: number | null = null;
const listeners = new Set<() => void>();

/** The reader should scroll to and flash annotation `id` once it shows it. */
export function revealAnnotation(id: number): void {
  pending = id;
  for (const l of listeners) l();
}

/** The waiting request, taken (so it is served once) when `has(id)` says the reader shows it. */
export function takeReveal(has: (id: number) => boolean): number | null {
  if (pending === null || !has(pending)) return null;
  const id = pending;
  pending = null;
  return id;
}

export function onRevealRequest(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
