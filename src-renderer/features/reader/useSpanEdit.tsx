// Editing a claim's span from the keyboard. The "claim-span" command (E on the selected claim, or
// the palette) starts through requestSpanEdit; ← → move the end by a word, Shift+← → the start
// (Alt+Shift+arrows too); Enter saves (the selected words instead, when words are selected in the
// text); Escape cancels. A saved edit is a review decision: Mod+Z undoes it like any other.
import { useCallback, useEffect, useRef, useState, type JSX } from 'react';
import type { Claim } from '../../../src-main/api/contract/methods';
import { api, errorMessage } from '../../api/client';
import { hasMod, shortcutLabel } from '../../components/platform';
import { moveEnd, moveStart, type Span } from './spanSteps';

const EDIT_EVENT = 'quire:span-edit';

/** Starts a span edit of the reader's selected claim (for the command palette). */
export function requestSpanEdit(): void {
  document.dispatchEvent(new Event(EDIT_EVENT));
}

export interface SpanDraft extends Span {
  claimId: number;
}

interface Options {
  text: string | null;
  activeClaim: Claim | null;
  /** The words selected in the reader text, as offsets, or null. */
  selection: () => Span | null;
  /** A claim as stored after an edit or an undo. */
  onUpdated: (claim: Claim) => void;
  onError: (message: string) => void;
}

function inTextField(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT');
}

export function useSpanEdit({ text, activeClaim, selection, onUpdated, onError }: Options): {
  draft: SpanDraft | null;
  hint: JSX.Element | null;
} {
  const [started, setDraft] = useState<(SpanDraft & { text: string }) | null>(null);
  // Another article or another selected claim ends an edit in progress.
  const draft = started && started.claimId === activeClaim?.id && started.text === text ? started : null;
  const live = useRef({ text, activeClaim, selection, onUpdated, onError, draft });
  useEffect(() => {
    live.current = { text, activeClaim, selection, onUpdated, onError, draft };
  });

  const update = useCallback(async (id: number, span: Span): Promise<Claim | null> => {
    try {
      const updated = await api.call('claims.update', { id, start: span.start, end: span.end });
      live.current.onUpdated(updated);
      return updated;
    } catch (err) {
      live.current.onError(`Could not change the claim’s span: ${errorMessage(err)}`);
      return null;
    }
  }, []);

  const begin = useCallback((): void => {
    const { activeClaim: c, text: t } = live.current;
    if (!c || t === null) {
      live.current.onError('Select a claim in the reader first, then edit its span.');
      return;
    }
    setDraft({ claimId: c.id, start: c.start, end: c.end, text: t });
  }, []);

  const save = useCallback(
    async (d: SpanDraft): Promise<void> => {
      setDraft(null);
      const c = live.current.activeClaim;
      if (!c || c.id !== d.claimId || (c.start === d.start && c.end === d.end)) return;
      await update(d.claimId, { start: d.start, end: d.end });
    },
    [update],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      const { text: t, draft: d } = live.current;
      if (inTextField(e.target)) return;
      if (d && t !== null) {
        let next: Span | null = null;
        const arrow = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
        if (arrow !== 0 && !hasMod(e)) next = e.shiftKey ? moveStart(t, d, arrow) : moveEnd(t, d, arrow);
        else if (e.key === 'Enter') {
          const picked = live.current.selection();
          window.getSelection()?.removeAllRanges();
          void save(picked ? { claimId: d.claimId, ...picked } : d);
        } else if (e.key === 'Escape') setDraft(null);
        else return;
        e.preventDefault();
        e.stopPropagation();
        if (next) {
          const moved = { claimId: d.claimId, ...next, text: t };
          setDraft(moved);
          // The next key (Enter right after an arrow) sees this draft before React renders it.
          live.current = { ...live.current, draft: moved };
        }
      }
    };
    const onEdit = (): void => begin();
    window.addEventListener('keydown', onKey, true);
    document.addEventListener(EDIT_EVENT, onEdit);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      document.removeEventListener(EDIT_EVENT, onEdit);
    };
  }, [begin, save]);

  // The draft mark scrolls along as its edges move.
  useEffect(() => {
    if (draft) document.querySelector(`mark[data-claim-id="${draft.claimId}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [draft]);

  const hint = draft ? (
    <div className="span-edit-bar" role="status" aria-label="Editing the claim’s span">
      <strong>Editing span</strong>
      <span className="muted">
        ← → end · Shift+← → start · select words and Enter to use them · Enter save · Esc cancel · {shortcutLabel('Mod+Z')} undo after saving
      </span>
      <q className="span-edit-preview">{text?.slice(draft.start, draft.end)}</q>
    </div>
  ) : null;

  return { draft, hint };
}
