// The library: every imported article in a dense, keyboard-navigable list (virtualised: only
// the rows in view are in the DOM, so 100,000 articles scroll as lightly as ten), and the
// Import… button with its hidden file input.
import { forwardRef, useEffect, useImperativeHandle, useRef, type JSX, type ReactNode } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { ArticleSummary } from '../../../src-main/api/contract/methods';
import { shortcutLabel } from '../../components/platform';
import { ACCEPTED, isAcceptedName } from './importFiles';
import './library.css';

export interface LibraryHandle {
  openFilePicker(): void;
  openFolderPicker(): void;
  focusList(): void;
}

interface Props {
  articles: ArticleSummary[] | null;
  /** Overrides the counts that come with the list (ArticleSummary.claims). */
  claimCounts?: ReadonlyMap<number, number>;
  /** The import's progress bar or summary, shown above the list. */
  status?: ReactNode;
  selectedId: number | null;
  busy: boolean;
  onSelect: (id: number) => void;
  onFiles: (files: File[]) => void;
  /** Enter on the selected article (e.g. move on to the reader). */
  onEnter?: (id: number) => void;
}

/** A row's height before it is measured (one title line and the meta line). */
const ROW_ESTIMATE = 52;

function dateLabel(a: ArticleSummary): string {
  return a.published ?? '';
}

export const LibraryPane = forwardRef<LibraryHandle, Props>(function LibraryPane(
  { articles, claimCounts, status, selectedId, busy, onSelect, onFiles, onEnter },
  ref,
): JSX.Element {
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLDivElement>(null);
  const rows = articles ?? [];
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => list.current,
    estimateSize: () => ROW_ESTIMATE,
    getItemKey: (i) => rows[i]?.id ?? i,
    overscan: 8,
  });

  // An article opened from elsewhere (a citation, an import) is brought into view once.
  const rowsRef = useRef(rows);
  useEffect(() => {
    rowsRef.current = rows;
  });
  useEffect(() => {
    const at = rowsRef.current.findIndex((a) => a.id === selectedId);
    if (at >= 0) virtualizer.scrollToIndex(at, { align: 'auto' });
  }, [selectedId, virtualizer]);

  // One file input for files and folders (webkitdirectory switched on just before a folder pick).
  const pick = (folder: boolean): void => {
    const el = input.current;
    if (!el) return;
    el.webkitdirectory = folder;
    el.click();
  };

  useImperativeHandle(ref, () => ({
    openFilePicker: () => pick(false),
    openFolderPicker: () => pick(true),
    focusList: () => {
      list.current?.focus();
      if (selectedId === null && rows[0]) onSelect(rows[0].id);
    },
  }));

  /** Rows that fit in the visible part of the list (for PageUp / PageDown). */
  const pageRows = (): number => Math.max(1, Math.floor((list.current?.clientHeight ?? ROW_ESTIMATE * 10) / ROW_ESTIMATE) - 1);

  const move = (delta: number): void => {
    if (rows.length === 0) return;
    const at = rows.findIndex((a) => a.id === selectedId);
    const next = at < 0 ? 0 : Math.min(Math.max(at + delta, 0), rows.length - 1);
    const a = rows[next];
    if (a) {
      onSelect(a.id);
      virtualizer.scrollToIndex(next, { align: 'auto' });
    }
  };

  return (
    <section className="pane library" aria-label="Library">
      <header className="pane-head">
        <h2>Library</h2>
        <span className="muted count">{articles ? articles.length : ''}</span>
        <div className="library-actions">
          <button type="button" className="btn" onClick={() => pick(false)} disabled={busy} title="Import files">
            {busy ? 'Importing…' : 'Import…'}
          </button>
          <button type="button" className="btn" onClick={() => pick(true)} disabled={busy} title="Import every article in a folder">
            Folder…
          </button>
        </div>
        <input
          ref={input}
          type="file"
          multiple
          accept={ACCEPTED}
          hidden
          data-testid="import-input"
          onChange={(e) => {
            const folder = e.target.webkitdirectory;
            // From a folder, only the kinds Quire reads (hidden files and the rest are skipped).
            const files = [...(e.target.files ?? [])].filter((f) => !folder || isAcceptedName(f.webkitRelativePath || f.name));
            e.target.value = '';
            e.target.webkitdirectory = false;
            if (files.length) onFiles(files);
          }}
        />
      </header>
      {status}
      {articles && articles.length === 0 ? (
        <div className="pane-empty">
          <p>No articles yet.</p>
          <p className="muted small">Import articles (.txt, .md, .html, .pdf, .docx) or whole folders, drop them anywhere on the window, or paste with {shortcutLabel('Mod+Shift+V')}.</p>
        </div>
      ) : (
        <div
          ref={list}
          className="article-list"
          role="listbox"
          aria-label="Articles"
          tabIndex={0}
          aria-activedescendant={selectedId !== null && rows.some((a) => a.id === selectedId) ? `article-row-${selectedId}` : undefined}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') move(1);
            else if (e.key === 'ArrowUp') move(-1);
            else if (e.key === 'Home') move(-Infinity);
            else if (e.key === 'End') move(Infinity);
            else if (e.key === 'PageDown') move(pageRows());
            else if (e.key === 'PageUp') move(-pageRows());
            else if (e.key === 'Enter' && selectedId !== null) onEnter?.(selectedId);
            else return;
            e.preventDefault();
          }}
        >
          <div className="article-list-inner" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((v) => {
              const a = rows[v.index];
              if (!a) return null;
              const claims = claimCounts?.get(a.id) ?? a.claims ?? 0;
              return (
                <div
                  key={a.id}
                  id={`article-row-${a.id}`}
                  ref={virtualizer.measureElement}
                  data-index={v.index}
                  role="option"
                  aria-selected={a.id === selectedId}
                  aria-setsize={rows.length}
                  aria-posinset={v.index + 1}
                  className={`article-row${a.id === selectedId ? ' selected' : ''}`}
                  style={{ transform: `translateY(${v.start}px)` }}
                  onClick={() => onSelect(a.id)}
                  title={a.title}
                >
                  <div className="article-title">{a.title}</div>
                  <div className="article-meta">
                    <span className="outlet">{a.outlet ?? 'Unknown outlet'}</span>
                    {dateLabel(a) && <span className="date">{dateLabel(a)}</span>}
                    <span className="claims-count" title={`${claims} claim${claims === 1 ? '' : 's'}`}>
                      {claims} {claims === 1 ? 'claim' : 'claims'}
                    </span>
                  </div>
                </div>
              );
            })}
          </div>
        </div>
      )}
    </section>
  );
});
