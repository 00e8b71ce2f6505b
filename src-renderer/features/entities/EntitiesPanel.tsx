// The entities panel (palette "Entities…", Mod+Shift+E, a note's entity link): a dense,
// filterable list of people, organisations and places on the left; the page of the chosen one
// on the right. Select several (Space or the boxes) to merge them, after a confirmation.
import { useCallback, useEffect, useRef, useState, type JSX, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { EntityKind, EntityPage, EntitySummary } from '../../../src-main/api/contract/methods';
import { api, errorMessage } from '../../api/client';
import { EntityPageView } from './EntityPageView';
import { KIND_BADGE, KIND_LABEL, KINDS } from './kinds';
import './entities.css';

const FILTER_DELAY_MS = 120;
/** Rows asked for (the most quoted first); the list is virtualised, so thousands stay fast. */
const LIST_LIMIT = 5000;
const ROW_HEIGHT = 26;

interface Props {
  /** The entity to show first (null: the first of the list). */
  initial: number | null;
  onClose: () => void;
  onOpenClaim: (articleId: number, claimId: number) => void;
  onOpenArticle: (articleId: number) => void;
  onOpenNote: (noteId: number) => void;
  onError: (message: string) => void;
}

export function EntitiesPanel({ initial, onClose, onOpenClaim, onOpenArticle, onOpenNote, onError }: Props): JSX.Element {
  const [q, setQ] = useState('');
  const [kind, setKind] = useState<EntityKind | null>(null);
  const [list, setList] = useState<EntitySummary[] | null>(null);
  const [active, setActive] = useState(0);
  const [openId, setOpenId] = useState<number | null>(initial);
  /** The page shown, with a number that changes on every load (the page view's key). */
  const [page, setPage] = useState<{ data: EntityPage; load: number } | null>(null);
  /** Picked for a merge (kept while the filter changes, so entities found apart can be merged). */
  const [selected, setSelected] = useState<ReadonlyMap<number, EntitySummary>>(new Map());
  const [merging, setMerging] = useState<number | null>(null);
  const [revision, setRevision] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);

  useEffect(() => input.current?.focus(), []);

  useEffect(() => {
    let live = true;
    const t = window.setTimeout(() => {
      api.call('entities.list', { ...(q.trim() ? { q: q.trim() } : {}), ...(kind ? { kind } : {}), limit: LIST_LIMIT }).then(
        (rows) => {
          if (!live) return;
          setList(rows);
          setActive((i) => Math.min(i, Math.max(0, rows.length - 1)));
        },
        (err: unknown) => live && onError(`Could not list entities: ${errorMessage(err)}`),
      );
    }, FILTER_DELAY_MS);
    return () => {
      live = false;
      window.clearTimeout(t);
    };
  }, [q, kind, revision, onError]);

  // The first entity of the list is shown when nothing was asked for.
  const shownId = openId ?? list?.[0]?.id ?? null;

  useEffect(() => {
    if (shownId === null) return;
    let live = true;
    api.call('entities.get', { id: shownId }).then(
      (p) => live && setPage((cur) => ({ data: p, load: (cur?.load ?? 0) + 1 })),
      (err: unknown) => {
        if (!live) return;
        setPage(null);
        onError(`Could not open the entity: ${errorMessage(err)}`);
      },
    );
    return () => {
      live = false;
    };
  }, [shownId, revision, onError]);

  const rows = list ?? [];
  // TanStack Virtual hands out fresh functions each render, so the React Compiler leaves this
  // component unmemoised; nothing here relies on memoisation.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtual = useVirtualizer({ count: rows.length, getScrollElement: () => listRef.current, estimateSize: () => ROW_HEIGHT, overscan: 12 });

  useEffect(() => {
    if (active < rows.length) virtual.scrollToIndex(active, { align: 'auto' });
  }, [active, rows.length, virtual]);

  const toggle = (row: EntitySummary): void =>
    setSelected((s) => {
      const next = new Map(s);
      if (next.has(row.id)) next.delete(row.id);
      else next.set(row.id, row);
      return next;
    });

  /** After a change: reload the list and show `id`. */
  const changed = useCallback((id: number) => {
    setOpenId(id);
    setRevision((r) => r + 1);
  }, []);

  const merge = async (into: number): Promise<void> => {
    try {
      const ids = [...selected.keys()].filter((i) => i !== into);
      const result = await api.call('entities.merge', { ids, into });
      setSelected(new Map());
      setMerging(null);
      changed(result.id);
    } catch (err) {
      onError(`Could not merge: ${errorMessage(err)}`);
    }
  };

  const selectedRows = [...selected.values()];

  const onKey = (e: ReactKeyboardEvent): void => {
    const inList = e.target === input.current || listRef.current?.contains(e.target as Node);
    if (e.key === 'Escape') {
      if (merging !== null) setMerging(null);
      else onClose();
    } else if (!inList) return;
    else if (e.key === 'ArrowDown') setActive((i) => Math.min(i + 1, rows.length - 1));
    else if (e.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
    else if (e.key === 'Enter' && rows[active]) setOpenId(rows[active].id);
    else if (e.key === ' ' && e.target !== input.current && rows[active]) toggle(rows[active]);
    else return;
    e.preventDefault();
    e.stopPropagation();
  };

  return (
    <div className="palette-backdrop entities-backdrop" onMouseDown={onClose}>
      <div className="entities" role="dialog" aria-modal="true" aria-label="Entities" onMouseDown={(e) => e.stopPropagation()} onKeyDown={onKey}>
        <div className="entities-side">
          <input
            ref={input}
            className="palette-input"
            placeholder="Filter people, organisations, places…"
            aria-label="Filter entities"
            role="combobox"
            aria-expanded="true"
            aria-controls="entity-list"
            value={q}
            onChange={(e) => setQ(e.target.value)}
          />
          <div className="entities-kinds" role="group" aria-label="Kinds">
            {KINDS.map((k) => (
              <button key={k} type="button" className="find-type" aria-pressed={kind === k} onClick={() => setKind((cur) => (cur === k ? null : k))}>
                {KIND_LABEL[k]}
              </button>
            ))}
          </div>
          {selected.size > 0 && (
            <div className="entities-merge" role="region" aria-label="Merge">
              {merging === null ? (
                <>
                  <span>{selected.size} selected</span>
                  <button type="button" className="btn small" disabled={selected.size < 2} onClick={() => setMerging(selectedRows[0]?.id ?? null)}>
                    Merge…
                  </button>
                  <button type="button" className="btn small ghost" onClick={() => setSelected(new Map())}>
                    Clear
                  </button>
                </>
              ) : (
                <>
                  <label>
                    Merge {selected.size} into{' '}
                    <select aria-label="Merge into" value={merging} onChange={(e) => setMerging(Number(e.target.value))}>
                      {selectedRows.map((r) => (
                        <option key={r.id} value={r.id}>
                          {r.name}
                        </option>
                      ))}
                    </select>
                  </label>
                  <button type="button" className="btn small primary" onClick={() => void merge(merging)}>
                    Confirm merge
                  </button>
                  <button type="button" className="btn small ghost" onClick={() => setMerging(null)}>
                    Cancel
                  </button>
                </>
              )}
            </div>
          )}
          <div className="entities-list" ref={listRef}>
            <ul
              id="entity-list"
              role="listbox"
              aria-label="Entities"
              aria-multiselectable="true"
              aria-activedescendant={rows[active] ? `entity-row-${rows[active].id}` : undefined}
              tabIndex={0}
              style={rows.length > 0 ? { height: virtual.getTotalSize(), position: 'relative' } : undefined}
            >
              {list === null && <li className="palette-empty">Loading…</li>}
              {list !== null && rows.length === 0 && (
                <li className="palette-empty">{q || kind ? 'No entity matches.' : 'No entities yet: import articles and their people, organisations and places appear here.'}</li>
              )}
              {virtual.getVirtualItems().map((item) => {
                const r = rows[item.index]!;
                const i = item.index;
                return (
                  <li
                    key={r.id}
                    id={`entity-row-${r.id}`}
                    role="option"
                    aria-selected={i === active}
                    aria-current={r.id === shownId ? 'true' : undefined}
                    className="entity-row"
                    data-entity-id={r.id}
                    style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${item.start}px)` }}
                    onMouseMove={() => setActive(i)}
                    onClick={() => {
                      setActive(i);
                      setOpenId(r.id);
                    }}
                  >
                    <input
                      type="checkbox"
                      aria-label={`Select ${r.name}`}
                      checked={selected.has(r.id)}
                      onClick={(e) => e.stopPropagation()}
                      onChange={() => toggle(r)}
                    />
                    <span className={`entity-kind kind-${r.kind}`} title={KIND_LABEL[r.kind]}>
                      {KIND_BADGE[r.kind]}
                    </span>
                    <span className="entity-name">{r.name}</span>
                    <span className="muted small entity-counts" title={`${r.claims} claims · ${r.mentions} mentions in ${r.articles} articles`}>
                      {r.claims > 0 ? `${r.claims} said · ` : ''}
                      {r.articles} art.
                    </span>
                  </li>
                );
              })}
            </ul>
          </div>
          <div className="entities-foot muted small">↑↓ move · Enter open · Space select · Esc close</div>
        </div>
        <div className="entities-main">
          {page && shownId !== null ? (
            <EntityPageView
              key={page.load}
              page={page.data}
              onChanged={changed}
              onOpenClaim={(articleId, claimId) => {
                onClose();
                onOpenClaim(articleId, claimId);
              }}
              onOpenArticle={(articleId) => {
                onClose();
                onOpenArticle(articleId);
              }}
              onOpenNote={(noteId) => {
                onClose();
                onOpenNote(noteId);
              }}
              onError={onError}
            />
          ) : (
            <div className="pane-empty center">
              <p className="muted">{list && list.length === 0 ? 'Nothing to show yet.' : 'Choose an entity on the left.'}</p>
            </div>
          )}
        </div>
      </div>
    </div>
  );
}
