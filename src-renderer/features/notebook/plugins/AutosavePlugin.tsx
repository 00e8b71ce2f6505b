// Saves the open note ~600 ms after the last change (text or title), and while typing goes on at
// least every AUTOSAVE_MAX_WAIT_MS (a crash loses at most about a second), never two saves at
// once, and at once when the page is hidden or unloaded. Reports "Saving…" / "Saved" through onStatus.
import { useCallback, useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { SavedNote } from '../../../../src-main/api/contract/methods';
import { api, errorMessage } from '../../../api/client';
import { createNoteSerializer } from '../noteJson';

export type SaveStatus = { state: 'saved' } | { state: 'saving' } | { state: 'error'; message: string };

export interface AutosaveHandle {
  /** Saves now if anything is pending; resolves once the note is stored. */
  flush(): Promise<void>;
}

export const AUTOSAVE_DELAY_MS = 600;
/** The longest a change waits for its save while typing never pauses. */
export const AUTOSAVE_MAX_WAIT_MS = 800;
/** Tag for updates that load content rather than change it. */
export const LOAD_TAG = 'quire-load';

interface Props {
  noteId: number;
  title: string;
  onStatus: (status: SaveStatus) => void;
  onSaved: (note: SavedNote) => void;
  handle: Ref<AutosaveHandle>;
}

export function AutosavePlugin({ noteId, title, onStatus, onSaved, handle }: Props): null {
  const [editor] = useLexicalComposerContext();
  const timer = useRef<number | null>(null);
  const dirty = useRef(false);
  /** When the oldest unsaved change was made (null: nothing unsaved). */
  const pendingSince = useRef<number | null>(null);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const titleRef = useRef(title);
  const cb = useRef({ onStatus, onSaved });
  // Re-exports only the blocks changed since the last save (a long note is saved every second).
  const [serializer] = useState(createNoteSerializer);
  /** The last answer's citationsDigest: sent back, so an answer whose checks did not change leaves them out. */
  const knownCitations = useRef<string | undefined>(undefined);
  useEffect(() => {
    cb.current = { onStatus, onSaved };
  }, [onStatus, onSaved]);

  const save = useCallback((): Promise<void> => {
    if (timer.current !== null) {
      window.clearTimeout(timer.current);
      timer.current = null;
    }
    if (!dirty.current) return chain.current;
    dirty.current = false;
    pendingSince.current = null;
    const content = serializer.serialize(editor.getEditorState());
    const title = titleRef.current.trim() || 'Untitled note';
    chain.current = chain.current.then(async () => {
      cb.current.onStatus({ state: 'saving' });
      try {
        const known = knownCitations.current;
        const note = await api.call('notes.save', { id: noteId, title, content, ...(known ? { knownCitations: known } : {}) });
        knownCitations.current = note.citationsDigest;
        cb.current.onSaved(note);
        if (!dirty.current) cb.current.onStatus({ state: 'saved' });
      } catch (err) {
        dirty.current = true; // keep it pending: the next change or flush retries
        cb.current.onStatus({ state: 'error', message: errorMessage(err) });
      }
    });
    return chain.current;
  }, [editor, noteId, serializer]);

  const schedule = useCallback((): void => {
    dirty.current = true;
    cb.current.onStatus({ state: 'saving' });
    if (timer.current !== null) window.clearTimeout(timer.current);
    const now = Date.now();
    pendingSince.current ??= now;
    const wait = Math.max(0, Math.min(AUTOSAVE_DELAY_MS, pendingSince.current + AUTOSAVE_MAX_WAIT_MS - now));
    timer.current = window.setTimeout(() => void save(), wait);
  }, [save]);

  useImperativeHandle(handle, () => ({ flush: save }), [save]);

  // The first export of a note builds every block (and is checked against toJSON()): done while
  // the editor is idle after opening, not in the first save while the analyst types.
  useEffect(() => {
    const id = requestIdleCallback(() => void serializer.serialize(editor.getEditorState()), { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }, [editor, serializer]);

  useEffect(
    () =>
      editor.registerUpdateListener((update) => {
        serializer.changed(update);
        const { dirtyElements, dirtyLeaves, tags } = update;
        if (tags.has(LOAD_TAG) || tags.has('history-merge')) return;
        if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return; // selection only
        schedule();
      }),
    [editor, schedule, serializer],
  );

  useEffect(() => {
    if (titleRef.current === title) return;
    titleRef.current = title;
    schedule();
  }, [title, schedule]);

  useEffect(() => {
    const onHide = (): void => {
      if (document.visibilityState === 'hidden') void save();
    };
    const onUnload = (): void => void save();
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('beforeunload', onUnload);
    window.addEventListener('pagehide', onUnload);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('beforeunload', onUnload);
      window.removeEventListener('pagehide', onUnload);
      void save(); // switching notes or closing the editor: nothing is lost
    };
  }, [save]);

  return null;
}
