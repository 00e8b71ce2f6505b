// What the notebook's decorator nodes need from the app (they render inside Lexical's portal,
// below this provider).
import { createContext, useContext } from 'react';
import type { NoteSummary } from '../../../src-main/api/contract/methods';

export interface NotebookActions {
  /** Opens the reader at a claim, or (article-span citations) at the cited words. */
  openArticle(articleId: number, claimId: number | null, span?: { start: number; end: number }): void;
  openNote(noteId: number): void;
  /** A note was created from inside the editor (the `[[` picker): add it to the list. */
  noteCreated?(note: NoteSummary): void;
  reportError?(message: string): void;
}

export const NotebookContext = createContext<NotebookActions>({
  openArticle: () => undefined,
  openNote: () => undefined,
});

export function useNotebookActions(): NotebookActions {
  return useContext(NotebookContext);
}
