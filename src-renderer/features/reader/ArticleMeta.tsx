// The reader's header: title and metadata line, each part editable in place (click, Enter saves,
// Escape cancels), the "Show removed text" toggle and the related coverage list.
import { useState, type JSX } from 'react';
import type { Article, ArticleRelation } from '../../../src-main/api/contract/methods';

type Field = 'title' | 'outlet' | 'author' | 'published';

const PLACEHOLDER: Record<Field, string> = { title: 'Title', outlet: 'Outlet', author: 'Author', published: 'YYYY-MM-DD' };
const EMPTY_LABEL: Record<Field, string> = { title: 'Untitled', outlet: 'Add outlet', author: 'Add author', published: 'Add date' };

function Editable({
  field,
  value,
  onSave,
}: {
  field: Field;
  value: string | null;
  onSave: (field: Field, value: string) => Promise<boolean>;
}): JSX.Element {
  const [editing, setEditing] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  if (editing !== null) {
    return (
      <input
        className={`meta-input meta-${field}`}
        aria-label={`Edit ${field}`}
        placeholder={PLACEHOLDER[field]}
        value={editing}
        disabled={saving}
        autoFocus
        size={Math.max(8, Math.min(60, editing.length + 2))}
        onChange={(e) => setEditing(e.target.value)}
        onBlur={() => !saving && setEditing(null)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            setEditing(null);
          } else if (e.key === 'Enter') {
            e.preventDefault();
            if (editing.trim() === (value ?? '')) {
              setEditing(null);
              return;
            }
            setSaving(true);
            void onSave(field, editing).then((ok) => {
              setSaving(false);
              if (ok) setEditing(null);
            });
          }
        }}
      />
    );
  }
  return (
    <button
      type="button"
      className={`meta-field meta-${field}${value ? '' : ' empty'}`}
      title={`Click to edit the ${field}`}
      data-field={field}
      onClick={() => setEditing(value ?? '')}
    >
      {value || EMPTY_LABEL[field]}
    </button>
  );
}

export function ArticleHeader({
  article,
  onSave,
  showRemoved,
  onToggleRemoved,
}: {
  article: Article;
  onSave: (field: Field, value: string) => Promise<boolean>;
  showRemoved: boolean;
  onToggleRemoved: () => void;
}): JSX.Element {
  const removedChars = article.removed.reduce((n, r) => n + (r.end - r.start), 0);
  return (
    <>
      <h1 className="reader-title">
        <Editable field="title" value={article.title} onSave={onSave} />
      </h1>
      <p className="reader-meta">
        <Editable field="outlet" value={article.outlet} onSave={onSave} />
        <span aria-hidden="true"> · </span>
        <Editable field="author" value={article.author} onSave={onSave} />
        <span aria-hidden="true"> · </span>
        <Editable field="published" value={article.published} onSave={onSave} />
        <span> · {article.chars.toLocaleString()} characters</span>
        {article.language && <span> · {article.language}</span>}
        {article.url && (
          <span className="meta-url" title={article.url}>
            {' '}
            · {article.url}
          </span>
        )}
        {article.removed.length > 0 && (
          <>
            <span aria-hidden="true"> · </span>
            <button type="button" className="linkish" aria-pressed={showRemoved} onClick={onToggleRemoved} title={`${removedChars.toLocaleString()} characters removed as boilerplate`}>
              {showRemoved ? 'Hide removed text' : 'Show removed text'}
            </button>
          </>
        )}
      </p>
    </>
  );
}

/** The raw text with the ranges cleaning removed struck through (no claim highlights: offsets point into the clean text). */
export function RawText({ article }: { article: Article }): JSX.Element {
  const raw = article.rawText;
  const pieces: { start: number; end: number; removed: boolean }[] = [];
  let at = 0;
  for (const r of [...article.removed].sort((a, b) => a.start - b.start)) {
    const start = Math.max(at, Math.min(r.start, raw.length));
    const end = Math.max(start, Math.min(r.end, raw.length));
    if (start > at) pieces.push({ start: at, end: start, removed: false });
    if (end > start) pieces.push({ start, end, removed: true });
    at = end;
  }
  if (at < raw.length) pieces.push({ start: at, end: raw.length, removed: false });
  return (
    <div className="reader-raw" data-testid="raw-text">
      {pieces.map((p) =>
        p.removed ? (
          <del key={p.start} className="removed-text" title="Removed as boilerplate">
            {raw.slice(p.start, p.end)}
          </del>
        ) : (
          <span key={p.start}>{raw.slice(p.start, p.end)}</span>
        ),
      )}
    </div>
  );
}

const KIND: Record<ArticleRelation['kind'], string> = { near_duplicate: 'near-duplicate', related: 'related coverage' };

export function RelatedCoverage({ related, onOpen }: { related: ArticleRelation[]; onOpen: (id: number) => void }): JSX.Element | null {
  if (related.length === 0) return null;
  return (
    <section className="related" aria-label="Related coverage">
      <h2>Related coverage</h2>
      <ul>
        {related.map((r) => (
          <li key={r.article.id}>
            <button type="button" className="linkish" onClick={() => onOpen(r.article.id)} title={r.article.title}>
              {r.article.title}
            </button>
            <span className="muted small">
              {' '}
              · {[r.article.outlet, r.article.published].filter(Boolean).join(', ') || 'unknown outlet'} · {KIND[r.kind]} ({Math.round(r.similarity * 100)}%)
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
