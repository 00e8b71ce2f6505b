// The reader's header: title and metadata line, each part editable in place (click or Enter on it,
// Enter saves, Escape cancels), where each value came from (hover or focus shows it), the fields
// the source does not state offered to fill, the "Show removed text" toggle and the related coverage.
import { useState, type JSX } from 'react';
import type { Article, ArticleRelation } from '../../../src-main/api/contract/methods';
import { METADATA_SOURCE_LABELS, type ArticleMetadataField } from '../../../src-main/api/contract/metadata';
import { languageName } from './languages';

type Field = ArticleMetadataField;

const PLACEHOLDER: Record<Field, string> = { title: 'Title', outlet: 'Outlet', author: 'Author', published: 'YYYY-MM-DD', updated: 'YYYY-MM-DD', language: 'en, ru, uk…', url: 'https://…' };
const EMPTY_LABEL: Record<Field, string> = { title: 'Untitled', outlet: 'Add outlet', author: 'Add author', published: 'Add date', updated: 'Add update date', language: 'Add language', url: 'Add URL' };
const NAME: Record<Field, string> = { title: 'title', outlet: 'outlet', author: 'author', published: 'publication date', updated: 'update date', language: 'language', url: 'URL' };

/** "outlet from the dateline", "author not stated in the source". */
function provenance(field: Field, value: string | null, source: string | undefined): string {
  if (!value) return `No ${NAME[field]} in the source: Enter to add one`;
  const from = source ? (METADATA_SOURCE_LABELS as Record<string, string>)[source] ?? source : null;
  return `${NAME[field]}${from ? ` from the ${from}` : ''} — Enter to edit`;
}

function Editable({
  field,
  value,
  source,
  onSave,
}: {
  field: Field;
  value: string | null;
  source?: string | undefined;
  onSave: (field: Field, value: string) => Promise<boolean>;
}): JSX.Element {
  const [editing, setEditing] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  if (editing !== null) {
    return (
      <input
        className={`meta-input meta-${field}`}
        aria-label={`Edit ${NAME[field]}`}
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
      title={provenance(field, value, source)}
      aria-label={value ? `${value} (${provenance(field, value, source)})` : provenance(field, value, source)}
      data-field={field}
      data-source={value ? (source ?? '') : 'missing'}
      onClick={() => setEditing(value ?? '')}
    >
      {value || EMPTY_LABEL[field]}
    </button>
  );
}

export function ArticleHeader({
  article,
  others,
  onSave,
  showRemoved,
  onToggleRemoved,
}: {
  article: Article;
  /** Languages of paragraphs other than the article's own. */
  others: { language: string; paragraphs: number }[];
  onSave: (field: Field, value: string) => Promise<boolean>;
  showRemoved: boolean;
  onToggleRemoved: () => void;
}): JSX.Element {
  const removedChars = article.removed.reduce((n, r) => n + (r.end - r.start), 0);
  const sources = (article.sources ?? {}) as Partial<Record<Field, string>>;
  const field = (f: Field, value: string | null): JSX.Element => <Editable field={f} value={value} source={sources[f]} onSave={onSave} />;
  return (
    <>
      <h1 className="reader-title">{field('title', article.title)}</h1>
      <p className="reader-meta">
        {field('outlet', article.outlet)}
        <span aria-hidden="true"> · </span>
        {field('author', article.author)}
        <span aria-hidden="true"> · </span>
        {field('published', article.published)}
        {article.updated && (
          <>
            <span> · updated </span>
            {field('updated', article.updated)}
          </>
        )}
        <span> · {article.chars.toLocaleString()} characters</span>
        <span aria-hidden="true"> · </span>
        {field('language', article.language)}
        {others.length > 0 && (
          <span className="meta-languages">
            {' '}
            (also {others.map((o) => `${languageName(o.language)} in ${o.paragraphs} paragraph${o.paragraphs === 1 ? '' : 's'}`).join(', ')})
          </span>
        )}
        <span aria-hidden="true"> · </span>
        <span className="meta-url">{field('url', article.url)}</span>
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
