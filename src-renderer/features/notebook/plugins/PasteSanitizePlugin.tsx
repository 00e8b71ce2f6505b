// Paste from Word and web pages: the clipboard's HTML is cleaned to the note's nodes
// (cleanPastedHtml) before Lexical turns it into nodes. Copies from a note itself
// (Lexical's own clipboard format) and plain text keep the default handling.
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $generateNodesFromDOM } from '@lexical/html';
import { $insertGeneratedNodes } from '@lexical/clipboard';
import { $getSelection, COMMAND_PRIORITY_HIGH, PASTE_COMMAND, PASTE_TAG, type PasteCommandType } from 'lexical';
import { cleanPastedHtml } from '../pasteSanitize';

const LEXICAL_MIME = 'application/x-lexical-editor';

function clipboardOf(event: PasteCommandType): DataTransfer | null {
  if (typeof ClipboardEvent !== 'undefined' && event instanceof ClipboardEvent) return event.clipboardData;
  return null;
}

export function PasteSanitizePlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          const data = clipboardOf(event);
          if (!data || data.types.includes(LEXICAL_MIME)) return false;
          const html = data.getData('text/html');
          if (!html) return false;
          if (!$getSelection()) return false;
          event.preventDefault();
          const dom = new DOMParser().parseFromString(cleanPastedHtml(html), 'text/html');
          // Its own update with PASTE_TAG, as Lexical's paste does: one undo step for the paste.
          editor.update(
            () => {
              const selection = $getSelection();
              if (selection) $insertGeneratedNodes(editor, $generateNodesFromDOM(editor, dom), selection);
            },
            { tag: PASTE_TAG },
          );
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor],
  );
  return null;
}
