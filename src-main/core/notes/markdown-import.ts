// Markdown brief → Lexical editor state, so a brief can be written in any editor and built by
// script. `[@claim:ID]`, `[@article:ID]` and `[@article:ID@START-END]` become citations and
// `[[Title]]` a link to another note. Parsing is marked's; this module only maps its tokens.
import { lexer, type Token, type Tokens } from 'marked';
import { isSafeLinkUrl } from '../text/links';
import { CITATION_TYPE, NOTE_LINK_TYPE, type LexicalJsonNode } from './lexical-json';
import type { CitationRef } from './types';

export interface MarkdownImportOptions {
  /** Stored length of an article, for `[@article:ID]` (a citation of the whole text); null if unknown. */
  articleLength?: (articleId: number) => number | null;
}

const FORMAT = { bold: 1, italic: 2, strikethrough: 4, code: 16 } as const;
const MARKER = /\[@claim:(\d+)\]|\[@article:(\d+)(?:@(\d+)-(\d+))?\]|\[\[([^\][\n]{1,300})\]\]/g;

type Resolve = { linkTarget: (title: string) => number; options: MarkdownImportOptions };

const element = (type: string, children: LexicalJsonNode[], extra: Record<string, unknown> = {}): LexicalJsonNode => ({
  children,
  direction: null,
  format: '',
  indent: 0,
  type,
  version: 1,
  ...extra,
});

const textNode = (text: string, format: number): LexicalJsonNode => ({
  detail: 0,
  format,
  mode: 'normal',
  style: '',
  text,
  type: 'text',
  version: 1,
});

function citation(ref: CitationRef): LexicalJsonNode {
  return { type: CITATION_TYPE, version: 1, ref };
}

function articleRef(match: RegExpExecArray, resolve: Resolve): CitationRef {
  const articleId = Number(match[2]);
  if (match[3] !== undefined && match[4] !== undefined) {
    const start = Number(match[3]);
    const end = Number(match[4]);
    if (end <= start) throw new Error(`citation ${match[0]}: the span must end after it starts`);
    return { kind: 'article', articleId, start, end };
  }
  const length = resolve.options.articleLength?.(articleId) ?? null;
  if (length === null) throw new Error(`citation ${match[0]}: article ${articleId} does not exist`);
  return { kind: 'article', articleId, start: 0, end: length };
}

/** Splits plain text at citation and link markers. */
function textWithMarkers(text: string, format: number, resolve: Resolve): LexicalJsonNode[] {
  const out: LexicalJsonNode[] = [];
  let last = 0;
  for (const match of text.matchAll(MARKER)) {
    const at = match.index ?? 0;
    if (at > last) out.push(textNode(text.slice(last, at), format));
    if (match[1] !== undefined) out.push(citation({ kind: 'claim', claimId: Number(match[1]) }));
    else if (match[2] !== undefined) out.push(citation(articleRef(match, resolve)));
    else {
      const title = (match[5] ?? '').trim();
      out.push({ type: NOTE_LINK_TYPE, version: 1, noteId: resolve.linkTarget(title), title });
    }
    last = at + match[0].length;
  }
  if (last < text.length) out.push(textNode(text.slice(last), format));
  return out;
}

/** marked escapes &, <, > and quotes in text tokens; the editor wants the characters themselves. */
function unescapeHtml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e] ?? _);
}

function inline(tokens: Token[] | undefined, format: number, resolve: Resolve): LexicalJsonNode[] {
  const out: LexicalJsonNode[] = [];
  let pending = '';
  const flush = (): void => {
    if (pending) out.push(...textWithMarkers(pending, format, resolve));
    pending = '';
  };
  for (const token of tokens ?? []) {
    switch (token.type) {
      case 'text':
      case 'escape': {
        const t = token as Tokens.Text;
        if (t.tokens?.length) {
          flush();
          out.push(...inline(t.tokens, format, resolve));
        } else pending += unescapeHtml(t.text);
        break;
      }
      case 'strong':
      case 'em':
      case 'del': {
        flush();
        const bit = token.type === 'strong' ? FORMAT.bold : token.type === 'em' ? FORMAT.italic : FORMAT.strikethrough;
        out.push(...inline(token.tokens, format | bit, resolve));
        break;
      }
      case 'codespan':
        flush();
        out.push(textNode(unescapeHtml((token as Tokens.Codespan).text), format | FORMAT.code));
        break;
      case 'br':
        flush();
        out.push({ type: 'linebreak', version: 1 });
        break;
      case 'link': {
        flush();
        const link = token as Tokens.Link;
        const children = inline(link.tokens, format, resolve);
        // A javascript:/data:/file: link would be one click from running code: keep only its text.
        if (isSafeLinkUrl(link.href)) out.push(element('link', children, { url: link.href.trim(), rel: null, target: null, title: link.title ?? null }));
        else out.push(...children);
        break;
      }
      default:
        pending += unescapeHtml(token.raw);
    }
  }
  flush();
  return out;
}

function paragraph(children: LexicalJsonNode[]): LexicalJsonNode {
  return element('paragraph', children, { textFormat: 0, textStyle: '' });
}

function blocks(tokens: Token[], resolve: Resolve): LexicalJsonNode[] {
  const out: LexicalJsonNode[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case 'heading': {
        const h = token as Tokens.Heading;
        out.push(element('heading', inline(h.tokens, 0, resolve), { tag: `h${Math.min(Math.max(h.depth, 1), 6)}` }));
        break;
      }
      case 'paragraph':
        out.push(paragraph(inline(token.tokens, 0, resolve)));
        break;
      case 'blockquote': {
        // Lexical quotes hold inline content: each paragraph of the quote becomes one quote block.
        for (const inner of blocks((token as Tokens.Blockquote).tokens, resolve)) {
          out.push(element('quote', inner.children ?? []));
        }
        break;
      }
      case 'list': {
        const list = token as Tokens.List;
        const items = list.items.map((item, i) => {
          const content = blocks(item.tokens, resolve).flatMap((b) => (b.type === 'paragraph' ? (b.children ?? []) : [b]));
          return element('listitem', content, { value: (typeof list.start === 'number' ? list.start : 1) + i });
        });
        out.push(
          element('list', items, {
            listType: list.ordered ? 'number' : 'bullet',
            start: typeof list.start === 'number' ? list.start : 1,
            tag: list.ordered ? 'ol' : 'ul',
          }),
        );
        break;
      }
      case 'text':
        out.push(paragraph(inline((token as Tokens.Text).tokens ?? [token], 0, resolve)));
        break;
      case 'code':
        out.push(paragraph([textNode((token as Tokens.Code).text, FORMAT.code)]));
        break;
      case 'space':
      case 'hr':
      case 'def':
        break;
      default:
        if (token.raw.trim()) out.push(paragraph([textNode(token.raw.trim(), 0)]));
    }
  }
  return out;
}

/** Deeper quotes, lists or indents than any brief has: marked would recurse until the stack runs out. */
const MAX_NESTING = 32;
const MAX_INDENT = 128;
/** Emphasis delimiters one block may hold as markup: marked's matching is quadratic in them. */
const MAX_DELIMITERS_PER_BLOCK = 1000;

/**
 * Refuses Markdown nested deeper than the parser can take (one clear line instead of a stack
 * overflow), and makes the `*` / `_` of a block with thousands of them literal: no brief emphasises
 * that much, and parsing them as markup would take minutes. The words are kept either way.
 */
function tameMarkdown(markdown: string): string {
  for (const line of markdown.split('\n')) {
    // Each leading "> ", "- " or "1. " opens one more quote or list inside the one before.
    const depth = /^(?:[ \t]*(?:>|[-+*][ \t]|\d{1,9}[.)][ \t]))*/.exec(line)?.[0].match(/>|[-+*][ \t]|\d{1,9}[.)][ \t]/g)?.length ?? 0;
    if (depth > MAX_NESTING) throw new Error(`the Markdown nests quotes or lists ${depth} deep; Quire imports up to ${MAX_NESTING} levels`);
    const indent = /^[ \t]*/.exec(line)?.[0].length ?? 0;
    if (indent > MAX_INDENT) throw new Error(`the Markdown indents a line by ${indent} characters; Quire imports indents up to ${MAX_INDENT}`);
  }
  return markdown
    .split(/(\n[ \t]*\n)/)
    .map((block) => ((block.match(/[*_]/g)?.length ?? 0) > MAX_DELIMITERS_PER_BLOCK ? block.replace(/(\\?)([*_])/g, (m, esc: string, c: string) => (esc ? m : `\\${c}`)) : block))
    .join('');
}

export function markdownToNoteContent(
  markdown: string,
  linkTarget: (title: string) => number,
  options: MarkdownImportOptions = {},
): { title: string | null; content: string } {
  const tokens = lexer(tameMarkdown(markdown.replace(/\r\n?/g, '\n')));
  let title: string | null = null;
  const first = tokens.find((t) => t.type !== 'space');
  let body: Token[] = tokens;
  if (first?.type === 'heading' && (first as Tokens.Heading).depth === 1) {
    title = (first as Tokens.Heading).text.trim() || null;
    body = tokens.filter((t) => t !== first);
  }
  const children = blocks(body, { linkTarget, options });
  if (children.length === 0) children.push(paragraph([]));
  const root = element('root', children);
  return { title, content: JSON.stringify({ root }) };
}
