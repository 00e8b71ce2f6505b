// The sentence around a link in a note's Lexical tree (for backlinks panels): the text of the
// block holding the first target link, links shown by the label the caller gives, cut to the
// sentence around it.
import { quoteContext } from '../export/quote-context';
import { childrenOf, type LexicalJsonNode } from './lexical-json';

const LINK_MARK = '\u0000';
const CONTEXT_MAX = 240;

/** What a link node shows, and whether it is the link looked for; null for any other node. */
export type LinkLabel = (node: LexicalJsonNode) => { text: string; target: boolean } | null;

export function sentenceAroundLink(root: LexicalJsonNode, label: LinkLabel): string {
  let found: string | null = null;
  const inline = (node: LexicalJsonNode): string => {
    const link = label(node);
    if (link) return link.target ? `${LINK_MARK}${link.text}${LINK_MARK}` : link.text;
    if (node.type === 'linebreak') return '\n';
    if (typeof node.text === 'string') return node.text;
    return childrenOf(node).map(inline).join('');
  };
  const visit = (node: LexicalJsonNode): void => {
    if (found !== null) return;
    const kids = childrenOf(node);
    if (kids.length > 0 && kids.every((k) => childrenOf(k).length === 0 || k.type === 'link' || k.type === 'autolink')) {
      const text = kids.map(inline).join('');
      const at = text.indexOf(LINK_MARK);
      if (at >= 0) {
        const end = text.indexOf(LINK_MARK, at + 1);
        const plain = text.replaceAll(LINK_MARK, '');
        const { before, after } = quoteContext(plain, at, end - 1);
        const sentence = `${before}${plain.slice(at, end - 1)}${after}`.replace(/\s+/g, ' ').trim();
        found = sentence.length > CONTEXT_MAX ? `${sentence.slice(0, CONTEXT_MAX - 1)}…` : sentence;
      }
      return;
    }
    kids.forEach(visit);
  };
  visit(root);
  return found ?? '';
}
