// The reader's margin: one card per highlight, level with it in the text (pushed down when cards
// would overlap), showing its tags, its comment and Cite / Comment / Tags / Delete. Below the
// text, the orphaned annotations: their quote no longer matches, so they are listed, not shown.
import { useLayoutEffect, useRef, useState, type JSX, type KeyboardEvent, type RefObject } from 'react';
import { MAX_COMMENT, type Annotation, type AnnotationTag } from '../../../src-main/api/contract/annotations';
import { colorVars } from './annotationColors';
import { stackCards } from './annotationSegments';
import { parseTagList } from './tagList';

export interface AnnotationEdit {
  comment?: string;
  tags?: string[];
}

interface MarginProps {
  annotations: Annotation[];
  tags: AnnotationTag[];
  activeId: number | null;
  /** The scrolling reader text the highlights are in. */
  textBoxRef: RefObject<HTMLDivElement | null>;
  /** Changes whenever the text's layout may have (article, highlights). */
  layoutKey: string;
  onSelect: (id: number) => void;
  onCite: (a: Annotation) => void;
  onEdit: (id: number, edit: AnnotationEdit) => Promise<boolean>;
  onDelete: (a: Annotation) => void;
  onLegend: () => void;
}

const ORPHAN_REASON: Record<NonNullable<Annotation['orphanReason']>, string> = {
  quote_missing: 'its words are not in this article',
  context_changed: 'its words appear here only in other surroundings',
  ambiguous: 'its words appear here in several places',
};

function TagChips({ names, tags }: { names: string[]; tags: AnnotationTag[] }): JSX.Element | null {
  if (names.length === 0) return null;
  return (
    <span className="anno-tags">
      {names.map((n) => (
        <span key={n} className="anno-chip static" style={colorVars(tags.find((t) => t.name === n)?.color ?? 'gray')}>
          {n}
        </span>
      ))}
    </span>
  );
}

/** Inline editor for a comment or a tag list: Enter saves (Shift+Enter: new line), Escape cancels. */
function InlineEdit({ kind, initial, onDone }: { kind: 'comment' | 'tags'; initial: string; onDone: (value: string | null) => void }): JSX.Element {
  const [value, setValue] = useState(initial);
  const props = {
    'aria-label': kind === 'comment' ? 'Edit comment' : 'Edit tags',
    autoFocus: true,
    value,
    onChange: (e: { target: { value: string } }) => setValue(e.target.value),
    onKeyDown: (e: KeyboardEvent) => {
      e.stopPropagation();
      if (e.key === 'Enter' && !e.shiftKey) {
        e.preventDefault();
        onDone(value);
      } else if (e.key === 'Escape') onDone(null);
    },
    onBlur: () => onDone(value),
  };
  return kind === 'comment' ? (
    <textarea className="anno-edit" rows={3} maxLength={MAX_COMMENT} placeholder="Comment…" {...props} />
  ) : (
    <input className="anno-edit" list="anno-tag-names-margin" placeholder="Tags, separated by commas" {...props} />
  );
}

export function AnnotationMargin({ annotations, tags, activeId, textBoxRef, layoutKey, onSelect, onCite, onEdit, onDelete, onLegend }: MarginProps): JSX.Element {
  const margin = useRef<HTMLDivElement>(null);
  const [editing, setEditing] = useState<{ id: number; kind: 'comment' | 'tags' } | null>(null);
  const [heightTick, setHeightTick] = useState(0);

  // Place every card level with its highlight; re-placed when the text reflows.
  useLayoutEffect(() => {
    const box = margin.current;
    const root = textBoxRef.current;
    if (!box || !root) return;
    const place = (): void => {
      const base = box.getBoundingClientRect().top;
      const cards = [...box.querySelectorAll<HTMLElement>('.anno-card')];
      const wanted = cards.map((card) => {
        const id = card.dataset.annotationId ?? '';
        const mark = root.querySelector<HTMLElement>(`[data-annotation-ids~="${CSS.escape(id)}"]`);
        return { top: mark ? mark.getBoundingClientRect().top - base : 0, height: card.offsetHeight };
      });
      stackCards(wanted).forEach((top, i) => {
        const card = cards[i];
        if (card) card.style.top = `${Math.round(top)}px`;
      });
      const last = cards.at(-1);
      box.style.minHeight = last ? `${last.offsetTop + last.offsetHeight + 12}px` : '';
    };
    place();
    const observer = new ResizeObserver(() => place());
    observer.observe(root.querySelector('.reader-article') ?? root);
    return () => observer.disconnect();
  }, [annotations, layoutKey, textBoxRef, editing, heightTick, activeId]);

  const finish = (id: number, kind: 'comment' | 'tags', value: string | null): void => {
    setEditing(null);
    if (value === null) return;
    const a = annotations.find((x) => x.id === id);
    if (!a) return;
    if (kind === 'comment' && value.trim() !== a.comment) void onEdit(id, { comment: value.trim() }).then(() => setHeightTick((t) => t + 1));
    if (kind === 'tags') {
      const names = parseTagList(value);
      if (names.join('\n') !== a.tags.join('\n')) void onEdit(id, { tags: names }).then(() => setHeightTick((t) => t + 1));
    }
  };

  return (
    <aside className="anno-margin" ref={margin} aria-label="Annotations">
      <div className="anno-margin-head">
        <span>{annotations.length} annotation{annotations.length === 1 ? '' : 's'}</span>
        <button type="button" className="link-like" onClick={onLegend} title="Edit what each colour means">
          Legend
        </button>
      </div>
      <datalist id="anno-tag-names-margin">
        {tags.map((t) => (
          <option key={t.id} value={t.name} />
        ))}
      </datalist>
      {annotations.map((a) => (
        <article
          key={a.id}
          className={`anno-card${a.id === activeId ? ' active' : ''}`}
          data-annotation-id={a.id}
          style={colorVars(a.displayColor)}
          tabIndex={0}
          title={`“${a.quote}”`}
          onClick={() => onSelect(a.id)}
          onKeyDown={(e) => {
            if (editing || e.ctrlKey || e.metaKey || e.altKey) return;
            if (e.key === 'Delete' || e.key === 'Backspace') onDelete(a);
            else if (e.key === 'c') setEditing({ id: a.id, kind: 'comment' });
            else if (e.key === 't') setEditing({ id: a.id, kind: 'tags' });
            else if (e.key === 'Enter') onCite(a);
            else return;
            e.preventDefault();
          }}
        >
          <TagChips names={a.tags} tags={tags} />
          {editing?.id === a.id ? (
            <InlineEdit kind={editing.kind} initial={editing.kind === 'comment' ? a.comment : a.tags.join(', ')} onDone={(v) => finish(a.id, editing.kind, v)} />
          ) : a.comment ? (
            <p className="anno-comment">{a.comment}</p>
          ) : (
            <p className="anno-comment empty">“{a.quote.length > 60 ? `${a.quote.slice(0, 60)}…` : a.quote}”</p>
          )}
          <div className="anno-card-actions">
            <button type="button" className="link-like" title="Cite these exact words in the open note (Enter)" onClick={(e) => (e.stopPropagation(), onCite(a))}>
              Cite
            </button>
            <button type="button" className="link-like" title="Comment (C)" onClick={(e) => (e.stopPropagation(), setEditing({ id: a.id, kind: 'comment' }))}>
              Comment
            </button>
            <button type="button" className="link-like" title="Tags (T)" onClick={(e) => (e.stopPropagation(), setEditing({ id: a.id, kind: 'tags' }))}>
              Tags
            </button>
            <button type="button" className="link-like danger" title="Delete (Del); it can be undone" aria-label={`Delete annotation ${a.id}`} onClick={(e) => (e.stopPropagation(), onDelete(a))}>
              Delete
            </button>
          </div>
        </article>
      ))}
    </aside>
  );
}

interface OrphanProps {
  orphans: Annotation[];
  tags: AnnotationTag[];
  canAttach: boolean;
  onAttach: (a: Annotation) => void;
  onDelete: (a: Annotation) => void;
}

/** Annotations whose quote does not match this article's text: listed with what they said. */
export function OrphanedAnnotations({ orphans, tags, canAttach, onAttach, onDelete }: OrphanProps): JSX.Element | null {
  if (orphans.length === 0) return null;
  return (
    <section className="anno-orphans" id="anno-orphans" aria-label="Orphaned annotations">
      <h2>Orphaned annotations ({orphans.length})</h2>
      <p className="muted small">Their quoted words no longer match this article, so they are not shown in the text. Select the right words and attach one, or delete it.</p>
      <ul>
        {orphans.map((a) => (
          <li key={a.id} className="anno-orphan" data-annotation-id={a.id} style={colorVars(a.displayColor)}>
            <q className="anno-orphan-quote">{a.quote}</q>
            <div className="small">
              <TagChips names={a.tags} tags={tags} />
              {a.comment && <span className="anno-orphan-comment">{a.comment}</span>}
              <span className="muted"> · {a.orphanReason ? ORPHAN_REASON[a.orphanReason] : 'no longer matches'}</span>
            </div>
            <div className="anno-card-actions">
              <button
                type="button"
                className="link-like"
                disabled={!canAttach}
                title={canAttach ? 'Attach it to the selected words' : 'Select words in the text first'}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => onAttach(a)}
              >
                Attach to selection
              </button>
              <button type="button" className="link-like danger" onClick={() => onDelete(a)} aria-label={`Delete orphaned annotation ${a.id}`}>
                Delete
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
