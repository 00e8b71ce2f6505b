// Mounted once by App: shows the entities panel when asked (palette, Mod+Shift+E, a note's
// entity link, a speaker in the reader — all through components/entityEvents).
import { useEffect, useState, type JSX } from 'react';
import { hasMod } from '../../components/platform';
import { onOpenEntity, openEntity } from '../../components/entityEvents';
import { EntitiesPanel } from './EntitiesPanel';

export const ENTITIES_SHORTCUT = 'Mod+Shift+E';

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

  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (hasMod(e) && e.shiftKey && !e.altKey && e.key.toLowerCase() === 'e') {
        e.preventDefault();
        e.stopPropagation();
        openEntity(null);
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);

  if (!open) return null;
  return <EntitiesPanel key={open.seq} initial={open.id} onClose={() => setOpen(null)} {...props} />;
}
