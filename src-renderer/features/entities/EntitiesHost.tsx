// Mounted once by App: shows the entities panel when asked (palette, Mod+Shift+E, a note's
// entity link, a speaker in the reader — all through components/entityEvents). Closing it
// returns the focus to where it was.
import { useEffect, useState, type JSX } from 'react';
import { onOpenEntity } from '../../components/entityEvents';
import { rememberFocus, returnFocus } from '../../commands/focus';
import { EntitiesPanel } from './EntitiesPanel';

interface Props {
  onOpenClaim: (articleId: number, claimId: number) => void;
  onOpenArticle: (articleId: number) => void;
  onOpenNote: (noteId: number) => void;
  onError: (message: string) => void;
}

export function EntitiesHost(props: Props): JSX.Element | null {
  /** What was asked for; `seq` remounts the panel on every request. */
  const [open, setOpen] = useState<{ id: number | null; seq: number } | null>(null);

  useEffect(() => onOpenEntity((id) => setOpen((cur) => ({ id, seq: (cur?.seq ?? 0) + 1 }))), []);

  useEffect(() => onOpenEntity(() => {
    if (!document.querySelector('[data-context="entities"]')) rememberFocus();
  }), []);

  if (!open) return null;
  return (
    <div className="pane-context" data-context="entities" data-modal="">
      <EntitiesPanel
        key={open.seq}
        initial={open.id}
        onClose={() => {
          setOpen(null);
          window.setTimeout(returnFocus, 0);
        }}
        {...props}
      />
    </div>
  );
}
