// Scrolling the reader's own scrollers only (scrollIntoView also moves every scrolling ancestor,
// panes included, which could leave the words under the claims panel). A citation's words are
// centred, and kept centred while the layout settles (the annotation margin, late fonts).

type RectOf = () => DOMRect | null;

/** Scrolls `scroller` so `rect` sits in the middle of its visible height. */
export function centreIn(scroller: HTMLElement, rect: DOMRect): void {
  const box = scroller.getBoundingClientRect();
  const delta = rect.top - box.top - (box.height - Math.min(rect.height, box.height)) / 2;
  if (Math.abs(delta) > 1) scroller.scrollTop += delta;
}

/** Scrolls `scroller` the least that brings `rect` into its visible height. */
export function scrollNearest(scroller: HTMLElement, rect: DOMRect): void {
  const box = scroller.getBoundingClientRect();
  if (rect.top < box.top) scroller.scrollTop -= box.top - rect.top + 8;
  else if (rect.bottom > box.bottom) scroller.scrollTop += rect.bottom - box.bottom + 8;
}

/**
 * Centres what `rectOf` measures now and again over the next half second, until the analyst
 * scrolls; returns the function that stops.
 */
export function centreWhileSettling(scroller: HTMLElement | null, rectOf: RectOf): () => void {
  if (!scroller) return () => undefined;
  let stopped = false;
  let expected = -1;
  const centre = (): void => {
    if (stopped) return;
    // The analyst scrolled since the last centring: leave the view where they put it.
    if (expected >= 0 && Math.abs(scroller.scrollTop - expected) > 2) {
      stopped = true;
      return;
    }
    const rect = rectOf();
    if (rect) centreIn(scroller, rect);
    expected = scroller.scrollTop;
  };
  centre();
  const frame = window.requestAnimationFrame(centre);
  const timers = [120, 300, 600].map((ms) => window.setTimeout(centre, ms));
  return () => {
    stopped = true;
    window.cancelAnimationFrame(frame);
    for (const t of timers) window.clearTimeout(t);
  };
}
