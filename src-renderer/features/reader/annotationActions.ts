// Annotation actions the command palette runs in the reader: the open reader registers one
// handler; App lists the commands. A command with no article open says so instead of failing.

export type AnnotationAction = 'highlight' | 'comment' | 'tags' | 'cite' | 'legend' | 'orphans' | 'undo' | 'carry';

/** The annotation commands (declared in commands/catalog.ts) and the action each runs; `letter`: its key is a plain letter. */
export const ANNOTATION_COMMANDS: { id: string; action: AnnotationAction; letter?: true }[] = [
  { id: 'annotation-highlight', action: 'highlight', letter: true },
  { id: 'annotation-comment', action: 'comment', letter: true },
  { id: 'annotation-tags', action: 'tags', letter: true },
  { id: 'annotation-cite', action: 'cite' },
  { id: 'annotation-legend', action: 'legend' },
  { id: 'annotation-orphans', action: 'orphans' },
  { id: 'annotation-undo', action: 'undo' },
  { id: 'annotation-carry', action: 'carry' },
];

type Handler = (action: AnnotationAction) => void;
let handler: Handler | null = null;

/** The reader's handler (null when it goes away); returns the unregister function. */
export function registerAnnotationActions(h: Handler): () => void {
  handler = h;
  return () => {
    if (handler === h) handler = null;
  };
}

/** Runs an action in the open reader; false when no article is open to run it in. */
export function runAnnotationAction(action: AnnotationAction): boolean {
  if (!handler) return false;
  handler(action);
  return true;
}
