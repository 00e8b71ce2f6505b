// Three side-by-side panes with draggable (and keyboard-movable) dividers. Widths of the outer
// panes are kept in localStorage; the middle pane takes what is left.
import { useCallback, useEffect, useRef, useState, type JSX, type ReactNode } from 'react';

const KEY = 'quire.panes';
const MIN = 200;

interface Widths {
  left: number;
  right: number;
}

function loadWidths(): Widths {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<Widths> | null;
    if (saved && typeof saved.left === 'number' && typeof saved.right === 'number') return { left: saved.left, right: saved.right };
  } catch {
    /* default below */
  }
  return { left: 290, right: 450 };
}

const MIN_SIDE = 180;

function fit(w: Widths, total: number): Widths {
  const middle = Math.min(520, total * 0.4);
  const room = total - 10 - middle;
  const sides = w.left + w.right;
  if (sides <= room || sides <= 0) return w;
  const scale = Math.max(room, 2 * MIN_SIDE) / sides;
  return { left: Math.max(MIN_SIDE, Math.round(w.left * scale)), right: Math.max(MIN_SIDE, Math.round(w.right * scale)) };
}

function Divider({
  label,
  value,
  onMove,
}: {
  label: string;
  value: number;
  onMove: (delta: number) => void;
}): JSX.Element {
  const last = useRef<number | null>(null);
  return (
    <div
      className="divider"
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuenow={Math.round(value)}
      tabIndex={0}
      onPointerDown={(e) => {
        last.current = e.clientX;
        e.currentTarget.setPointerCapture(e.pointerId);
        document.body.classList.add('resizing');
      }}
      onPointerMove={(e) => {
        if (last.current === null) return;
        onMove(e.clientX - last.current);
        last.current = e.clientX;
      }}
      onPointerUp={(e) => {
        last.current = null;
        e.currentTarget.releasePointerCapture(e.pointerId);
        document.body.classList.remove('resizing');
      }}
      onKeyDown={(e) => {
        if (e.key === 'ArrowLeft') onMove(-24);
        else if (e.key === 'ArrowRight') onMove(24);
        else return;
        e.preventDefault();
      }}
    />
  );
}

export function SplitPanes({ left, middle, right }: { left: ReactNode; middle: ReactNode; right: ReactNode }): JSX.Element {
  const [widths, setWidths] = useState<Widths>(loadWidths);
  const [total, setTotal] = useState(() => window.innerWidth);
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => entry && setTotal(entry.contentRect.width));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // The reader keeps at least ~40% of a narrow window: side panes give way proportionally.
  const shown = fit(widths, total);

  useEffect(() => {
    try {
      localStorage.setItem(KEY, JSON.stringify(widths));
    } catch {
      /* not fatal */
    }
  }, [widths]);

  const clamp = useCallback((w: Widths): Widths => {
    const total = box.current?.clientWidth ?? window.innerWidth;
    const max = Math.max(MIN, total - 2 * MIN);
    const left = Math.min(Math.max(w.left, MIN), max);
    const right = Math.min(Math.max(w.right, MIN), Math.max(MIN, total - left - MIN));
    return { left, right };
  }, []);

  return (
    <div className="panes" ref={box} style={{ gridTemplateColumns: `${shown.left}px 5px minmax(${MIN}px, 1fr) 5px ${shown.right}px` }}>
      {left}
      <Divider label="Resize library" value={shown.left} onMove={(d) => setWidths(() => clamp({ ...shown, left: shown.left + d }))} />
      {middle}
      <Divider label="Resize notebook" value={shown.right} onMove={(d) => setWidths(() => clamp({ ...shown, right: shown.right - d }))} />
      {right}
    </div>
  );
}
