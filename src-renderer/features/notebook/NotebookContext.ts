// What the notebook's decorator nodes need from the app (they render inside Lexical's portal,
// below this provider).
import { createContext, useContext } from 'react';

export interface NotebookActions {
  openArticle(articleId: number, claimId: number | null): void;
  openNote(noteId: number): void;
}

export const NotebookContext = createContext<NotebookActions>({
  openArticle: () => undefined,
  openNote: () => undefined,
});

export function useNotebookActions(): NotebookActions {
  return useContext(NotebookContext);
}
