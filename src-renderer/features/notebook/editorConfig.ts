// The node set and theme of the note editor, shared by the editor and its content check.
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { ListItemNode, ListNode } from '@lexical/list';
import { LinkNode } from '@lexical/link';
import { TableCellNode, TableNode, TableRowNode } from '@lexical/table';
import { createEditor, type EditorState, type EditorThemeClasses, type Klass, type LexicalNode } from 'lexical';
import { CitationNode } from './nodes/CitationNode';
import { NoteLinkNode } from './nodes/NoteLinkNode';
import { EntityLinkNode } from './nodes/EntityLinkNode';

export const NOTE_NODES: readonly Klass<LexicalNode>[] = [
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  LinkNode,
  TableNode,
  TableRowNode,
  TableCellNode,
  CitationNode,
  NoteLinkNode,
  EntityLinkNode,
];

export const NOTE_THEME: EditorThemeClasses = {
  paragraph: 'ed-p',
  quote: 'ed-quote',
  heading: { h1: 'ed-h1', h2: 'ed-h2', h3: 'ed-h3', h4: 'ed-h4', h5: 'ed-h4', h6: 'ed-h4' },
  list: { ul: 'ed-ul', ol: 'ed-ol', listitem: 'ed-li', nested: { listitem: 'ed-li-nested' } },
  link: 'ed-link',
  table: 'ed-table',
  tableRow: 'ed-tr',
  tableCell: 'ed-td',
  tableCellHeader: 'ed-th',
  tableSelection: 'ed-table-selection',
  tableCellSelected: 'ed-td-selected',
  text: { bold: 'ed-bold', italic: 'ed-italic', underline: 'ed-underline', strikethrough: 'ed-strike', code: 'ed-code' },
};

/**
 * The note's content parsed once (the editor starts from this state, so a long note is not
 * parsed twice), or why it does not load.
 */
export function parseNoteContent(content: string): { state: EditorState; problem: null } | { state: null; problem: string } {
  try {
    const probe = createEditor({ namespace: 'quire-probe', nodes: [...NOTE_NODES], onError: (e) => { throw e; } });
    return { state: probe.parseEditorState(content), problem: null };
  } catch (err) {
    return { state: null, problem: err instanceof Error ? err.message : String(err) };
  }
}
