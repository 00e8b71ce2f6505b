// The node set and theme of the note editor, shared by the editor and its content check.
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { ListItemNode, ListNode } from '@lexical/list';
import { LinkNode } from '@lexical/link';
import { createEditor, type EditorThemeClasses, type Klass, type LexicalNode } from 'lexical';
import { CitationNode } from './nodes/CitationNode';
import { NoteLinkNode } from './nodes/NoteLinkNode';
import { EntityLinkNode } from './nodes/EntityLinkNode';

export const NOTE_NODES: readonly Klass<LexicalNode>[] = [HeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode, CitationNode, NoteLinkNode, EntityLinkNode];

export const NOTE_THEME: EditorThemeClasses = {
  paragraph: 'ed-p',
  quote: 'ed-quote',
  heading: { h1: 'ed-h1', h2: 'ed-h2', h3: 'ed-h3', h4: 'ed-h4', h5: 'ed-h4', h6: 'ed-h4' },
  list: { ul: 'ed-ul', ol: 'ed-ol', listitem: 'ed-li', nested: { listitem: 'ed-li-nested' } },
  link: 'ed-link',
  text: { bold: 'ed-bold', italic: 'ed-italic', underline: 'ed-underline', strikethrough: 'ed-strike', code: 'ed-code' },
};

/** Null when `content` loads into the editor; otherwise why it does not. */
export function contentProblem(content: string): string | null {
  try {
    const probe = createEditor({ namespace: 'quire-probe', nodes: [...NOTE_NODES], onError: (e) => { throw e; } });
    probe.parseEditorState(content);
    return null;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}
