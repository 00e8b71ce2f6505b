// A claim dragged from the reader's claims panel (data `application/x-quire-claim`, JSON
// {claimId}) and dropped on the note becomes a citation where it was dropped.
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $getNearestNodeFromDOMNode,
  $isTextNode,
  COMMAND_PRIORITY_HIGH,
  DRAGOVER_COMMAND,
  DROP_COMMAND,
} from 'lexical';
import { CLAIM_MIME, parseClaimDrag } from '../../../components/claimDrag';
import { INSERT_CITATION_COMMAND } from './CitationPlugin';


const carriesClaim = (e: DragEvent): boolean => [...(e.dataTransfer?.types ?? [])].includes(CLAIM_MIME);

export function ClaimDropPlugin(): null {
  const [editor] = useLexicalComposerContext();

  useEffect(() => {
    const over = editor.registerCommand(
      DRAGOVER_COMMAND,
      (e) => {
        if (!carriesClaim(e)) return false;
        e.preventDefault();
        if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
        return true;
      },
      COMMAND_PRIORITY_HIGH,
    );
    const drop = editor.registerCommand(
      DROP_COMMAND,
      (e) => {
        if (!carriesClaim(e)) return false;
        e.preventDefault();
        const claimId = parseClaimDrag(e.dataTransfer?.getData(CLAIM_MIME) ?? '');
        if (claimId === null) return true;
        // Put the caret where the claim was dropped, then insert as the Cite command does.
        const range = document.caretRangeFromPoint?.(e.clientX, e.clientY);
        if (range && editor.getRootElement()?.contains(range.startContainer)) {
          const node = $getNearestNodeFromDOMNode(range.startContainer);
          if ($isTextNode(node)) node.select(range.startOffset, range.startOffset);
          else if (node) node.selectEnd();
        }
        editor.dispatchCommand(INSERT_CITATION_COMMAND, { kind: 'claim', claimId });
        return true;
      },
      COMMAND_PRIORITY_HIGH,
    );
    return () => {
      over();
      drop();
    };
  }, [editor]);

  return null;
}
