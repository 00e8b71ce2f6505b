// The reader: one article's stored text as paragraphs, every claim a <mark> coloured by its
// speaker, and the article's claims listed below with a Cite button each.
import { useCallback, useEffect, useMemo, useRef, useState, type JSX, type ReactNode } from 'react';
import type { Article, ArticleRelation, CitationRef, Claim } from '../../../src-main/api/contract/methods';
import type { ArticleMetadataField } from '../../../src-main/api/contract/metadata';
import { api, errorMessage } from '../../api/client';
import { speakerClass } from '../../components/speaker';
import { hasMod, shortcutLabel } from '../../components/platform';
import { startClaimDrag } from '../../components/claimDrag';
import { openEntity } from '../../components/entityEvents';
import { ArticleHeader, RawText, RelatedCoverage } from './ArticleMeta';
import { segmentArticle } from './segments';
import { useReaderAnnotations } from './useReaderAnnotations';
import { useSpanEdit } from './useSpanEdit';
import { useLongList } from '../../components/useLongList';
import { rangeForSpan } from './readerSelection';
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

const KIND_LABEL: Record<Claim['kind'], string> = { direct: 'direct quote', indirect: 'reported speech' };

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
    const el = textBox.current?.querySelector<HTMLElement>(`mark[data-claim-id="${target.claimId}"]`);
    if (!el) return;
    el.scrollIntoView({ block: 'center' });
    el.classList.remove('flash');
    void el.offsetWidth; // restart the animation
    el.classList.add('flash');
  }, [target, article]);

  // Scroll to and mark the requested span (a citation of a passage) once its article is shown.
  useEffect(() => {
    if (!target?.span || !article || article.id !== target.articleId) return;
    const range = rangeForSpan(textBox.current, target.span.start, target.span.end);
    if (!range) return;
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    CSS.highlights.set(JUMP_HIGHLIGHT, new Highlight(range));
    const clear = window.setTimeout(() => CSS.highlights.delete(JUMP_HIGHLIGHT), 4000);
    return () => {
      window.clearTimeout(clear);
      CSS.highlights.delete(JUMP_HIGHLIGHT);
    };
  }, [target, article]);

  // Keep the active claim in view, in the claims list and in the text.
  useEffect(() => {
    if (activeClaimId === null) return;
    document.getElementById(`claim-row-${activeClaimId}`)?.scrollIntoView({ block: 'nearest' });
    textBox.current?.querySelector(`mark[data-claim-id="${activeClaimId}"]`)?.scrollIntoView({ block: 'nearest' });
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

  /** A claim the analyst marks in the text: the current selection, as exact offsets. */
  const createFromSelection = useCallback(async (): Promise<void> => {
    if (!article) return;
    const span = selectionOffsets(textBox.current);
    if (!span) {
      onError('Select words in the article first, then make them a claim.');
      return;
    }
    try {
      const created = await api.call('claims.create', { articleId: article.id, start: span.start, end: span.end, kind: 'direct' });
      setData((d) => (d ? { ...d, claims: [...d.claims, created].sort((x, y) => x.start - y.start || y.end - x.end) } : d));
      window.getSelection()?.removeAllRanges();
      onSelectClaim(created);
    } catch (err) {
      onError(`Could not create the claim: ${errorMessage(err)}`);
    }
  }, [article, onError, onSelectClaim]);
  const byId = useMemo(() => new Map(claims.map((c) => [c.id, c])), [claims]);
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
            onKeyDown={(e) => {
              if (hasMod(e) && e.shiftKey && e.key.toLowerCase() === 'm') {
                e.preventDefault();
                void createFromSelection();
              }
            }}
          >
            <article className="reader-article">
              <ArticleHeader article={article} onSave={saveField} showRemoved={showRemoved} onToggleRemoved={() => setRemovedFor(showRemoved ? null : articleId)} />
              {showRemoved && <RawText article={article} />}
              {!showRemoved && paragraphs.map((p) => (
                <p key={p.start} className="reader-p">
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
                        className={`claim ${speakerClass(c?.speaker)}${activeClaimId === r.claimId ? ' active' : ''}${draft?.claimId === r.claimId ? ' span-editing' : ''}`}
                        title={label}
                        onClick={() => c && onSelectClaim(c)}
                      >
                        {annotations.text(r)}
                      </mark>
                    );
                  })}
                </p>
              ))}
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

interface PanelProps {
  claims: Claim[];
  activeClaimId: number | null;
  onSelect: (c: Claim) => void;
  onCite: (c: Claim) => void;
  onReview: (id: number, change: { status?: Claim['status']; speaker?: string | null }) => Promise<void>;
  onCreate: () => void;
}

function ClaimsPanel({ claims, activeClaimId, onSelect, onCite, onReview, onCreate }: PanelProps): JSX.Element {
  const [editing, setEditing] = useState<number | null>(null);
  // Thousands of claims render only the rows in view; the selected one is scrolled to.
  const list = useRef<HTMLUListElement>(null);
  const long = useLongList(claims, list, { estimate: 56, threshold: 200, key: (c) => c.id });
  const activeIndex = claims.findIndex((c) => c.id === activeClaimId);
  const { scrollTo } = long;
  useEffect(() => {
    if (activeIndex >= 0) scrollTo(activeIndex);
  }, [activeIndex, scrollTo]);
  const confirm = (c: Claim): void => void onReview(c.id, { status: c.status === 'confirmed' ? 'suggested' : 'confirmed' });
  const reject = (c: Claim): void => void onReview(c.id, { status: c.status === 'rejected' ? 'suggested' : 'rejected' });
  return (
    <section className="claims" aria-label="Claims">
      <header className="claims-head">
        <h2>Claims</h2>
        <span className="muted">
          {claims.length} · ↑↓ select · Enter or {shortcutLabel('Mod+Shift+C')} cite · Y confirm · X reject · S speaker · E span
        </span>
        <button type="button" className="btn small" onMouseDown={(e) => e.preventDefault()} onClick={onCreate} title={`Make the selected words a claim (${shortcutLabel('Mod+Shift+M')})`}>
          Claim from selection
        </button>
      </header>
      {claims.length === 0 ? (
        <p className="pane-empty small">No claims were found in this article. Select words in the text to add one.</p>
      ) : (
        <ul
          ref={list}
          className="claims-list"
          role="listbox"
          aria-label="Claims in this article"
          tabIndex={0}
          aria-activedescendant={activeClaimId !== null ? `claim-row-${activeClaimId}` : undefined}
          onKeyDown={(e) => {
            if (editing !== null || e.ctrlKey || e.metaKey || e.altKey) return;
            const at = claims.findIndex((c) => c.id === activeClaimId);
            const pick = (i: number): void => {
              const c = claims[Math.min(Math.max(i, 0), claims.length - 1)];
              if (c) onSelect(c);
            };
            const active = claims[at];
            const key = e.key.toLowerCase();
            if (e.key === 'ArrowDown') pick(at < 0 ? 0 : at + 1);
            else if (e.key === 'ArrowUp') pick(at < 0 ? 0 : at - 1);
            else if (e.key === 'Home') pick(0);
            else if (e.key === 'End') pick(claims.length - 1);
            else if (e.key === 'Enter' && active) onCite(active);
            else if (key === 'y' && active) confirm(active);
            else if ((key === 'x' || e.key === 'Delete') && active) reject(active);
            else if ((key === 's' || e.key === 'F2') && active) setEditing(active.id);
            else return;
            e.preventDefault();
          }}
        >
          {long.before > 0 && <li role="presentation" aria-hidden="true" style={{ height: long.before }} />}
          {long.rows.map(({ item: c, index }) => (
            <li
              key={c.id}
              ref={long.measure}
              data-index={index}
              id={`claim-row-${c.id}`}
              role="option"
              aria-selected={c.id === activeClaimId}
              className={`claim-row${c.id === activeClaimId ? ' active' : ''} status-${c.status}`}
              data-claim-id={c.id}
              draggable={c.status !== 'rejected'}
              onDragStart={(e) => startClaimDrag(e.dataTransfer, c.id)}
              onClick={() => onSelect(c)}
            >
              <span className={`swatch ${speakerClass(c.speaker)}`} aria-hidden="true" />
              <div className="claim-body">
                {c.kind === 'direct' ? <q className="claim-quote">{c.text}</q> : <span className="claim-quote indirect">{c.text}</span>}
                <div className="claim-meta">
                  {editing === c.id ? (
                    <SpeakerInput
                      initial={c.speaker ?? ''}
                      onDone={(value) => {
                        setEditing(null);
                        if (value !== null && value !== (c.speaker ?? '')) void onReview(c.id, { speaker: value || null });
                        document.querySelector<HTMLElement>('.claims-list')?.focus();
                      }}
                    />
                  ) : (
                    <button type="button" className="claim-speaker link-like" title="Change the speaker (S)" onClick={() => setEditing(c.id)}>
                      {c.speaker ?? 'Unattributed'}
                    </button>
                  )}
                  {c.speakerEntity && (
                    <button type="button" className="claim-entity link-like" aria-label={`Entity page of ${c.speakerEntity.name}`} title="Everything this speaker said" onClick={(e) => (e.stopPropagation(), openEntity(c.speakerEntity?.id ?? null))}>
                      {' ◆'}
                    </button>
                  )}
                  <span className="muted"> · {KIND_LABEL[c.kind]}</span>
                  {c.status !== 'suggested' && <span className={`claim-status ${c.status}`}> · {c.status}</span>}
                </div>
              </div>
              <div className="claim-actions">
                <button type="button" className="btn small" aria-pressed={c.status === 'confirmed'} title="Confirm (Y)" aria-label={`Confirm claim ${c.id}`} onClick={(e) => (e.stopPropagation(), confirm(c))}>
                  ✓
                </button>
                <button
                  type="button"
                  className="btn small"
                  aria-pressed={c.status === 'rejected'}
                  title={c.status === 'rejected' ? 'Restore (X)' : 'Reject (X)'}
                  aria-label={`${c.status === 'rejected' ? 'Restore' : 'Reject'} claim ${c.id}`}
                  onClick={(e) => (e.stopPropagation(), reject(c))}
                >
                  {c.status === 'rejected' ? '↺' : '✕'}
                </button>
                <button
                  type="button"
                  className="btn small"
                  disabled={c.status === 'rejected'}
                  title="Insert this claim as a citation in the open note"
                  onClick={(e) => {
                    e.stopPropagation();
                    onSelect(c);
                    onCite(c);
                  }}
                >
                  Cite
                </button>
              </div>
            </li>
          ))}
          {long.after > 0 && <li role="presentation" aria-hidden="true" style={{ height: long.after }} />}
        </ul>
      )}
    </section>
  );
}

/** Inline speaker editor: Enter saves, Escape cancels (null), an empty name means unattributed. */
function SpeakerInput({ initial, onDone }: { initial: string; onDone: (value: string | null) => void }): JSX.Element {
  const [value, setValue] = useState(initial);
  return (
    <input
      className="speaker-input"
      aria-label="Speaker"
      autoFocus
      value={value}
      maxLength={300}
      onChange={(e) => setValue(e.target.value)}
      onClick={(e) => e.stopPropagation()}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Enter') onDone(value.trim());
        else if (e.key === 'Escape') onDone(null);
      }}
      onBlur={() => onDone(null)}
    />
  );
}
