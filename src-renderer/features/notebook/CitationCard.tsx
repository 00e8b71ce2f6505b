// The hover card of a citation chip: the exact quote inside its sentence, and who said it where
// and when. Rendered in a portal so the editor's scroll box does not clip it.
import { useEffect, useLayoutEffect, useRef, useState, type JSX } from 'react';
import { createPortal } from 'react-dom';
import { speakerClass } from '../../components/speaker';
import type { ChipInfo } from './citationStore';

interface Props {
  info: ChipInfo;
  anchor: HTMLElement;
  onEnter: () => void;
  onLeave: () => void;
  onOpen: () => void;
  /** Whether exports show this citation's words in the note only, and a way to switch. */
  noteOnly: boolean;
  onNoteOnly: (noteOnly: boolean) => void;
}

const WIDTH = 380;

export function CitationCard({ info, anchor, onEnter, onLeave, onOpen, noteOnly, onNoteOnly }: Props): JSX.Element {
  const card = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState<{ left: number; top: number }>({ left: -9999, top: -9999 });

  useLayoutEffect(() => {
    const r = anchor.getBoundingClientRect();
    const h = card.current?.offsetHeight ?? 0;
    const left = Math.max(8, Math.min(r.left, window.innerWidth - WIDTH - 8));
    const below = r.bottom + 6;
    const top = below + h > window.innerHeight - 8 && r.top - h - 6 > 8 ? r.top - h - 6 : below;
    setPos({ left, top });
  }, [anchor, info]);

  useEffect(() => {
    const close = (): void => onLeave();
    window.addEventListener('scroll', close, true);
    return () => window.removeEventListener('scroll', close, true);
  }, [onLeave]);

  const meta = [info.speaker ?? 'Unattributed', info.outlet, info.published].filter(Boolean).join(' · ');
  return createPortal(
    <div
      ref={card}
      className={`citation-card ${speakerClass(info.speaker)}`}
      role="tooltip"
      style={{ left: pos.left, top: pos.top, width: WIDTH }}
      onMouseEnter={onEnter}
      onMouseLeave={onLeave}
    >
      <p className="citation-card-context">
        {info.context?.before && <span className="muted">{info.context.before}</span>}
        <mark className="citation-card-quote">{info.quote}</mark>
        {info.context?.after && <span className="muted">{info.context.after}</span>}
      </p>
      <div className="citation-card-meta">{meta}</div>
      {info.articleTitle && <div className="citation-card-source muted small">{info.articleTitle}</div>}
      <div className="citation-card-actions">
        <button type="button" className="btn small citation-card-open" onClick={onOpen}>
          Open in reader
        </button>
        <label className="citation-card-noteonly small">
          <input type="checkbox" checked={noteOnly} onChange={(e) => onNoteOnly(e.target.checked)} />
          In exports, quote in the note only
        </label>
      </div>
    </div>,
    document.body,
  );
}
