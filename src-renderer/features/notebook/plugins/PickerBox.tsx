// The box of the `@` and `[[` pickers: kept inside the window (it opens at the caret, which may
// sit near the right edge of the notebook pane).
import { useLayoutEffect, useRef, type JSX, type ReactNode } from 'react';

export function PickerBox({ label, children }: { label: string; children: ReactNode }): JSX.Element {
  const box = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    el.style.transform = '';
    const r = el.getBoundingClientRect();
    const overflow = r.right - (window.innerWidth - 8);
    if (overflow > 0) el.style.transform = `translateX(${-Math.min(overflow, Math.max(0, r.left - 8))}px)`;
  });
  return (
    <div ref={box} className="picker" role="listbox" aria-label={label}>
      {children}
    </div>
  );
}
