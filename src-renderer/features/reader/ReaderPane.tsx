// The reader: one article's stored text as paragraphs, every claim a <mark> coloured by its
// speaker, and the article's claims listed below with a Cite button each.
import { useCallback, useEffect, useMemo, useRef, useState, type JSX, type ReactNode } from 'react';
import type { Article, ArticleRelation, CitationRef, Claim } from '../../../src-main/api/contract/methods';
import type { ArticleMetadataField } from '../../../src-main/api/contract/metadata';
import { api, errorMessage } from '../../api/client';
import { speakerClassFor, speakerSlots } from '../../components/speaker';
import { useCommands } from '../../commands/useCommands';
import { ArticleHeader, RawText, RelatedCoverage } from './ArticleMeta';
import { ClaimsPanel } from './ClaimsPanel';
import { languageAt, languageName, otherLanguages } from './languages';
import { segmentArticle } from './segments';
import { useReaderAnnotations } from './useReaderAnnotations';
import { requestSpanEdit, useSpanEdit } from './useSpanEdit';
import { rangeForSpan } from './readerSelection';
import { centreWhileSettling, scrollNearest } from './scrolling';
import './reader.css';

/** CSS custom highlight (::highlight(quire-jump)) marking the passage a citation points at. */
const JUMP_HIGHLIGHT = 'quire-jump';

export interface ReaderTarget {
  articleId: number;
  /** Claim to scroll to and flash once the article is shown. */
  claimId?: number | null;
  /** Or the stored-text span to scroll to and mark (an article-span citation). */
  span?: { start: number; end: number };
  /** Changes on every request so the same target can be revisited. */
  nonce: number;
}

interface Props {
  target: ReaderTarget | null;
  activeClaimId: number | null;
  onSelectClaim: (claim: Claim | null) => void;
  onCite: (claim: Claim) => void;
  onError: (message: string) => void;
  /** Shown when no article is open. */
  empty: ReactNode;
  /** Bumped by the app when articles change (a re-import may change claims). */
  revision: number;
  /** Another article asked for (related coverage). */
  onOpenArticle?: (id: number) => void;
  /** The open article's metadata was edited (the library shows it). */
  onArticleChange?: (article: Article) => void;
  /** Cite an article span (an annotation) in the open note. */
  onCiteSpan?: (ref: CitationRef) => void;
}

interface Loaded {
  key: string;
  articleId: number;
  article: Article | null;
  claims: Claim[];
  related: ArticleRelation[];
}

/** Is [start, end) quoted in the text: inside quotation marks, or selected with its marks? */
function quotedSpan(text: string, start: number, end: number): boolean {
  const OPEN = '“"«„‘';
  const CLOSE = '”"»“’';
  const inner = text.slice(start, end).trim();
  if (inner.length > 1 && OPEN.includes(inner[0] ?? '') && CLOSE.includes(inner.at(-1) ?? '')) return true;
  const before = text.slice(Math.max(0, start - 2), start);
  const after = text.slice(end, end + 2);
  return [...before].some((ch) => OPEN.includes(ch)) && [...after].some((ch) => CLOSE.includes(ch));
}

export function ReaderPane({ target, activeClaimId, onSelectClaim, onCite, onError, empty, revision, onOpenArticle, onArticleChange, onCiteSpan }: Props): JSX.Element {
  const [data, setData] = useState<Loaded | null>(null);
  // The article whose removed text is shown (so the toggle resets on another article).
  const [removedFor, setRemovedFor] = useState<number | null>(null);
  const textBox = useRef<HTMLDivElement>(null);
  const articleId = target?.articleId ?? null;
  const key = `${articleId}:${revision}`;

  useEffect(() => {
    if (articleId === null) return;
    let live = true;
    Promise.all([
      api.call('articles.get', { id: articleId }),
      api.call('claims.list', { articleId }),
      api.call('articles.related', { id: articleId }).catch(() => [] as ArticleRelation[]),
    ]).then(
      ([a, c, related]) => {
        if (!live) return;
        const sorted = [...c].sort((x, y) => x.start - y.start || y.end - x.end);
        setData({ key, articleId, article: a, claims: sorted, related });
      },
      (err: unknown) => {
        if (!live) return;
        setData({ key, articleId, article: null, claims: [], related: [] });
        onError(`Could not open the article: ${errorMessage(err)}`);
      },
    );
    return () => {
      live = false;
    };
  }, [articleId, key, onError]);

  // While a re-read of the same article is under way, keep showing what is there.
  const current = data && data.articleId === articleId ? data : null;
  const article = current?.article ?? null;
  const claims = useMemo(() => current?.claims ?? [], [current]);
  // A claim whose span was edited (or the edit undone): stored, listed in order, and selected.
  const replaceClaim = useCallback(
    (updated: Claim) => {
      setData((d) => (d ? { ...d, claims: d.claims.map((c) => (c.id === updated.id ? updated : c)).sort((x, y) => x.start - y.start || y.end - x.end) } : d));
      onSelectClaim(updated);
    },
    [onSelectClaim],
  );
  const spanEdit = useSpanEdit({
    text: article?.text ?? null,
    activeClaim: claims.find((c) => c.id === activeClaimId) ?? null,
    selection: () => selectionOffsets(textBox.current),
    onUpdated: replaceClaim,
    onError,
  });
  const draft = spanEdit.draft;
  // Rejected claims stay listed (so a rejection can be undone) but are not highlighted; a span
  // being edited shows where it will be.
  const highlighted = useMemo(
    () => claims.filter((c) => c.status !== 'rejected').map((c) => (draft?.claimId === c.id ? { ...c, start: draft.start, end: draft.end } : c)),
    [claims, draft],
  );
  const loading = data?.key !== key;

  // Scroll to (and flash) the requested claim once its article is on screen.
  useEffect(() => {
    if (!target?.claimId || !article || article.id !== target.articleId) return;
    const find = (): HTMLElement | null => textBox.current?.querySelector<HTMLElement>(`mark[data-claim-id="${target.claimId}"]`) ?? null;
    const el = find();
    if (!el) return;
    el.classList.remove('flash');
    void el.offsetWidth; // restart the animation
    el.classList.add('flash');
    return centreWhileSettling(textBox.current, () => find()?.getBoundingClientRect() ?? null);
  }, [target, article]);

  // Scroll to and mark the requested span (a citation of a passage) once its article is shown.
  useEffect(() => {
    if (!target?.span || !article || article.id !== target.articleId) return;
    const range = rangeForSpan(textBox.current, target.span.start, target.span.end);
    if (!range) return;
    const span = target.span;
    CSS.highlights.set(JUMP_HIGHLIGHT, new Highlight(range));
    const stop = centreWhileSettling(textBox.current, () => rangeForSpan(textBox.current, span.start, span.end)?.getBoundingClientRect() ?? null);
    const clear = window.setTimeout(() => CSS.highlights.delete(JUMP_HIGHLIGHT), 4000);
    return () => {
      stop();
      window.clearTimeout(clear);
      CSS.highlights.delete(JUMP_HIGHLIGHT);
    };
  }, [target, article]);

  // Keep the active claim in view, in the claims list and in the text.
  useEffect(() => {
    if (activeClaimId === null) return;
    // Only the reader's own scrollers move: scrollIntoView would also scroll the panes around them.
    const row = document.getElementById(`claim-row-${activeClaimId}`);
    const list = row?.closest<HTMLElement>('.claims-list');
    if (row && list) scrollNearest(list, row.getBoundingClientRect());
    const mark = textBox.current?.querySelector<HTMLElement>(`mark[data-claim-id="${activeClaimId}"]`);
    if (mark && textBox.current) scrollNearest(textBox.current, mark.getBoundingClientRect());
  }, [activeClaimId]);

  const showRemoved = removedFor !== null && removedFor === articleId;

  const saveField = useCallback(
    async (field: ArticleMetadataField, value: string): Promise<boolean> => {
      if (!article) return false;
      try {
        const updated = await api.call('articles.setMetadata', { id: article.id, field, value: value.trim() });
        setData((d) => (d && d.articleId === updated.id ? { ...d, article: updated } : d));
        onArticleChange?.(updated);
        return true;
      } catch (err) {
        onError(`Could not save the ${field}: ${errorMessage(err)}`);
        return false;
      }
    },
    [article, onArticleChange, onError],
  );

  const paragraphs = useMemo(() => (article ? segmentArticle(article.text, highlighted) : []), [article, highlighted]);

  /** Applies the analyst's change to one claim and shows the stored result. */
  const review = useCallback(
    async (id: number, change: { status?: Claim['status']; speaker?: string | null }): Promise<void> => {
      try {
        const updated = await api.call('claims.update', { id, ...change });
        setData((d) => (d ? { ...d, claims: d.claims.map((c) => (c.id === updated.id ? updated : c)) } : d));
      } catch (err) {
        onError(`Could not change the claim: ${errorMessage(err)}`);
      }
    },
    [onError],
  );

  /**
   * A claim the analyst marks in the text: the current selection, as exact offsets. Words inside
   * quotation marks are a direct quote, anything else reported speech; the claim stays suggested.
   */
  const createFromSelection = useCallback(async (): Promise<void> => {
    if (!article) return;
    const span = selectionOffsets(textBox.current);
    if (!span) {
      onError('Select words in the article first, then make them a claim.');
      return;
    }
    try {
      const kind = quotedSpan(article.text, span.start, span.end) ? 'direct' : 'indirect';
      const created = await api.call('claims.create', { articleId: article.id, start: span.start, end: span.end, kind });
      setData((d) => (d ? { ...d, claims: [...d.claims, created].sort((x, y) => x.start - y.start || y.end - x.end) } : d));
      window.getSelection()?.removeAllRanges();
      onSelectClaim(created);
    } catch (err) {
      onError(`Could not create the claim: ${errorMessage(err)}`);
    }
  }, [article, onError, onSelectClaim]);
  const byId = useMemo(() => new Map(claims.map((c) => [c.id, c])), [claims]);
  const slots = useMemo(() => speakerSlots(claims.filter((c) => c.status !== 'rejected').map((c) => c.speakerEntity?.name ?? c.speaker)), [claims]);
  const colour = (c: Claim | undefined): string => speakerClassFor(slots, c?.speakerEntity?.name ?? c?.speaker);
  const [editing, setEditing] = useState<number | null>(null);
  const activeClaim = activeClaimId === null ? undefined : byId.get(activeClaimId);
  const hasActive = (): boolean => article !== null && activeClaim !== undefined;
  const step = (by: number | 'first' | 'last'): void => {
    if (claims.length === 0) return;
    const at = claims.findIndex((c) => c.id === activeClaimId);
    const i = by === 'first' ? 0 : by === 'last' ? claims.length - 1 : at < 0 ? 0 : at + by;
    const c = claims[Math.min(Math.max(i, 0), claims.length - 1)];
    if (c) onSelectClaim(c);
  };
  useCommands([
    { id: 'claim-confirm', enabled: hasActive, run: () => activeClaim && void review(activeClaim.id, { status: activeClaim.status === 'confirmed' ? 'suggested' : 'confirmed' }) },
    { id: 'claim-reject', enabled: hasActive, run: () => activeClaim && void review(activeClaim.id, { status: activeClaim.status === 'rejected' ? 'suggested' : 'rejected' }) },
    { id: 'claim-speaker', enabled: hasActive, run: () => activeClaim && setEditing(activeClaim.id) },
    { id: 'claim-span', enabled: hasActive, run: requestSpanEdit },
    { id: 'claim-from-selection', enabled: () => article !== null, run: () => void createFromSelection() },
    { id: 'claim-cite', enabled: hasActive, run: () => activeClaim && onCite(activeClaim) },
    { id: 'claim-next', enabled: () => claims.length > 0, run: () => step(1) },
    { id: 'claim-previous', enabled: () => claims.length > 0, run: () => step(-1) },
    { id: 'claim-first', enabled: () => claims.length > 0, run: () => step('first') },
    { id: 'claim-last', enabled: () => claims.length > 0, run: () => step('last') },
    { id: 'claims-focus', enabled: () => claims.length > 0, run: () => document.querySelector<HTMLElement>('.claims-list')?.focus() },
  ]);
  const annotations = useReaderAnnotations({ article, textBoxRef: textBox, revision, related: current?.related ?? [], onError, onCiteSpan, onOpenArticle });

  if (articleId === null) return <section className="pane reader" aria-label="Reader">{empty}</section>;

  return (
    <section className="pane reader" aria-label="Reader" aria-busy={loading}>
      {article ? (
        <>
          <div
            className="reader-scroll"
            ref={textBox}
            id="reader-text"
            tabIndex={-1}
          >
            <article className="reader-article" lang={article.language ?? undefined}>
              <ArticleHeader
                article={article}
                others={otherLanguages(article, paragraphs.map((p) => p.start))}
                onSave={saveField}
                showRemoved={showRemoved}
                onToggleRemoved={() => setRemovedFor(showRemoved ? null : articleId)}
              />
              {showRemoved && <RawText article={article} />}
              {!showRemoved && paragraphs.map((p) => {
                const lang = languageAt(article.languages, p.start);
                const other = lang !== null && lang !== article.language;
                return (
                <p
                  key={p.start}
                  className={other ? 'reader-p other-language' : 'reader-p'}
                  lang={lang ?? undefined}
                  // A margin label (CSS, so no offsets move) where a paragraph leaves the article's language.
                  data-language={other ? lang.toUpperCase() : undefined}
                  title={other ? `In ${languageName(lang)}` : undefined}
                >
                  {p.runs.map((r) => {
                    if (r.claimId === null)
                      return (
                        <span key={r.start} data-start={r.start}>
                          {annotations.text(r)}
                        </span>
                      );
                    const c = byId.get(r.claimId);
                    const label = `${c?.speaker ?? 'Unattributed'} — ${c?.kind ?? 'claim'}`;
                    return (
                      <mark
                        key={r.start}
                        data-start={r.start}
                        data-claim-id={r.claimId}
                        className={`claim ${colour(c)}${activeClaimId === r.claimId ? ' active' : ''}${draft?.claimId === r.claimId ? ' span-editing' : ''}`}
                        title={label}
                        // The speaker is named in the text (a CSS label, so no offsets move).
                        data-speaker={c && c.start === r.start ? (c.speakerEntity?.name ?? c.speaker ?? 'Unattributed') : undefined}
                        onClick={() => {
                          if (!c) return;
                          onSelectClaim(c);
                          // Y / X / S act on the claim clicked: the keyboard is in the reader.
                          textBox.current?.focus({ preventScroll: true });
                        }}
                      >
                        {annotations.text(r)}
                      </mark>
                    );
                  })}
                </p>
                );
              })}
              <RelatedCoverage related={current?.related ?? []} onOpen={(id) => onOpenArticle?.(id)} />
              {annotations.orphans}
            </article>
            {annotations.margin}
          </div>
          {annotations.overlays}
          {spanEdit.hint}
          <ClaimsPanel
            claims={claims}
            activeClaimId={activeClaimId}
            colour={colour}
            editing={editing}
            onEditing={setEditing}
            onSelect={onSelectClaim}
            onCite={onCite}
            onReview={review}
            onCreate={() => void createFromSelection()}
          />
        </>
      ) : (
        <div className="pane-empty">{loading ? 'Opening…' : 'This article could not be opened.'}</div>
      )}
    </section>
  );
}

/** Offsets of the selection inside the reader text (runs carry `data-start`), or null. */
function selectionOffsets(root: HTMLElement | null): { start: number; end: number } | null {
  const sel = window.getSelection();
  if (!root || !sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  const at = (node: Node, offset: number): number | null => {
    const el = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
    const run = el?.closest<HTMLElement>('[data-start]');
    if (!run || !root.contains(run)) return null;
    return Number(run.dataset.start) + (node.nodeType === Node.TEXT_NODE ? offset : 0);
  };
  const start = at(range.startContainer, range.startOffset);
  const end = at(range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}
