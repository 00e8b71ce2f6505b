// Annotation actions the command palette runs in the reader: the open reader registers one
// handler; App lists the commands. A command with no article open says so instead of failing.

export type AnnotationAction = 'highlight' | 'comment' | 'tags' | 'cite' | 'legend' | 'orphans' | 'undo' | 'carry';

export const ANNOTATION_COMMANDS: { id: string; title: string; action: AnnotationAction; shortcut?: string }[] = [
  { id: 'annotation-highlight', title: 'Highlight the selected words', action: 'highlight', shortcut: 'H' },
  { id: 'annotation-comment', title: 'Comment on the selected words', action: 'comment', shortcut: 'C' },
  { id: 'annotation-tags', title: 'Tag the selected words', action: 'tags', shortcut: 'T' },
  { id: 'annotation-cite', title: 'Cite annotation (the selected one) in the open note', action: 'cite' },
  { id: 'annotation-legend', title: 'Edit the tag legend (tag colours)…', action: 'legend' },
  { id: 'annotation-orphans', title: 'Show orphaned annotations', action: 'orphans' },
  { id: 'annotation-undo', title: 'Undo deleting an annotation', action: 'undo' },
  { id: 'annotation-carry', title: 'Carry annotations over to a related article…', action: 'carry' },
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
