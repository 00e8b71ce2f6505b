// Find anything (Ctrl/Cmd+Shift+F): one search over articles, claims, notes and annotations,
// matches highlighted, filtered by type, speaker, outlet and date; a result opens in place.
import { useEffect, useMemo, useRef, useState, type JSX, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { MethodInput, SearchHit } from '../../../src-main/api/contract/methods';
import type { AnnotationTag } from '../../../src-main/api/contract/annotations';
import { api, errorMessage } from '../../api/client';
import { revealAnnotation } from '../../components/annotationBus';
import { snippetRuns } from './snippet';
import './search.css';

type HitType = SearchHit['type'];
const TYPES: { type: HitType; label: string }[] = [
  { type: 'article', label: 'Articles' },
  { type: 'claim', label: 'Claims' },
  { type: 'note', label: 'Notes' },
  { type: 'annotation', label: 'Annotations' },
];
const SEARCH_DELAY_MS = 150;
/** A result's height before it is measured (head line and a two-line snippet). */
const HIT_ESTIMATE = 64;

interface Props {
  onClose: () => void;
  onOpenArticle: (articleId: number) => void;
  onOpenClaim: (articleId: number, claimId: number) => void;
  onOpenNote: (noteId: number) => void;
}

function Snippet({ text }: { text: string }): JSX.Element {
  return (
    <>
      {snippetRuns(text).map((r, i) => (r.match ? <mark key={i}>{r.text}</mark> : <span key={i}>{r.text}</span>))}
    </>
  );
}

export function FindPanel({ onClose, onOpenArticle, onOpenClaim, onOpenNote }: Props): JSX.Element {
  const [q, setQ] = useState('');
  const [types, setTypes] = useState<ReadonlySet<HitType>>(new Set());
  const [speaker, setSpeaker] = useState('');
  const [outlet, setOutlet] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [tag, setTag] = useState('');
  const [legend, setLegend] = useState<AnnotationTag[]>([]);
  const [result, setResult] = useState<{ key: string; hits: SearchHit[]; error: string | null } | null>(null);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLDivElement>(null);

  const request = useMemo((): MethodInput<'search.query'> | null => {
    if (!q.trim()) return null;
    return {
      q: q.trim(),
      limit: 100,
      ...(types.size ? { types: [...types] } : {}),
      ...(speaker.trim() ? { speaker: speaker.trim() } : {}),
      ...(outlet.trim() ? { outlet: outlet.trim() } : {}),
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
      ...(tag.trim() ? { tag: tag.trim() } : {}),
    };
  }, [q, types, speaker, outlet, from, to, tag]);
  const key = JSON.stringify(request);

  useEffect(() => input.current?.focus(), []);
  useEffect(() => {
    api.call('tags.list', {}).then(setLegend, () => setLegend([]));
  }, []);

  useEffect(() => {
    if (!request) return;
    let live = true;
    const t = window.setTimeout(() => {
      api.call('search.query', request).then(
        (hits) => {
          if (!live) return;
          setResult({ key, hits, error: null });
          setActive(0);
        },
        (err: unknown) => {
          if (live) setResult({ key, hits: [], error: errorMessage(err) });
        },
      );
    }, SEARCH_DELAY_MS);
    return () => {
      live = false;
      window.clearTimeout(t);
    };
  }, [request, key]);

  const hits = useMemo(() => (request && result ? result.hits : []), [request, result]);
  const counts = useMemo(() => {
    const c = new Map<HitType, number>();
    for (const h of hits) c.set(h.type, (c.get(h.type) ?? 0) + 1);
    return c;
  }, [hits]);

  // Results are virtualised: only those in view are in the DOM.
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design; this component is not memoised
  const virtualizer = useVirtualizer({
    count: hits.length,
    getScrollElement: () => list.current,
    estimateSize: () => HIT_ESTIMATE,
    getItemKey: (i) => (hits[i] ? `${hits[i].type}-${hits[i].id}` : i),
    overscan: 6,
  });

  useEffect(() => {
    if (active < hits.length) virtualizer.scrollToIndex(active, { align: 'auto' });
  }, [active, hits, virtualizer]);

  const open = (hit: SearchHit | undefined): void => {
    if (!hit) return;
    onClose();
    if (hit.type === 'note') onOpenNote(hit.id);
    else if (hit.type === 'claim' && hit.articleId !== undefined) onOpenClaim(hit.articleId, hit.id);
    else if (hit.type === 'article') onOpenArticle(hit.id);
    else if (hit.articleId !== undefined) {
      if (hit.type === 'annotation') revealAnnotation(hit.id);
      onOpenArticle(hit.articleId);
    }
  };

  const toggle = (t: HitType): void =>
    setTypes((s) => {
      const next = new Set(s);
      if (next.has(t)) next.delete(t);
      else next.add(t);
      return next;
    });

  const onKey = (e: ReactKeyboardEvent): void => {
    if (e.key === 'Escape') onClose();
    else if (e.key === 'ArrowDown') setActive((i) => Math.min(i + 1, hits.length - 1));
    else if (e.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
    else if (e.key === 'Enter' && e.target === input.current) open(hits[active]);
    else return;
    e.preventDefault();
    e.stopPropagation();
  };

  const pending = request !== null && result?.key !== key;
  return (
    <div className="palette-backdrop" onMouseDown={onClose}>
      <div className="find" role="dialog" aria-modal="true" aria-label="Find anything" onMouseDown={(e) => e.stopPropagation()} onKeyDown={onKey}>
        <input
          ref={input}
          className="palette-input"
          placeholder="Find in articles, claims, notes…"
          aria-label="Find"
          role="combobox"
          aria-expanded="true"
          aria-controls="find-results"
          aria-activedescendant={hits[active] ? `find-${hits[active].type}-${hits[active].id}` : undefined}
          value={q}
          onChange={(e) => setQ(e.target.value)}
        />
        <div className="find-filters">
          <div className="find-types" role="group" aria-label="Kinds of result">
            {TYPES.map(({ type, label }) => (
              <button key={type} type="button" className="find-type" aria-pressed={types.has(type)} onClick={() => toggle(type)}>
                {label}
                {request && counts.get(type) ? <span className="find-count">{counts.get(type)}</span> : null}
              </button>
            ))}
          </div>
          <label>
            Speaker <input value={speaker} onChange={(e) => setSpeaker(e.target.value)} aria-label="Speaker" placeholder="any" />
          </label>
          <label>
            Outlet <input value={outlet} onChange={(e) => setOutlet(e.target.value)} aria-label="Outlet" placeholder="any" />
          </label>
          <label>
            From <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} aria-label="Published from" />
          </label>
          <label>
            To <input type="date" value={to} onChange={(e) => setTo(e.target.value)} aria-label="Published to" />
          </label>
          <label>
            Tag <input value={tag} onChange={(e) => setTag(e.target.value)} aria-label="Tag" placeholder="any" list="find-tags" />
            <datalist id="find-tags">
              {legend.map((t) => (
                <option key={t.id} value={t.name} />
              ))}
            </datalist>
          </label>
        </div>
        <div className="find-results" id="find-results" role="listbox" aria-label="Results" ref={list} aria-busy={pending}>
          {request === null && <div className="palette-empty">Type words to find. A speaker narrows to claims, a tag to annotations; an outlet or dates leave notes out.</div>}
          {request !== null && result?.error && <div className="palette-empty error">{result.error}</div>}
          {request !== null && !pending && !result?.error && hits.length === 0 && <div className="palette-empty">Nothing found</div>}
          <div className="find-results-inner" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((v) => {
              const h = hits[v.index];
              if (!h) return null;
              const i = v.index;
              return (
                <div
                  key={`${h.type}-${h.id}`}
                  id={`find-${h.type}-${h.id}`}
                  ref={virtualizer.measureElement}
                  data-index={i}
                  role="option"
                  aria-selected={i === active}
                  aria-setsize={hits.length}
                  aria-posinset={i + 1}
                  className={`find-hit find-${h.type}`}
                  style={{ transform: `translateY(${v.start}px)` }}
                  onMouseMove={() => setActive(i)}
                  onClick={() => open(h)}
                >
                  <div className="find-hit-head">
                    <span className="find-kind">{h.type}</span>
                    <span className="find-title">{h.title}</span>
                    {h.tags && h.tags.length > 0 && <span className="find-tags">{h.tags.join(' · ')}</span>}
                    <span className="muted small find-meta">{[h.outlet, h.published].filter(Boolean).join(' · ')}</span>
                  </div>
                  <div className="find-snippet">
                    <Snippet text={h.snippet} />
                  </div>
                </div>
              );
            })}
          </div>
        </div>
      </div>
    </div>
  );
}
