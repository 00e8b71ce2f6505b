// Spacing around chips (citation, note and entity links). Inserting a chip adds a space after it
// unless a space or punctuation already follows; and a full stop, comma or space typed straight
// after that added space takes its place, so no chip leaves " ." or a double space.
import { $createTextNode, $getSelection, $isDecoratorNode, $isRangeSelection, $isTextNode, type LexicalNode } from 'lexical';

const NO_SPACE_BEFORE = /^[\s.,;:!?)\]}»”’…]/u;

export function $caretAfterChip(chip: LexicalNode): void {
  const next = chip.getNextSibling();
  if ($isTextNode(next) && NO_SPACE_BEFORE.test(next.getTextContent())) {
    next.select(0, 0);
    return;
  }
  const space = $createTextNode(' ');
  chip.insertAfter(space);
  space.select(1, 1);
}

/**
 * For a key typed with the caret just after "chip␣": true when the key meets the chip's space —
 * punctuation takes its place (the space is removed), a typed space is one too many (dropped).
 */
export function $takeChipSpace(key: string): boolean {
  if (key.length !== 1 || !NO_SPACE_BEFORE.test(key)) return false;
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed() || selection.anchor.type !== 'text' || selection.anchor.offset !== 1) return false;
  const node = selection.anchor.getNode();
  if (!$isTextNode(node) || !node.getTextContent().startsWith(' ') || !$isDecoratorNode(node.getPreviousSibling())) return false;
  // A typed space: the chip's space is already there.
  if (/\s/.test(key)) return true;
  const rest = node.getTextContent().slice(1);
  if (rest === '') {
    const chip = node.getPreviousSibling();
    node.remove();
    chip?.selectNext();
  } else {
    node.setTextContent(rest);
    node.select(0, 0);
  }
  return true;
}
