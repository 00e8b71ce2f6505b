// The box of the `@` and `[[` pickers: kept inside the window (it opens at the caret, which may
// sit near the right edge of the notebook pane).
import { useLayoutEffect, useRef, type JSX, type ReactNode } from 'react';
import type { MenuOption } from '@lexical/react/LexicalTypeaheadMenuPlugin';

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

/** One row of a picker: highlighted on hover, chosen on click without taking focus from the editor. */
export function PickerItem<O extends MenuOption>({
  option,
  index,
  selectedIndex,
  onHighlight,
  onChoose,
  children,
}: {
  option: O;
  index: number;
  selectedIndex: number | null;
  onHighlight: (index: number) => void;
  onChoose: (option: O) => void;
  children: ReactNode;
}): JSX.Element {
  return (
    <div
      ref={(el) => option.setRefElement(el)}
      role="option"
      aria-selected={index === selectedIndex}
      className={`picker-item${index === selectedIndex ? ' selected' : ''}`}
      onMouseEnter={() => onHighlight(index)}
      onMouseDown={(e) => e.preventDefault()}
      onClick={() => onChoose(option)}
    >
      {children}
    </div>
  );
}
