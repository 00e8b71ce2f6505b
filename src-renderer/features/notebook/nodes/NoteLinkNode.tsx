// An inline link to another note ([[Title]] in Markdown briefs): stores the note id and the
// title it had when linked, shows the note's current title; clicking it opens that note.
import type { JSX } from 'react';
import { DecoratorNode, type EditorConfig, type LexicalNode, type NodeKey } from 'lexical';
import { NODE_TYPES, type SerializedNoteLink } from '../../../../src-main/api/contract/methods';
import { useNotebookActions } from '../NotebookContext';
import { useNoteTitle } from '../noteTitles';

function NoteLinkChip({ noteId, title: stored }: { noteId: number; title: string }): JSX.Element {
  const actions = useNotebookActions();
  const { title, exists } = useNoteTitle(noteId, stored);
  return (
    <span
      className={`note-link${exists ? '' : ' missing'}`}
      role="link"
      data-note-id={noteId}
      title={exists ? `Open note “${title}”` : 'This note was deleted'}
      onClick={() => exists && actions.openNote(noteId)}
    >
      {title}
    </span>
  );
}

export class NoteLinkNode extends DecoratorNode<JSX.Element> {
  __noteId: number;
  __title: string;

  static override getType(): string {
    return NODE_TYPES.noteLink;
  }

  static override clone(node: NoteLinkNode): NoteLinkNode {
    return new NoteLinkNode(node.__noteId, node.__title, node.__key);
  }

  static override importJSON(serialized: Record<string, unknown>): NoteLinkNode {
    const noteId = typeof serialized.noteId === 'number' ? serialized.noteId : 0;
    const title = typeof serialized.title === 'string' ? serialized.title : 'note';
    return $createNoteLinkNode(noteId, title);
  }

  constructor(noteId: number, title: string, key?: NodeKey) {
    super(key);
    this.__noteId = noteId;
    this.__title = title;
  }

  override exportJSON(): SerializedNoteLink {
    const self = this.getLatest();
    return { type: NODE_TYPES.noteLink, version: 1, noteId: self.__noteId, title: self.__title };
  }

  override createDOM(_config: EditorConfig): HTMLElement {
    return document.createElement('span');
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): true {
    return true;
  }

  override getTextContent(): string {
    return this.__title;
  }

  override decorate(): JSX.Element {
    return <NoteLinkChip noteId={this.__noteId} title={this.__title} />;
  }
}

export function $createNoteLinkNode(noteId: number, title: string): NoteLinkNode {
  return new NoteLinkNode(noteId, title);
}

export function $isNoteLinkNode(node: LexicalNode | null | undefined): node is NoteLinkNode {
  return node instanceof NoteLinkNode;
}
