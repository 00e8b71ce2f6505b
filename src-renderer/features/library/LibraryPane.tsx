// The library: every imported article in a dense, keyboard-navigable list, and the Import…
// button with its hidden file input.
import { forwardRef, useImperativeHandle, useRef, type JSX, type ReactNode } from 'react';
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
}

function dateLabel(a: ArticleSummary): string {
  return a.published ?? '';
}

export const LibraryPane = forwardRef<LibraryHandle, Props>(function LibraryPane(
  { articles, claimCounts, status, selectedId, busy, onSelect, onFiles },
  ref,
): JSX.Element {
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);

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
            const claims = claimCounts?.get(a.id) ?? a.claims ?? 0;
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
