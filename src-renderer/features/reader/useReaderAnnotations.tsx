// Everything the reader needs for annotations (#5), so ReaderPane only places what this returns:
// the highlights inside its text runs, the margin, the orphan list and the overlays (selection
// toolbar, legend, carry-over, undo). Data comes from annotations.* and tags.* only.
import { useCallback, useEffect, useMemo, useRef, useState, type JSX, type ReactNode, type RefObject } from 'react';
import type { Article, ArticleRelation, CitationRef } from '../../../src-main/api/contract/methods';
import type { Annotation, AnnotationTag, CarryOutcome } from '../../../src-main/api/contract/annotations';
import { api, errorMessage } from '../../api/client';
import { onRevealRequest, takeReveal } from '../../components/annotationBus';
import { registerAnnotationActions, runAnnotationAction, type AnnotationAction } from './annotationActions';
import { colorVars } from './annotationColors';
import { AnnotationMargin, OrphanedAnnotations, type AnnotationEdit } from './AnnotationMargin';
import { AnnotationPopover, type PopoverMode } from './AnnotationPopover';
import { annotationPieces, type AnnotationSpan } from './annotationSegments';
import { readSelection, selectionWithin, type TextSelection } from './readerSelection';
import { TagLegend, type TagDraft } from './TagLegend';
import './annotations.css';

interface Options {
  article: Article | null;
  textBoxRef: RefObject<HTMLDivElement | null>;
  /** Bumped by the app when articles change. */
  revision: number;
  related: ArticleRelation[];
  onError: (message: string) => void;
  /** Puts a citation of an article span into the open note. */
  onCiteSpan?: (ref: CitationRef) => void;
  /** Opens another article (where orphaned annotations are). */
  onOpenArticle?: (id: number) => void;
}

export interface ReaderAnnotations {
  /** A run of the article's text with its highlights (each piece in an element with data-start). */
  text(run: { start: number; end: number; text: string }): ReactNode;
  margin: ReactNode;
  orphans: ReactNode;
  overlays: ReactNode;
}

const byPosition = (a: Annotation, b: Annotation): number => a.start - b.start || a.end - b.end || a.id - b.id;
const UNDO_MS = 10_000;

/** The `annotations.restore` input that brings a deleted annotation back. */
const restoreInput = (a: Annotation) => ({
  articleId: a.articleId,
  start: a.start,
  end: a.end,
  quote: a.quote,
  prefix: a.prefix,
  suffix: a.suffix,
  comment: a.comment,
  tags: a.tags,
  color: a.color,
  state: a.state,
  carriedFrom: a.carriedFrom,
});

function CarryDialog({ related, onCarry, onClose }: { related: ArticleRelation[]; onCarry: (id: number) => void; onClose: () => void }): JSX.Element {
  return (
    <div className="palette-backdrop" onMouseDown={onClose} onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div className="legend" role="dialog" aria-modal="true" aria-label="Carry annotations over" onMouseDown={(e) => e.stopPropagation()}>
        <header className="legend-head">
          <h2>Carry annotations over</h2>
          <button type="button" className="btn small" onClick={onClose}>
            Cancel
          </button>
        </header>
        <p className="muted small carry-help">
          Copies this article’s annotations onto another version of the story. Each goes where its exact words and their surroundings are; one that does not
          match is listed there as orphaned — never moved to a lookalike passage.
        </p>
        <ul className="legend-list">
          {related.map((r) => (
            <li key={r.article.id} className="legend-row">
              <span className="carry-title">{r.article.title}</span>
              <span className="muted small">
                {r.kind === 'near_duplicate' ? 'near-duplicate' : 'related'} · {Math.round(r.similarity * 100)}%
              </span>
              <button type="button" className="btn small" autoFocus={r === related[0]} onClick={() => onCarry(r.article.id)}>
                Carry here
              </button>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

export function useReaderAnnotations({ article, textBoxRef, revision, related, onError, onCiteSpan, onOpenArticle }: Options): ReaderAnnotations {
  const articleId = article?.id ?? null;
  const [loaded, setLoaded] = useState<{ articleId: number; list: Annotation[] } | null>(null);
  const [tags, setTags] = useState<AnnotationTag[]>([]);
  const [selection, setSelection] = useState<TextSelection | null>(null);
  const [mode, setMode] = useState<PopoverMode>('menu');
  const [active, setActive] = useState<{ articleId: number | null; id: number } | null>(null);
  const activeId = active && active.articleId === articleId ? active.id : null;
  const setActiveId = useCallback((id: number | null) => setActive(id === null ? null : { articleId, id }), [articleId]);
  const [lastTag, setLastTag] = useState<string | null>(null);
  const [legendOpen, setLegendOpen] = useState(false);
  const [carryOpen, setCarryOpen] = useState(false);
  const [toast, setToast] = useState<{ message: string; action?: { label: string; run: () => void } } | null>(null);
  /** The last annotation deleted here (what Undo brings back). */
  const [deleted, setDeleted] = useState<Annotation | null>(null);
  /** The last selection made in this article's text (kept while focus is in the palette, say). */
  const lastSpan = useRef<{ articleId: number; start: number; end: number } | null>(null);

  const list = useMemo(() => (loaded && loaded.articleId === articleId ? loaded.list : []), [loaded, articleId]);
  const anchored = useMemo(() => list.filter((a) => a.state === 'anchored'), [list]);
  const orphaned = useMemo(() => list.filter((a) => a.state === 'orphaned'), [list]);
  const byId = useMemo(() => new Map(list.map((a) => [a.id, a])), [list]);
  const spans = useMemo<AnnotationSpan[]>(() => anchored.map((a) => ({ id: a.id, start: a.start, end: a.end })), [anchored]);

  const loadTags = useCallback(async (): Promise<void> => {
    try {
      setTags(await api.call('tags.list', {}));
    } catch (err) {
      onError(`Could not read the tag legend: ${errorMessage(err)}`);
    }
  }, [onError]);

  const reload = useCallback(async (): Promise<void> => {
    if (articleId === null) return;
    try {
      const fresh = await api.call('annotations.list', { articleId });
      setLoaded({ articleId, list: fresh.sort(byPosition) });
    } catch (err) {
      onError(`Could not read the annotations: ${errorMessage(err)}`);
    }
  }, [articleId, onError]);

  useEffect(() => {
    let live = true;
    api.call('tags.list', {}).then(
      (t) => live && setTags(t),
      (err: unknown) => onError(`Could not read the tag legend: ${errorMessage(err)}`),
    );
    return () => {
      live = false;
    };
  }, [onError]);

  useEffect(() => {
    if (articleId === null) return;
    let live = true;
    api.call('annotations.list', { articleId }).then(
      (fresh) => live && setLoaded({ articleId, list: fresh.sort(byPosition) }),
      (err: unknown) => onError(`Could not read the annotations: ${errorMessage(err)}`),
    );
    return () => {
      live = false;
    };
  }, [articleId, revision, onError]);

  const showToast = useCallback((message: string, action?: { label: string; run: () => void }) => {
    setToast(action ? { message, action } : { message });
  }, []);
  useEffect(() => {
    if (!toast) return;
    const t = window.setTimeout(() => setToast(null), UNDO_MS);
    return () => window.clearTimeout(t);
  }, [toast]);

  // Follow the selection: the toolbar shows over a selection in the text and stays while the
  // analyst types in it; the last span is remembered for palette commands.
  useEffect(() => {
    const onChange = (): void => {
      const root = textBoxRef.current;
      if (document.querySelector('.anno-popover')?.contains(document.activeElement)) return;
      if (selectionWithin(root)) {
        const s = readSelection(root);
        setSelection(s);
        setMode('menu');
        lastSpan.current = s && articleId !== null ? { articleId, start: s.start, end: s.end } : null;
      } else setSelection(null);
    };
    document.addEventListener('selectionchange', onChange);
    // The toolbar follows the selection when the text scrolls under it.
    const root = textBoxRef.current;
    root?.addEventListener('scroll', onChange, { passive: true });
    return () => {
      document.removeEventListener('selectionchange', onChange);
      root?.removeEventListener('scroll', onChange);
    };
  }, [textBoxRef, articleId]);

  const spanNow = useCallback((): { start: number; end: number } | null => {
    const s = lastSpan.current;
    return s && s.articleId === articleId ? s : null;
  }, [articleId]);

  const closeSelection = useCallback(() => {
    setSelection(null);
    setMode('menu');
    lastSpan.current = null;
    window.getSelection()?.removeAllRanges();
  }, []);

  const create = useCallback(
    async (input: { comment?: string; tags?: string[] }): Promise<void> => {
      const span = spanNow();
      if (articleId === null || !span) {
        onError('Select words in the article first, then highlight them.');
        return;
      }
      try {
        const made = await api.call('annotations.create', {
          articleId,
          start: span.start,
          end: span.end,
          ...(input.comment ? { comment: input.comment } : {}),
          ...(input.tags?.length ? { tags: input.tags } : {}),
        });
        setLoaded((l) => (l && l.articleId === articleId ? { ...l, list: [...l.list, made].sort(byPosition) } : l));
        if (input.tags?.[0]) setLastTag(input.tags[0]);
        if (input.tags?.some((t) => !tags.some((x) => x.name.toLowerCase() === t.toLowerCase()))) void loadTags();
        else setTags((ts) => ts.map((t) => (made.tags.includes(t.name) ? { ...t, annotations: t.annotations + 1 } : t)));
        setActiveId(made.id);
        closeSelection();
      } catch (err) {
        onError(`Could not annotate: ${errorMessage(err)}`);
      }
    },
    [articleId, spanNow, onError, tags, loadTags, closeSelection, setActiveId],
  );

  const edit = useCallback(
    async (id: number, change: AnnotationEdit & { start?: number; end?: number }): Promise<boolean> => {
      try {
        const updated = await api.call('annotations.update', { id, ...change });
        setLoaded((l) => (l ? { ...l, list: l.list.map((a) => (a.id === id ? updated : a)).sort(byPosition) } : l));
        if (change.tags) void loadTags();
        return true;
      } catch (err) {
        onError(`Could not change the annotation: ${errorMessage(err)}`);
        return false;
      }
    },
    [onError, loadTags],
  );

  const remove = useCallback(
    async (a: Annotation): Promise<void> => {
      try {
        const { annotation } = await api.call('annotations.delete', { id: a.id });
        setLoaded((l) => (l ? { ...l, list: l.list.filter((x) => x.id !== a.id) } : l));
        if (annotation.tags.length) void loadTags();
        setDeleted(annotation);
        showToast('Annotation deleted.', { label: 'Undo', run: () => runAnnotationAction('undo') });
        textBoxRef.current?.focus();
      } catch (err) {
        onError(`Could not delete the annotation: ${errorMessage(err)}`);
      }
    },
    [onError, loadTags, showToast, textBoxRef],
  );

  const undo = useCallback(async (): Promise<void> => {
    const gone = deleted;
    if (!gone) {
      onError('There is no deleted annotation to bring back.');
      return;
    }
    setToast(null);
    setDeleted(null);
    try {
      const back = await api.call('annotations.restore', restoreInput(gone));
      setLoaded((l) => (l && l.articleId === back.articleId ? { ...l, list: [...l.list, back].sort(byPosition) } : l));
      if (back.tags.length) void loadTags();
      setActiveId(back.id);
    } catch (err) {
      onError(`Could not bring the annotation back: ${errorMessage(err)}`);
    }
  }, [deleted, onError, loadTags, setActiveId]);

  const cite = useCallback(
    (a: Annotation | undefined): void => {
      if (!a || a.state !== 'anchored') {
        onError('Select an annotation (click its highlight or its card), then cite it.');
        return;
      }
      if (!onCiteSpan) return;
      setActiveId(a.id);
      onCiteSpan({ kind: 'article', articleId: a.articleId, start: a.start, end: a.end });
    },
    [onCiteSpan, onError, setActiveId],
  );

  const saveTag = useCallback(
    async (draft: TagDraft): Promise<boolean> => {
      try {
        await api.call('tags.save', draft);
        await Promise.all([loadTags(), reload()]);
        return true;
      } catch (err) {
        onError(`Could not save the tag: ${errorMessage(err)}`);
        return false;
      }
    },
    [loadTags, reload, onError],
  );

  const deleteTag = useCallback(
    async (tag: AnnotationTag): Promise<void> => {
      try {
        await api.call('tags.delete', { id: tag.id });
        await Promise.all([loadTags(), reload()]);
      } catch (err) {
        onError(`Could not delete the tag: ${errorMessage(err)}`);
      }
    },
    [loadTags, reload, onError],
  );

  const carry = useCallback(
    async (toArticleId: number): Promise<void> => {
      if (articleId === null) return;
      setCarryOpen(false);
      try {
        const r: CarryOutcome = await api.call('annotations.carry', { fromArticleId: articleId, toArticleId });
        const title = related.find((x) => x.article.id === toArticleId)?.article.title ?? `article ${toArticleId}`;
        showToast(`${r.carried.length} carried to “${title}”, ${r.orphaned.length} orphaned there${r.skipped ? `, ${r.skipped} already there` : ''}.`);
      } catch (err) {
        onError(`Could not carry the annotations over: ${errorMessage(err)}`);
      }
    },
    [articleId, related, onError, showToast],
  );

  const attach = useCallback(
    (a: Annotation): void => {
      const span = spanNow();
      if (!span) {
        onError('Select the words to attach the annotation to, then choose Attach.');
        return;
      }
      void edit(a.id, { start: span.start, end: span.end }).then((ok) => ok && closeSelection());
    },
    [spanNow, edit, onError, closeSelection],
  );

  /** No orphans here: says where in the library there are some, with a way to open the first. */
  const orphansElsewhere = useCallback(async (): Promise<void> => {
    try {
      const all = await api.call('annotations.orphans', {});
      const first = all[0];
      if (!first) {
        showToast('No orphaned annotations in the library.');
        return;
      }
      const articles = new Set(all.map((a) => a.articleId)).size;
      const message = `No orphaned annotations in this article; ${all.length} in ${articles} other article${articles === 1 ? '' : 's'}.`;
      showToast(message, onOpenArticle ? { label: 'Open the first', run: () => onOpenArticle(first.articleId) } : undefined);
    } catch (err) {
      onError(`Could not list orphaned annotations: ${errorMessage(err)}`);
    }
  }, [showToast, onOpenArticle, onError]);

  /** Scrolls to an annotation's highlight and flashes it. */
  const reveal = useCallback(
    (id: number): void => {
      setActiveId(id);
      const el = textBoxRef.current?.querySelector<HTMLElement>(`[data-annotation-ids~="${id}"]`);
      if (!el) return;
      el.scrollIntoView({ block: 'center' });
      el.classList.remove('flash');
      void el.offsetWidth; // restart the animation
      el.classList.add('flash');
    },
    [textBoxRef, setActiveId],
  );

  // A request from Find anything, served once this article shows that annotation.
  useEffect(() => {
    const serve = (): void => {
      const id = takeReveal((x) => anchored.some((a) => a.id === x));
      if (id !== null) window.requestAnimationFrame(() => reveal(id));
    };
    serve();
    return onRevealRequest(serve);
  }, [anchored, reveal]);

  // Keyboard: H / C / T over a selection in the text; Escape drops it.
  useEffect(() => {
    const root = textBoxRef.current;
    if (!root) return;
    const onKey = (e: KeyboardEvent): void => {
      if (e.ctrlKey || e.metaKey || e.altKey || !spanNow() || !readSelection(root)) return;
      const key = e.key.toLowerCase();
      if (key === 'h') void create(lastTag ? { tags: [lastTag] } : {});
      else if (key === 'c') setMode('comment');
      else if (key === 't') setMode('tags');
      else if (e.key === 'Escape') closeSelection();
      else return;
      e.preventDefault();
      e.stopPropagation();
    };
    root.addEventListener('keydown', onKey);
    return () => root.removeEventListener('keydown', onKey);
  }, [textBoxRef, article, spanNow, create, lastTag, closeSelection]);

  // The command palette's annotation commands.
  useEffect(() => {
    if (articleId === null) return;
    const run = (action: AnnotationAction): void => {
      const span = spanNow();
      const needSpan = (): boolean => {
        if (span) return true;
        onError('Select words in the article first.');
        return false;
      };
      if (action === 'highlight') {
        if (needSpan()) void create(lastTag ? { tags: [lastTag] } : {});
      } else if (action === 'comment' || action === 'tags') {
        if (!needSpan() || !span) return;
        const el = textBoxRef.current?.querySelector<HTMLElement>(`[data-start="${span.start}"]`) ?? textBoxRef.current;
        const r = el?.getBoundingClientRect();
        setSelection({ start: span.start, end: span.end, rect: { top: r?.top ?? 80, left: r?.left ?? 80, bottom: r?.bottom ?? 80, right: r?.right ?? 80 } });
        setMode(action);
      } else if (action === 'cite') {
        const covering = span ? anchored.find((a) => a.start <= span.start && a.end >= span.end) : undefined;
        cite((activeId !== null ? byId.get(activeId) : undefined) ?? covering);
      } else if (action === 'legend') setLegendOpen(true);
      else if (action === 'undo') void undo();
      else if (action === 'carry') {
        if (related.length === 0) onError('This article has no near-duplicate or related article to carry annotations to.');
        else if (list.length === 0) onError('This article has no annotations to carry over.');
        else setCarryOpen(true);
      } else if (action === 'orphans') {
        const el = document.getElementById('anno-orphans');
        if (el) el.scrollIntoView({ block: 'start' });
        else void orphansElsewhere();
      }
    };
    return registerAnnotationActions(run);
  }, [articleId, spanNow, create, lastTag, textBoxRef, anchored, activeId, byId, cite, undo, related, list, onError, showToast, orphansElsewhere]);

  const text = useCallback(
    (run: { start: number; end: number; text: string }): ReactNode => {
      if (!article) return run.text;
      const pieces = annotationPieces(article.text, run.start, run.end, spans);
      if (pieces.length === 1 && pieces[0]?.ids.length === 0) return run.text;
      return pieces.map((p) => {
        if (p.ids.length === 0)
          return (
            <span key={p.start} data-start={p.start}>
              {p.text}
            </span>
          );
        const top = byId.get(p.ids[0] as number);
        return (
          <span
            key={p.start}
            data-start={p.start}
            data-annotation-ids={p.ids.join(' ')}
            className={`anno${p.ids.includes(activeId ?? -1) ? ' active' : ''}`}
            style={colorVars(top?.displayColor ?? 'yellow')}
            title={top ? [top.tags.join(', '), top.comment].filter(Boolean).join(' — ') || 'Highlight' : undefined}
            onClick={() => setActiveId(p.ids[0] ?? null)}
          >
            {p.text}
          </span>
        );
      });
    },
    [article, spans, byId, activeId, setActiveId],
  );

  const margin =
    article && anchored.length > 0 ? (
      <AnnotationMargin
        annotations={anchored}
        tags={tags}
        activeId={activeId}
        textBoxRef={textBoxRef}
        layoutKey={`${article.id}:${spans.length}`}
        onSelect={reveal}
        onCite={cite}
        onEdit={edit}
        onDelete={(a) => void remove(a)}
        onLegend={() => setLegendOpen(true)}
      />
    ) : null;

  const orphans = <OrphanedAnnotations orphans={orphaned} tags={tags} canAttach={selection !== null} onAttach={attach} onDelete={(a) => void remove(a)} />;

  const overlays = (
    <>
      {selection && !legendOpen && (
        <AnnotationPopover
          selection={selection}
          mode={mode}
          tags={tags}
          lastTag={lastTag}
          onMode={setMode}
          onCreate={(input) => void create(input)}
          onClose={closeSelection}
          onLegend={() => setLegendOpen(true)}
        />
      )}
      {legendOpen && <TagLegend tags={tags} onSave={saveTag} onDelete={deleteTag} onClose={() => setLegendOpen(false)} />}
      {carryOpen && <CarryDialog related={related} onCarry={(id) => void carry(id)} onClose={() => setCarryOpen(false)} />}
      {toast && (
        <div className="anno-toast" role="status">
          <span>{toast.message}</span>
          {toast.action && (
            <button type="button" className="btn small" onClick={toast.action.run}>
              {toast.action.label}
            </button>
          )}
          <button type="button" className="link-like muted" aria-label="Dismiss" onClick={() => setToast(null)}>
            ✕
          </button>
        </div>
      )}
    </>
  );

  return { text, margin, orphans, overlays };
}
