// "A review decision was undone or redone": views that show claims, relations or entities
// re-read them (the reader through App's revision; compare and entities listen here).
const EVENT = 'quire:decisions-changed';

export function announceDecisionChange(): void {
  window.dispatchEvent(new Event(EVENT));
}

/** Calls `fn` after every undo or redo; returns the function that stops listening. */
export function onDecisionChange(fn: () => void): () => void {
  window.addEventListener(EVENT, fn);
  return () => window.removeEventListener(EVENT, fn);
}
