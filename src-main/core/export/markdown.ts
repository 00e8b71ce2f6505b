// The brief model → Markdown with footnotes ([^n] references, one definition per distinct source),
// then the bibliography and, when asked for, the appendix of quoted statements.
import type { AppendixEntry, Block, Brief, Inline, ListBlock, Mark, Run, TableBlock } from './brief';

const MARK_SYNTAX: [Mark, string][] = [
  ['code', ''],
  ['bold', '**'],
  ['italic', '*'],
  ['strike', '~~'],
];

/**
 * Backslash-escapes every character CommonMark (and GFM) could read as inline syntax: emphasis,
 * code, links, images, autolinks, raw HTML, entities, tables, strike-through, footnotes.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~!&]/g, '\\$&');
}

/** What would start a block at the beginning of a line: heading, quote, list item, setext rule. */
const BLOCK_START = /^([ \t]{0,3})([#>+=-]|\d{1,9}(?=[.)]))/gm;

/** Block syntax at the start of any line of inline Markdown made literal. */
export function escapeLineStarts(markdown: string): string {
  return markdown.replace(BLOCK_START, (_m, indent: string, start: string) => (/^\d/.test(start) ? `${indent}${start}\\` : `${indent}\\${start}`));
}

/**
 * A CommonMark code span: a fence of backticks longer than any run inside, padded with a space
 * when the code begins or ends with a backtick (the padding is stripped by the renderer).
 */
export function codeSpan(code: string): string {
  const flat = code.replace(/\r?\n/g, ' ');
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = /^[`\s]|[`\s]$/.test(flat) && flat.trim() !== '' ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** One formatted stretch of text; Markdown has no syntax for underline, sub/superscript or small caps. */
function formatted(text: string, marks: readonly Mark[] = []): string {
  if (!text.trim()) return text;
  const syntax = MARK_SYNTAX.filter(([mark]) => mark !== 'code' && marks.includes(mark)).map(([, s]) => s);
  // Markdown emphasis may not start or end inside white space: keep it outside the marks.
  const core = text.trim();
  const lead = text.slice(0, text.length - text.trimStart().length);
  const trail = text.slice(text.trimEnd().length);
  const body = marks.includes('code') ? codeSpan(core) : escapeMarkdown(core);
  return `${lead}${syntax.join('')}${body}${[...syntax].reverse().join('')}${trail}`;
}

/** The anchor GitHub (and most renderers) give a heading: lower case, punctuation dropped, spaces as hyphens. */
export function headingSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s/g, '-');
}

const runs = (list: readonly Run[]): string => list.map((r) => formatted(r.text, r.marks)).join('');

function inline(node: Inline): string {
  switch (node.kind) {
    case 'cite':
      return `[^${node.note}]`;
    case 'break':
      return '  \n';
    case 'link': {
      const url = node.url.replace(/[()<>\\\s]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
      return `[${node.children.map(inline).join('')}](${url})`;
    }
    case 'xref':
      return `[${escapeMarkdown(node.title)}](#${headingSlug(node.title)})`;
    case 'text':
      return formatted(node.text, node.marks);
  }
}

const inlines = (list: readonly Inline[]): string => escapeLineStarts(list.map(inline).join('').trim());

function listBlock(list: ListBlock, depth: number): string {
  return list.items
    .map((item, i) => {
      const text = inlines(item.inlines);
      const marker = list.ordered ? `${i + 1}.` : '-';
      const lines = text ? [`${'  '.repeat(depth)}${marker} ${text}`] : [];
      return [...lines, ...item.lists.map((nested) => listBlock(nested, depth + 1))].join('\n');
    })
    .join('\n');
}

/** One table cell on one line: line breaks become <br> (pipes are already escaped as text). */
function cellText(list: readonly Inline[]): string {
  return list
    .map((node) => (node.kind === 'break' ? '<br>' : inline(node)))
    .join('')
    .replace(/[ \t]*\n\s*/g, ' ')
    .trim();
}

/** A GFM pipe table; its first row is the header row (GFM tables always have one). */
function tableBlock(t: TableBlock): string {
  const width = Math.max(...t.rows.map((r) => r.length));
  const line = (cells: string[]): string => `| ${Array.from({ length: width }, (_, i) => cells[i] ?? '').join(' | ')} |`;
  const [head = [], ...body] = t.rows.map((row) => row.map((c) => cellText(c.inlines)));
  return [line(head), line(Array.from({ length: width }, () => '---')), ...body.map(line)].join('\n');
}

function block(b: Block): string {
  switch (b.kind) {
    case 'heading':
      return `${'#'.repeat(b.level)} ${inlines(b.inlines)}`;
    case 'quote':
      return inlines(b.inlines)
        .split('\n')
        .map((line) => `> ${line}`)
        .join('\n');
    case 'list':
      return listBlock(b, 0);
    case 'table':
      return tableBlock(b);
    case 'paragraph':
      return inlines(b.inlines);
  }
}

function appendixEntry(e: AppendixEntry): string {
  const who = e.speaker ? `${escapeMarkdown(e.speaker)}: ` : '';
  const said = `${escapeMarkdown(e.before)}**${escapeMarkdown(e.quote)}**${escapeMarkdown(e.after)}`;
  return `- [^${e.n}] ${who}${said} (${runs(e.source)})`;
}

export function briefToMarkdown(brief: Brief): string {
  const parts = [`# ${escapeMarkdown(brief.title)}`, ...brief.blocks.map(block).filter((b) => b.trim() !== '')];
  if (brief.bibliography.length) parts.push('## Sources', brief.bibliography.map((entry) => `- ${escapeLineStarts(runs(entry))}`).join('\n'));
  if (brief.appendix?.length) parts.push('## Quoted statements', brief.appendix.map(appendixEntry).join('\n'));
  if (brief.footnotes.length) parts.push(brief.footnotes.map((f) => `[^${f.n}]: ${escapeLineStarts(runs(f.runs))}`).join('\n'));
  return `${parts.join('\n\n')}\n`;
}
