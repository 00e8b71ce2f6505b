// Focus rules, decided here only. A pane or list says which context it is with
// data-context="reader" (etc.); the focused element's nearest such ancestor is the context keys
// act in. Opening a view remembers where the focus was, and closing it (Escape) returns there.
import type { CommandContext } from './registry';

const CONTEXTS = new Set<string>(['library', 'reader', 'claims', 'compare', 'notebook', 'entities']);

/**
 * The context of an element (or of the focused one): its nearest data-context ancestor. Focus
 * lost to the page (a form that closed, a row that went away) is in the open view over the
 * panes (data-modal), if there is one, so its keys keep working.
 */
export function contextOf(el: Element | null): CommandContext {
  const lost = !el || el === document.body || el === document.documentElement;
  const holder = lost ? [...document.querySelectorAll('[data-context][data-modal]')].at(-1) : el.closest?.('[data-context]');
  const name = holder?.getAttribute('data-context') ?? '';
  return CONTEXTS.has(name) ? (name as CommandContext) : 'app';
}

const returns: HTMLElement[] = [];

/** Remembers the focused element, to return to when the view opened now closes. */
export function rememberFocus(): void {
  const el = document.activeElement;
  if (el instanceof HTMLElement && el !== document.body) returns.push(el);
}

/** Gives the focus back to where it was before the last view opened (if it is still there). */
export function returnFocus(): void {
  while (returns.length > 0) {
    const el = returns.pop();
    if (el?.isConnected) {
      el.focus({ preventScroll: true });
      return;
    }
  }
}

/**
 * Focuses an element once it exists (a list still loading): tries on each animation frame for a
 * short while, and stops if the focus moved elsewhere meanwhile (the analyst got there first).
 */
export function focusWhenReady(find: () => HTMLElement | null, within: () => HTMLElement | null, frames = 120): () => void {
  let left = frames;
  let handle = 0;
  const tick = (): void => {
    const el = find();
    const box = within();
    if (el) {
      if (!box || !document.activeElement || document.activeElement === document.body || box.contains(document.activeElement)) el.focus({ preventScroll: true });
      return;
    }
    if (--left > 0) handle = window.requestAnimationFrame(tick);
  };
  handle = window.requestAnimationFrame(tick);
  return () => window.cancelAnimationFrame(handle);
}
