// The library: every imported article in a dense, keyboard-navigable list, and the Import…
// button with its hidden file input.
import { forwardRef, useImperativeHandle, useRef, type JSX } from 'react';
import type { ArticleSummary } from '../../../src-main/api/contract/methods';
import { ACCEPTED } from './importFiles';
import './library.css';

export interface LibraryHandle {
  openFilePicker(): void;
  focusList(): void;
}

interface Props {
  articles: ArticleSummary[] | null;
  claimCounts: ReadonlyMap<number, number>;
  selectedId: number | null;
  busy: boolean;
  onSelect: (id: number) => void;
  onFiles: (files: File[]) => void;
}

function dateLabel(a: ArticleSummary): string {
  return a.published ?? '';
}

export const LibraryPane = forwardRef<LibraryHandle, Props>(function LibraryPane(
  { articles, claimCounts, selectedId, busy, onSelect, onFiles },
  ref,
): JSX.Element {
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);

  useImperativeHandle(ref, () => ({
    openFilePicker: () => input.current?.click(),
    focusList: () => {
      list.current?.focus();
      if (selectedId === null && articles?.[0]) onSelect(articles[0].id);
    },
  }));

  const move = (delta: number): void => {
    if (!articles || articles.length === 0) return;
    const at = articles.findIndex((a) => a.id === selectedId);
    const next = at < 0 ? 0 : Math.min(Math.max(at + delta, 0), articles.length - 1);
    const a = articles[next];
    if (a) {
      onSelect(a.id);
      document.getElementById(`article-row-${a.id}`)?.scrollIntoView({ block: 'nearest' });
    }
  };

  return (
    <section className="pane library" aria-label="Library">
      <header className="pane-head">
        <h2>Library</h2>
        <span className="muted count">{articles ? articles.length : ''}</span>
        <button type="button" className="btn" onClick={() => input.current?.click()} disabled={busy}>
          {busy ? 'Importing…' : 'Import…'}
        </button>
        <input
          ref={input}
          type="file"
          multiple
          accept={ACCEPTED}
          hidden
          data-testid="import-input"
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            if (files.length) onFiles(files);
          }}
        />
      </header>
      {articles && articles.length === 0 ? (
        <div className="pane-empty">
          <p>No articles yet.</p>
          <p className="muted small">Import .txt or .md files, or drop them anywhere on the window.</p>
        </div>
      ) : (
        <ul
          ref={list}
          className="article-list"
          role="listbox"
          aria-label="Articles"
          tabIndex={0}
          aria-activedescendant={selectedId !== null ? `article-row-${selectedId}` : undefined}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') move(1);
            else if (e.key === 'ArrowUp') move(-1);
            else if (e.key === 'Home') move(-Infinity);
            else if (e.key === 'End') move(Infinity);
            else return;
            e.preventDefault();
          }}
        >
          {articles?.map((a) => {
            const claims = claimCounts.get(a.id) ?? 0;
            return (
              <li
                key={a.id}
                id={`article-row-${a.id}`}
                role="option"
                aria-selected={a.id === selectedId}
                className={`article-row${a.id === selectedId ? ' selected' : ''}`}
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
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
});
