// Registers INSERT_CITATION_COMMAND: puts a CitationNode at the caret (or at the end of the
// note when the editor has no selection), followed by a space so typing can go on.
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $createTextNode,
  $getRoot,
  $getSelection,
  $insertNodes,
  $isElementNode,
  $isRangeSelection,
  COMMAND_PRIORITY_EDITOR,
  createCommand,
  type LexicalCommand,
} from 'lexical';
import type { CitationRef } from '../../../../src-main/api/contract/methods';
import { $createCitationNode, CitationNode } from '../nodes/CitationNode';
import { $caretAfterChip } from './chipSpacing';

export const INSERT_CITATION_COMMAND: LexicalCommand<CitationRef> = createCommand('INSERT_CITATION_COMMAND');

export function CitationPlugin(): null {
  const [editor] = useLexicalComposerContext();

  useEffect(() => {
    if (!editor.hasNodes([CitationNode])) throw new Error('CitationPlugin: CitationNode is not registered on the editor');
    return editor.registerCommand(
      INSERT_CITATION_COMMAND,
      (ref) => {
        if (!$isRangeSelection($getSelection())) {
          // No caret (the editor was never focused): continue the last block rather than open a new one.
          const last = $getRoot().getLastChild();
          if ($isElementNode(last)) last.selectEnd();
          else $getRoot().selectEnd();
        }
        const selection = $getSelection();
        if ($isRangeSelection(selection) && selection.isCollapsed()) {
          // Keep one space between the preceding word and the chip.
          const anchor = selection.anchor;
          const before = anchor.type === 'text' ? anchor.getNode().getTextContent().slice(0, anchor.offset) : '';
          if (before && !/\s$/.test(before)) $insertNodes([$createTextNode(' ')]);
        }
        const chip = $createCitationNode(ref);
        $insertNodes([chip]);
        $caretAfterChip(chip);
        return true;
      },
      COMMAND_PRIORITY_EDITOR,
    );
  }, [editor]);

  return null;
}
