// Where the caret goes after a chip (citation, note or entity link) is inserted: a space only
// when a word follows straight after it, so no chip leaves a double space or a space before a
// full stop or comma.
import { $createTextNode, $isTextNode, type LexicalNode } from 'lexical';

const WORD_START = /^[\p{L}\p{N}]/u;

export function $caretAfterChip(chip: LexicalNode): void {
  const next = chip.getNextSibling();
  if ($isTextNode(next) && WORD_START.test(next.getTextContent())) {
    const space = $createTextNode(' ');
    chip.insertAfter(space);
    space.select(1, 1);
  } else if ($isTextNode(next)) next.select(0, 0);
  else chip.selectNext();
}
