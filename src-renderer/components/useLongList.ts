// A list that renders only the rows in view once it is long (above `threshold` items): the
// rows stay in normal flow between two spacers, so a short list renders exactly as before and
// a list of 50,000 keeps a few dozen rows in the DOM.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, type RefObject } from 'react';

export interface LongList<T> {
  /** The rows to render, with their index in `items`. */
  rows: { item: T; index: number }[];
  /** Heights of the spacers before and after the rendered rows (0 when all rows render). */
  before: number;
  after: number;
  /** Ref for each rendered row (with `data-index`), so its real height is used. */
  measure: (el: Element | null) => void;
  /** Brings row `index` into view (rendering it first when it is not). */
  scrollTo: (index: number) => void;
}

export function useLongList<T>(
  items: readonly T[],
  scroller: RefObject<HTMLElement | null>,
  { estimate, threshold, key }: { estimate: number; threshold: number; key: (item: T, index: number) => string | number },
): LongList<T> {
  const long = items.length > threshold;
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design
  const virtualizer = useVirtualizer({
    count: items.length,
    enabled: long,
    getScrollElement: () => scroller.current,
    estimateSize: () => estimate,
    getItemKey: (i) => {
      const item = items[i];
      return item === undefined ? i : key(item, i);
    },
    overscan: 10,
  });
  const measure = useCallback((el: Element | null) => (long ? virtualizer.measureElement(el) : undefined), [long, virtualizer]);
  const scrollTo = useCallback(
    (index: number) => {
      if (long) virtualizer.scrollToIndex(index, { align: 'auto' });
      else scroller.current?.querySelector(`[data-index="${index}"]`)?.scrollIntoView({ block: 'nearest' });
    },
    [long, virtualizer, scroller],
  );
  if (!long) return { rows: items.map((item, index) => ({ item, index })), before: 0, after: 0, measure, scrollTo };
  const virtual = virtualizer.getVirtualItems();
  const rows = virtual.flatMap((v) => {
    const item = items[v.index];
    return item === undefined ? [] : [{ item, index: v.index }];
  });
  const first = virtual[0];
  const last = virtual[virtual.length - 1];
  return {
    rows,
    before: first ? first.start : 0,
    after: last ? Math.max(0, virtualizer.getTotalSize() - last.end) : 0,
    measure,
    scrollTo,
  };
}
