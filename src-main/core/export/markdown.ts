// A note (Lexical JSON) → Markdown with footnotes. Each distinct citation becomes one footnote
// that carries the exact quote, who said it and where it was reported.
import { CITATION_TYPE, NOTE_LINK_TYPE, childrenOf, citationRefOf, parseLexicalRoot, type LexicalJsonNode } from '../notes/lexical-json';
import type { CitationRef, ResolvedCitation } from '../notes/types';

const FORMAT_BITS: [number, string][] = [
  [16, '`'],
  [1, '**'],
  [2, '*'],
  [4, '~~'],
];

/** Backslash-escapes what Markdown would otherwise read as syntax. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>|~])/g, '\\$1');
}

function refKey(ref: CitationRef): string {
  return ref.kind === 'claim' ? `claim:${ref.claimId}` : `article:${ref.articleId}@${ref.start}-${ref.end}`;
}

/** One footnote's text: “quote” — speaker, “Article”, outlet, date. */
export function footnoteText(ref: CitationRef, cited: ResolvedCitation | null): string {
  if (!cited) return `Broken citation: the cited source (${refKey(ref)}) is no longer in the library.`;
  const source = [`*${escapeMarkdown(cited.articleTitle)}*`, cited.outlet, cited.published].filter(Boolean).join(', ');
  const who = cited.speaker ? `${escapeMarkdown(cited.speaker)}, in ` : '';
  return `“${escapeMarkdown(cited.quote)}” — ${who}${source}.`;
}

export function noteToMarkdown(
  note: { title: string; content: string },
  resolve: (ref: CitationRef) => ResolvedCitation | null,
): string {
  const root = parseLexicalRoot(note.content);
  const numbers = new Map<string, number>();
  const footnotes: string[] = [];

  const cite = (node: LexicalJsonNode): string => {
    const ref = citationRefOf(node);
    if (!ref) return '';
    const key = refKey(ref);
    let n = numbers.get(key);
    if (n === undefined) {
      n = numbers.size + 1;
      numbers.set(key, n);
      footnotes.push(`[^${n}]: ${footnoteText(ref, resolve(ref))}`);
    }
    return `[^${n}]`;
  };

  const inline = (node: LexicalJsonNode): string => {
    switch (node.type) {
      case CITATION_TYPE:
        return cite(node);
      case NOTE_LINK_TYPE:
        return typeof node.title === 'string' ? `*${escapeMarkdown(node.title)}*` : '';
      case 'linebreak':
        return '  \n';
      case 'tab':
        return '\t';
      case 'link': {
        const url = typeof node.url === 'string' ? node.url : '';
        return `[${childrenOf(node).map(inline).join('')}](${url.replace(/[()\s]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`)})`;
      }
    }
    if (typeof node.text === 'string') {
      const format = typeof node.format === 'number' ? node.format : 0;
      if (!node.text.trim()) return node.text;
      const marks = FORMAT_BITS.filter(([bit]) => format & bit).map(([, mark]) => mark);
      const body = format & 16 ? node.text : escapeMarkdown(node.text);
      // Markdown emphasis may not start or end inside white space: keep it outside the marks.
      const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(body) ?? [];
      return `${lead}${marks.join('')}${core}${[...marks].reverse().join('')}${trail}`;
    }
    return childrenOf(node).map(inline).join('');
  };

  const block = (node: LexicalJsonNode, depth = 0): string => {
    const content = (): string => childrenOf(node).map(inline).join('').trim();
    switch (node.type) {
      case 'heading': {
        const level = Number(String(node.tag ?? 'h2').slice(1)) || 2;
        return `${'#'.repeat(Math.min(level + 1, 6))} ${content()}`;
      }
      case 'quote':
        return content()
          .split('\n')
          .map((line) => `> ${line}`)
          .join('\n');
      case 'list': {
        const ordered = node.listType === 'number';
        return childrenOf(node)
          .map((item, i) => {
            const nested = childrenOf(item).filter((c) => c.type === 'list');
            const text = childrenOf(item).filter((c) => c.type !== 'list').map(inline).join('').trim();
            const marker = ordered ? `${i + 1}.` : '-';
            const lines = text ? [`${'  '.repeat(depth)}${marker} ${text}`] : [];
            return [...lines, ...nested.map((n) => block(n, depth + 1))].join('\n');
          })
          .join('\n');
      }
      default:
        return content();
    }
  };

  // The note's title is the document's only first-level heading; the note's own headings step down.
  const body = childrenOf(root).map((n) => block(n)).filter((b) => b.trim() !== '');
  const parts = [`# ${escapeMarkdown(note.title)}`, ...body];
  if (footnotes.length) parts.push(footnotes.join('\n'));
  return `${parts.join('\n\n')}\n`;
}
