// Compare statements (Mod+Shift+K): a full-window view over the panes with four tabs —
// suggested conflicts, the side-by-side compare view, the stance matrix and the timeline.
// Keyboard first: its commands (1–4 switch tabs, Escape closes) are in the registry, in the
// "compare" context; opening it puts the focus in the open tab's main list.
import { useCallback, useEffect, useMemo, useRef, useState, type JSX } from 'react';
import { focusWhenReady } from '../../commands/focus';
import { useCommands } from '../../commands/useCommands';
import { citationCount, type CitedTable } from '../../components/citedTable';
import { CompareTab } from './CompareTab';
import { MatrixTab } from './MatrixTab';
import { SuggestionsTab } from './SuggestionsTab';
import { TimelineTab } from './TimelineTab';
import { useCompareData } from './useCompareData';
import './compare.css';

export type CompareTabName = 'suggestions' | 'compare' | 'matrix' | 'timeline';

const TABS: { name: CompareTabName; label: string }[] = [
  { name: 'suggestions', label: 'Suggestions' },
  { name: 'compare', label: 'Compare' },
  { name: 'matrix', label: 'Matrix' },
  { name: 'timeline', label: 'Timeline' },
];

interface Props {
  initialTab?: CompareTabName;
  onClose: () => void;
  /** Opens the reader at a claim (the view closes first). */
  onOpenClaim: (articleId: number, claimId: number) => void;
  /** Inserts a cited table into the open note (a new note when none is open). */
  onInsertTable: (table: CitedTable) => Promise<void>;
  onError: (message: string) => void;
}

/** Is the focus in a dialog or form inside the view (Escape is theirs then)? */
function inInnerDialog(): boolean {
  const holder = document.activeElement?.closest('[role="dialog"], form');
  return !!holder && !holder.classList.contains('compare-view');
}

function typing(el: EventTarget | null): boolean {
  const t = el as HTMLElement | null;
  return !!t && (t.isContentEditable || t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT');
}

export function ComparePanel({ initialTab = 'suggestions', onClose, onOpenClaim, onInsertTable, onError }: Props): JSX.Element {
  const [tab, setTab] = useState<CompareTabName>(initialTab);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [hidden, setHidden] = useState<ReadonlySet<number>>(new Set());
  const root = useRef<HTMLDivElement>(null);

  const fail = useCallback(
    (message: string) => {
      setError(message);
      onError(message);
    },
    [onError],
  );
  const data = useCompareData(fail);
  const shown = useMemo(() => new Set((data.sides ?? []).map((s) => s.id).filter((id) => !hidden.has(id))), [data.sides, hidden]);
  const toggleSide = useCallback(
    (id: number) =>
      setHidden((h) => {
        const next = new Set(h);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      }),
    [],
  );

  // Focus lands on the tab's main list once it is there (it may still be loading), else on the
  // view itself, so j / k / A / R work at once.
  useEffect(() => {
    root.current?.focus({ preventScroll: true });
    return focusWhenReady(
      () => root.current?.querySelector<HTMLElement>('[data-autofocus]') ?? null,
      () => root.current,
    );
  }, [tab]);

  useEffect(() => {
    if (!status) return;
    const t = window.setTimeout(() => setStatus(null), 6000);
    return () => window.clearTimeout(t);
  }, [status]);

  const open = useCallback(
    (articleId: number, claimId: number) => {
      onClose();
      onOpenClaim(articleId, claimId);
    },
    [onClose, onOpenClaim],
  );

  const insert = useCallback(
    async (table: CitedTable) => {
      const focused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      try {
        await onInsertTable(table);
        // Starting a note for the table focuses its title: the keyboard stays in this view.
        window.setTimeout(() => (focused && root.current?.contains(focused) ? focused : root.current)?.focus(), 50);
        const n = citationCount(table);
        setStatus(`Inserted a table of ${table.rows.length} row${table.rows.length === 1 ? '' : 's'} and ${n} citation${n === 1 ? '' : 's'} into the note.`);
      } catch (err) {
        fail(`Could not insert the table: ${err instanceof Error ? err.message : String(err)}`);
      }
    },
    [onInsertTable, fail],
  );

  useCommands([
    ...TABS.map((t) => ({ id: `compare-tab-${t.name}`, run: () => setTab(t.name) })),
    { id: 'compare-close', enabled: () => !typing(document.activeElement) && !inInnerDialog(), run: onClose },
  ]);

  return (
    <div
      className="compare-view"
      role="dialog"
      aria-label="Compare statements"
      ref={root}
      tabIndex={-1}
      data-context="compare"
      data-modal=""
      onKeyDown={(e) => {
        // Escape in a field of the view (a filter, a rationale) leaves the field for the view.
        if (e.key === 'Escape' && typing(e.target)) {
          e.preventDefault();
          root.current?.focus();
        }
      }}
    >
      <header className="cmp-head">
        <h2>Compare statements</h2>
        <nav className="cmp-tabs" role="tablist" aria-label="Compare">
          {TABS.map((t, i) => (
            <button key={t.name} type="button" role="tab" aria-selected={tab === t.name} className="cmp-tab" onClick={() => setTab(t.name)} title={`${t.label} (${i + 1})`}>
              {t.label}
              <kbd>{i + 1}</kbd>
            </button>
          ))}
        </nav>
        {status && (
          <span className="cmp-status" role="status">
            {status}
          </span>
        )}
        {error && (
          <span className="cmp-error" role="alert">
            {error}
            <button type="button" className="banner-close" aria-label="Dismiss" onClick={() => setError(null)}>
              ×
            </button>
          </span>
        )}
        <button type="button" className="btn small cmp-close" onClick={onClose} title="Close (Escape)">
          Close <kbd>Esc</kbd>
        </button>
      </header>
      <div className="cmp-body" role="tabpanel" aria-label={TABS.find((t) => t.name === tab)?.label}>
        {tab === 'suggestions' && <SuggestionsTab onOpen={open} onError={fail} onStatus={setStatus} onRelationsChange={() => void data.reloadRelations()} />}
        {tab === 'compare' && <CompareTab data={data} shown={shown} onToggleSide={toggleSide} onOpen={open} onInsert={(t) => void insert(t)} onError={fail} onStatus={setStatus} />}
        {tab === 'matrix' && <MatrixTab data={data} shown={shown} onOpen={open} onInsert={(t) => void insert(t)} onError={fail} onStatus={setStatus} />}
        {tab === 'timeline' && <TimelineTab data={data} onOpen={open} onInsert={(t) => void insert(t)} onError={fail} />}
      </div>
    </div>
  );
}
