// Autosave's serializer re-exports only the blocks that changed; after any edit, undo or reload
// its JSON must be exactly EditorState.toJSON()'s. A headless Lexical editor with the note's nodes.
import { $createLinkNode } from '@lexical/link';
import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createHeadingNode, $createQuoteNode } from '@lexical/rich-text';
import { $createTableNodeWithDimensions } from '@lexical/table';
import { $createParagraphNode, $createTextNode, $getRoot, $isElementNode, $isTextNode, createEditor, type EditorState, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { NOTE_NODES } from '../../../src-renderer/features/notebook/editorConfig';
import { $createCitationNode } from '../../../src-renderer/features/notebook/nodes/CitationNode';
import { $createEntityLinkNode } from '../../../src-renderer/features/notebook/nodes/EntityLinkNode';
import { $createNoteLinkNode } from '../../../src-renderer/features/notebook/nodes/NoteLinkNode';
import { createNoteSerializer } from '../../../src-renderer/features/notebook/noteJson';

function editorWithEveryNode(): LexicalEditor {
  const editor = createEditor({ namespace: 'test', nodes: [...NOTE_NODES], onError: (e) => { throw e; } });
  editor.update(
    () => {
      const root = $getRoot();
      root.append($createHeadingNode('h2').append($createTextNode('Expulsions')));
      const cited = $createParagraphNode().append($createTextNode('Moscow said '), $createCitationNode({ kind: 'claim', claimId: 3 }), $createTextNode(' — see '));
      cited.append($createNoteLinkNode(7, 'Sources'), $createTextNode(' and '), $createEntityLinkNode(2, 'Maria Zakharova'));
      root.append(cited);
      root.append($createQuoteNode().append($createTextNode('not an expulsion').toggleFormat('italic')));
      root.append($createListNode('bullet').append($createListItemNode().append($createLinkNode('https://example.org').append($createTextNode('a link')))));
      root.append($createTableNodeWithDimensions(2, 2, true));
      root.append($createParagraphNode().append($createCitationNode({ kind: 'article', articleId: 1, start: 10, end: 42 })));
      for (let i = 0; i < 30; i++) root.append($createParagraphNode().append($createTextNode(`Paragraph ${i} of filler text.`)));
    },
    { discrete: true },
  );
  return editor;
}

const full = (state: EditorState): string => JSON.stringify(state.toJSON());

describe('autosave serializer', () => {
  // Told by the editor's updates which blocks changed (as autosave runs it), and on its own,
  // finding them by identity.
  it.each([['told by the updates', true], ['on its own', false]])('writes exactly what EditorState.toJSON() writes, after every kind of edit (%s)', (_, listen) => {
    const editor = editorWithEveryNode();
    // Without the first-answer check, so a wrong incremental export cannot hide behind toJSON().
    const serializer = createNoteSerializer({ check: false });
    if (listen) editor.registerUpdateListener(serializer.changed);
    const serialize = (state: EditorState): string => serializer.serialize(state);
    const states: EditorState[] = [];
    const check = (): void => {
      const state = editor.getEditorState();
      states.push(state);
      expect(serialize(state)).toBe(full(state));
    };
    const edit = (fn: () => void): void => {
      editor.update(fn, { discrete: true });
      check();
    };
    check();
    // Text typed into a block deep in the note.
    edit(() => {
      const block = $getRoot().getChildAtIndex(10);
      const text = $isElementNode(block) ? block.getFirstChild() : null;
      if ($isTextNode(text)) text.setTextContent(`${text.getTextContent()} More words.`);
    });
    // Formatting, a new block, a removed one, a moved one, a citation added inside a table cell.
    edit(() => {
      const block = $getRoot().getChildAtIndex(0);
      const text = $isElementNode(block) ? block.getFirstChild() : null;
      if ($isTextNode(text)) text.toggleFormat('bold');
    });
    edit(() => $getRoot().append($createParagraphNode().append($createTextNode('A new last paragraph.'))));
    edit(() => $getRoot().getChildAtIndex(12)?.remove());
    edit(() => {
      const moved = $getRoot().getChildAtIndex(15);
      if (moved) $getRoot().getChildAtIndex(2)?.insertBefore(moved);
    });
    edit(() => {
      const table = $getRoot().getChildAtIndex(5);
      const cell = $isElementNode(table) ? table.getFirstDescendant()?.getParent() : null;
      cell?.append($createCitationNode({ kind: 'claim', claimId: 9 }));
    });
    // A block's key reused for different content: a paragraph replaced by a heading in place.
    edit(() => {
      const old = $getRoot().getChildAtIndex(20);
      old?.replace($createHeadingNode('h3').append($createTextNode('Replaced')));
    });
    // Two updates before one save: both blocks are re-exported.
    editor.update(() => {
      const block = $getRoot().getChildAtIndex(25);
      const text = $isElementNode(block) ? block.getFirstDescendant() : null;
      if ($isTextNode(text)) text.setTextContent('Changed first.');
    }, { discrete: true });
    editor.update(() => {
      const block = $getRoot().getChildAtIndex(26);
      const text = $isElementNode(block) ? block.getFirstDescendant() : null;
      if ($isTextNode(text)) text.setTextContent('Changed second.');
    }, { discrete: true });
    check();
    // Undo: older states again (new objects for the cache), then redo to the newest.
    for (const state of [states[3], states[1], states[0], states[states.length - 1]]) {
      if (!state) continue;
      editor.setEditorState(state);
      expect(serialize(editor.getEditorState())).toBe(full(editor.getEditorState()));
    }
    // A note loaded afresh (every node a new object).
    const reloaded = editor.parseEditorState(full(editor.getEditorState()));
    expect(serialize(reloaded)).toBe(full(reloaded));
  });

  it('an empty note', () => {
    const editor = createEditor({ namespace: 'test', nodes: [...NOTE_NODES], onError: (e) => { throw e; } });
    editor.update(() => $getRoot().clear(), { discrete: true });
    expect(createNoteSerializer({ check: false }).serialize(editor.getEditorState())).toBe(full(editor.getEditorState()));
    expect(createNoteSerializer().serialize(editor.getEditorState())).toBe(full(editor.getEditorState()));
  });
});
