// A compare tab's filter text, kept for the tab across tab switches and closing the view (for
// the session), so what a tab shows — and what Insert puts into a note — does not silently widen.
import { useCallback, useState } from 'react';

const KEY = 'quire.compare.filter.';

function read(tab: string): string {
  try {
    return sessionStorage.getItem(KEY + tab) ?? '';
  } catch {
    return '';
  }
}

export function useTabFilter(tab: string): [string, (value: string) => void] {
  const [value, setValue] = useState(() => read(tab));
  const set = useCallback(
    (v: string) => {
      setValue(v);
      try {
        if (v) sessionStorage.setItem(KEY + tab, v);
        else sessionStorage.removeItem(KEY + tab);
      } catch {
        /* the filter then lasts as long as the tab is open */
      }
    },
    [tab],
  );
  return [value, set];
}
