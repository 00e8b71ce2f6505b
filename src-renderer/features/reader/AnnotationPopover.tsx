// The small toolbar over a selection in the reader: highlight (in a legend tag's colour, or the
// plain default), comment, tags. H, C and T do the same from the keyboard; Escape closes.
import { useEffect, useRef, useState, type JSX } from 'react';
import { MAX_COMMENT, MAX_TAG_NAME, type AnnotationTag } from '../../../src-main/api/contract/annotations';
import { colorVars } from './annotationColors';
import type { TextSelection } from './readerSelection';
import { parseTagList } from './tagList';

export type PopoverMode = 'menu' | 'comment' | 'tags';

interface Props {
  selection: TextSelection;
  mode: PopoverMode;
  tags: AnnotationTag[];
  /** The tag the last highlight used (H highlights with it). */
  lastTag: string | null;
  onMode: (mode: PopoverMode) => void;
  onCreate: (input: { comment?: string; tags?: string[] }) => void;
  onClose: () => void;
  onLegend: () => void;
}

const keepSelection = (e: { preventDefault: () => void }): void => e.preventDefault();

export function AnnotationPopover({ selection, mode, tags, lastTag, onMode, onCreate, onClose, onLegend }: Props): JSX.Element {
  const [comment, setComment] = useState('');
  const [picked, setPicked] = useState<string[]>(lastTag ? [lastTag] : []);
  const [tagText, setTagText] = useState('');
  const box = useRef<HTMLDivElement>(null);

  // The toolbar above the selection (below when there is no room); the forms below it, kept inside the window.
  const { rect } = selection;
  const top = mode === 'menu' ? (rect.top - 44 >= 8 ? rect.top - 44 : rect.bottom + 8) : Math.max(8, Math.min(rect.bottom + 8, window.innerHeight - 190));
  const left = Math.min(Math.max(8, selection.rect.left), window.innerWidth - 380);

  useEffect(() => {
    if (mode === 'comment') box.current?.querySelector('textarea')?.focus();
    if (mode === 'tags') box.current?.querySelector('input')?.focus();
  }, [mode]);

  const toggle = (name: string): void => setPicked((p) => (p.includes(name) ? p.filter((x) => x !== name) : [...p, name]));

  return (
    <div
      ref={box}
      className={`anno-popover mode-${mode}`}
      role="dialog"
      aria-label="Annotate the selection"
      style={{ top, left }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onClose();
        }
      }}
    >
      {mode === 'menu' && (
        <div className="anno-toolbar">
          {tags.map((t) => (
            <button
              key={t.id}
              type="button"
              className="anno-chip"
              style={colorVars(t.color)}
              title={`Highlight as “${t.name}”${t.description ? ` — ${t.description}` : ''}`}
              onMouseDown={keepSelection}
              onClick={() => onCreate({ tags: [t.name] })}
            >
              {t.name}
            </button>
          ))}
          <button type="button" className="btn small" onMouseDown={keepSelection} onClick={() => onCreate(lastTag ? { tags: [lastTag] } : {})} title="Highlight (H)">
            Highlight
          </button>
          <button type="button" className="btn small" onMouseDown={keepSelection} onClick={() => onMode('comment')} title="Comment (C)">
            Comment
          </button>
          <button type="button" className="btn small" onMouseDown={keepSelection} onClick={() => onMode('tags')} title="Tags (T)">
            Tags
          </button>
          <button type="button" className="btn small anno-legend-btn" onMouseDown={keepSelection} onClick={onLegend} title="Edit the tag legend">
            Legend
          </button>
        </div>
      )}
      {mode === 'comment' && (
        <form
          className="anno-form"
          onSubmit={(e) => {
            e.preventDefault();
            onCreate({ comment: comment.trim(), tags: picked });
          }}
        >
          <textarea
            aria-label="Comment"
            placeholder="Comment on the selected words…"
            value={comment}
            maxLength={MAX_COMMENT}
            rows={3}
            onChange={(e) => setComment(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && !e.shiftKey) {
                e.preventDefault();
                onCreate({ comment: comment.trim(), tags: picked });
              }
            }}
          />
          {tags.length > 0 && (
            <div className="anno-toolbar" role="group" aria-label="Tags">
              {tags.map((t) => (
                <button key={t.id} type="button" className="anno-chip" aria-pressed={picked.includes(t.name)} style={colorVars(t.color)} onClick={() => toggle(t.name)}>
                  {t.name}
                </button>
              ))}
            </div>
          )}
          <div className="anno-form-actions">
            <span className="muted small">Enter saves · Shift+Enter new line · Esc cancels</span>
            <button type="submit" className="btn small primary">
              Save
            </button>
          </div>
        </form>
      )}
      {mode === 'tags' && (
        <form
          className="anno-form"
          onSubmit={(e) => {
            e.preventDefault();
            const names = parseTagList(tagText);
            if (names.length) onCreate({ tags: names });
          }}
        >
          <input
            aria-label="Tags"
            list="anno-tag-names"
            placeholder="Tags, separated by commas"
            value={tagText}
            maxLength={MAX_TAG_NAME * 12}
            onChange={(e) => setTagText(e.target.value)}
          />
          <datalist id="anno-tag-names">
            {tags.map((t) => (
              <option key={t.id} value={t.name} />
            ))}
          </datalist>
          <div className="anno-form-actions">
            <span className="muted small">New tags join the legend</span>
            <button type="submit" className="btn small primary">
              Tag
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
