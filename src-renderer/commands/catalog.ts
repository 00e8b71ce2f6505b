// Every command of the app, declared once: id, title, the shortcuts sheet's group, keys and the
// contexts where the keys work. Handlers are attached by the feature that can run each command
// while it is mounted (useCommands); the key dispatcher, the palette and the shortcuts sheet
// are all made from this list.
import type { CommandContext } from './registry';

export interface CommandDecl {
  id: string;
  title: string;
  /** The shortcuts sheet's section. */
  group: string;
  /** "Mod+Shift+K", "Y", "j", "ArrowDown", "?"; several when a command has alternatives. */
  keys?: readonly string[];
  /** Where the keys work (the palette runs a command from anywhere). */
  contexts: readonly CommandContext[];
}

const ALL_CONTEXTS: readonly CommandContext[] = ['app', 'library', 'reader', 'claims', 'compare', 'notebook', 'entities'];
/** Everywhere but the note editor (which keeps its own keys, undo included). */
const OUTSIDE_EDITOR: readonly CommandContext[] = ALL_CONTEXTS.filter((c) => c !== 'notebook');
const ANNOTATIONS = 'Annotations (words selected in the reader)';

export const COMMANDS: readonly CommandDecl[] = [
  { id: 'palette', title: 'Command palette (commands and library content)', group: 'Anywhere', keys: ['Mod+K'], contexts: ALL_CONTEXTS },
  { id: 'find', title: 'Find anything…', group: 'Anywhere', keys: ['Mod+Shift+F'], contexts: ALL_CONTEXTS },
  { id: 'compare', title: 'Compare statements…', group: 'Anywhere', keys: ['Mod+Shift+K'], contexts: ALL_CONTEXTS },
  { id: 'entities', title: 'Entities: people, organisations, places…', group: 'Anywhere', keys: ['Mod+Shift+E'], contexts: ALL_CONTEXTS },
  { id: 'shortcuts', title: 'Keyboard shortcuts', group: 'Anywhere', keys: ['Mod+/', '?'], contexts: ALL_CONTEXTS },
  { id: 'undo', title: 'Undo the last review decision', group: 'Anywhere', keys: ['Mod+Z'], contexts: OUTSIDE_EDITOR },
  { id: 'redo', title: 'Redo the review decision undone last', group: 'Anywhere', keys: ['Mod+Shift+Z', 'Mod+Y'], contexts: OUTSIDE_EDITOR },
  { id: 'import', title: 'Import articles…', group: 'Library', keys: ['Mod+O'], contexts: ALL_CONTEXTS },
  { id: 'import-folder', title: 'Import a folder of articles…', group: 'Library', contexts: ALL_CONTEXTS },
  { id: 'paste', title: 'Import from clipboard', group: 'Library', keys: ['Mod+Shift+V'], contexts: ALL_CONTEXTS },
  { id: 'import-report', title: 'Show the last import report', group: 'Library', contexts: ALL_CONTEXTS },
  { id: 'import-cancel', title: 'Cancel the import', group: 'Library', contexts: ALL_CONTEXTS },
  { id: 'sample', title: 'Open the sample notebook', group: 'Library', contexts: ALL_CONTEXTS },
  { id: 'focus-library', title: 'Focus library', group: 'Anywhere', keys: ['Mod+1'], contexts: ALL_CONTEXTS },
  { id: 'focus-reader', title: 'Focus reader', group: 'Anywhere', keys: ['Mod+2'], contexts: ALL_CONTEXTS },
  { id: 'focus-notebook', title: 'Focus notebook', group: 'Anywhere', keys: ['Mod+3'], contexts: ALL_CONTEXTS },
  { id: 'new-note', title: 'New note', group: 'Notebook', keys: ['Mod+N'], contexts: ALL_CONTEXTS },
  { id: 'export', title: 'Export brief…', group: 'Notebook', keys: ['Mod+E'], contexts: ALL_CONTEXTS },
  { id: 'cite', title: 'Cite the selected claim in the open note', group: 'Notebook', keys: ['Mod+Shift+C'], contexts: ALL_CONTEXTS },
  { id: 'insert-table', title: 'Insert table', group: 'Notebook', contexts: ALL_CONTEXTS },
  { id: 'annotation-highlight', title: 'Highlight the selected words', group: ANNOTATIONS, keys: ['H'], contexts: ['reader'] },
  { id: 'annotation-comment', title: 'Comment on the selected words', group: ANNOTATIONS, keys: ['C'], contexts: ['reader'] },
  { id: 'annotation-tags', title: 'Tag the selected words', group: ANNOTATIONS, keys: ['T'], contexts: ['reader'] },
  { id: 'annotation-cite', title: 'Cite annotation (the selected one) in the open note', group: ANNOTATIONS, contexts: ['reader'] },
  { id: 'annotation-legend', title: 'Edit the tag legend (tag colours)…', group: ANNOTATIONS, contexts: ['reader'] },
  { id: 'annotation-orphans', title: 'Show orphaned annotations', group: ANNOTATIONS, contexts: ['reader'] },
  { id: 'annotation-undo', title: 'Undo deleting an annotation', group: ANNOTATIONS, contexts: ['reader'] },
  { id: 'annotation-carry', title: 'Carry annotations over to a related article…', group: ANNOTATIONS, contexts: ['reader'] },
  { id: 'backups', title: 'Backups: back up now or restore…', group: 'Anywhere', contexts: ALL_CONTEXTS },
  { id: 'claim-confirm', title: 'Confirm the selected claim', group: 'Reader: the selected claim', keys: ['Y'], contexts: ['reader', 'claims'] },
  { id: 'claim-reject', title: 'Reject (or restore) the selected claim', group: 'Reader: the selected claim', keys: ['X', 'Delete'], contexts: ['reader', 'claims'] },
  { id: 'claim-speaker', title: 'Change the selected claim’s speaker', group: 'Reader: the selected claim', keys: ['S', 'F2'], contexts: ['reader', 'claims'] },
  { id: 'claim-span', title: 'Edit the selected claim’s span', group: 'Reader: the selected claim', keys: ['E'], contexts: ['reader', 'claims'] },
  { id: 'claim-from-selection', title: 'Make the selected words a claim', group: 'Reader: the selected claim', keys: ['Mod+Shift+M'], contexts: ['reader', 'claims'] },
  { id: 'claim-cite', title: 'Cite the selected claim', group: 'Reader: the selected claim', keys: ['Enter'], contexts: ['claims'] },
  { id: 'claim-next', title: 'Next claim', group: 'Reader: the selected claim', keys: ['ArrowDown', 'j'], contexts: ['claims'] },
  { id: 'claim-previous', title: 'Previous claim', group: 'Reader: the selected claim', keys: ['ArrowUp', 'k'], contexts: ['claims'] },
  { id: 'claim-first', title: 'First claim', group: 'Reader: the selected claim', keys: ['Home'], contexts: ['claims'] },
  { id: 'claim-last', title: 'Last claim', group: 'Reader: the selected claim', keys: ['End'], contexts: ['claims'] },
  { id: 'claims-focus', title: 'Go to the claims list', group: 'Reader: the selected claim', contexts: ['reader'] },
  { id: 'compare-close', title: 'Close compare', group: 'Compare statements', keys: ['Escape'], contexts: ['compare'] },
  { id: 'compare-tab-suggestions', title: 'Compare: Suggestions tab', group: 'Compare statements', keys: ['1'], contexts: ['compare'] },
  { id: 'compare-tab-compare', title: 'Compare: side-by-side tab', group: 'Compare statements', keys: ['2'], contexts: ['compare'] },
  { id: 'compare-tab-matrix', title: 'Compare: Matrix tab', group: 'Compare statements', keys: ['3'], contexts: ['compare'] },
  { id: 'compare-tab-timeline', title: 'Compare: Timeline tab', group: 'Compare statements', keys: ['4'], contexts: ['compare'] },
  { id: 'compare-narrow', title: 'Narrow the compare view to words…', group: 'Compare: side by side', keys: ['F'], contexts: ['compare'] },
  { id: 'compare-new-side', title: 'New side (people and institutions)…', group: 'Compare: side by side', keys: ['N'], contexts: ['compare'] },
  { id: 'compare-insert', title: 'Insert the compare table (as shown) into the note', group: 'Compare: side by side', keys: ['I'], contexts: ['compare'] },
  { id: 'suggestion-next', title: 'Next suggestion', group: 'Compare: suggested conflicts', keys: ['j', 'ArrowDown'], contexts: ['compare'] },
  { id: 'suggestion-previous', title: 'Previous suggestion', group: 'Compare: suggested conflicts', keys: ['k', 'ArrowUp'], contexts: ['compare'] },
  { id: 'suggestion-accept', title: 'Accept the suggestion…', group: 'Compare: suggested conflicts', keys: ['A'], contexts: ['compare'] },
  { id: 'suggestion-reject', title: 'Reject the suggestion', group: 'Compare: suggested conflicts', keys: ['R'], contexts: ['compare'] },
  { id: 'suggestion-open', title: 'Open the suggestion’s first claim in the reader', group: 'Compare: suggested conflicts', keys: ['O'], contexts: ['compare'] },
];
