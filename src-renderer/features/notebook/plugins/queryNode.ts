// The typeahead splits off the typed query ("@words", "[[Title") from a match computed a
// keystroke earlier; when typing outruns it, part of the trigger is left in the text before.
// This pulls the whole query, trigger included, into the node that is about to be replaced.
import { $isTextNode, type TextNode } from 'lexical';

export function $wholeQuery(node: TextNode, trigger: string): TextNode {
  if (node.getTextContent().startsWith(trigger)) return node;
  const prev = node.getPreviousSibling();
  if (!$isTextNode(prev) || !prev.isSimpleText()) return node;
  const before = prev.getTextContent();
  const whole = before + node.getTextContent();
  const at = whole.lastIndexOf(trigger);
  if (at < 0 || at >= before.length) return node;
  node.setTextContent(whole.slice(at));
  if (at === 0) prev.remove();
  else prev.setTextContent(before.slice(0, at));
  return node;
}
