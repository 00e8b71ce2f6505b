// The brief model → one self-contained HTML document: inline styles (screen and print), no
// script, no external resource, every piece of text escaped. The PDF is this page printed.
import { isSafeLinkUrl } from '../text/links';
import type { AppendixEntry, Block, Brief, Footnote, Inline, ListBlock, Mark, Run, TableBlock, TableCell } from './brief';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const TAGS: [Mark, string, string][] = [
  ['code', '<code>', '</code>'],
  ['bold', '<strong>', '</strong>'],
  ['italic', '<em>', '</em>'],
  ['underline', '<u>', '</u>'],
  ['strike', '<s>', '</s>'],
  ['sup', '<sup>', '</sup>'],
  ['sub', '<sub>', '</sub>'],
  ['smallcaps', '<span class="sc">', '</span>'],
];

function formatted(text: string, marks: readonly Mark[] = []): string {
  const used = TAGS.filter(([mark]) => marks.includes(mark));
  return `${used.map(([, open]) => open).join('')}${escapeHtml(text)}${used.map(([, , close]) => close).reverse().join('')}`;
}

const runs = (list: readonly Run[]): string => list.map((r) => formatted(r.text, r.marks)).join('');

/** For a PDF's cross-references: invisible marks that find each section's page, then the pages. */
export interface PageOptions {
  /** Put a token naming its note in each note's section heading (a first, measuring print). */
  pageMarks?: boolean;
  /** The page each note's section starts on, printed after a cross-reference to it. */
  pages?: ReadonlyMap<number, number>;
}

/** The token a measuring print carries for a note's section: QXREF7Q for note 7. */
export const pageMark = (noteId: number): string => `QXREF${noteId}Q`;

function renderer(footnotes: readonly Footnote[], options: PageOptions) {
  const problem = new Set(footnotes.filter((f) => f.problem !== null).map((f) => f.n));
  const uses = new Map<number, number>();

  const inline = (node: Inline): string => {
    switch (node.kind) {
      case 'cite': {
        const use = (uses.get(node.note) ?? 0) + 1;
        uses.set(node.note, use);
        const cls = problem.has(node.note) ? 'fnref problem' : 'fnref';
        return `<sup class="${cls}" id="fnref-${node.note}-${use}"><a href="#fn-${node.note}">${node.note}</a></sup>`;
      }
      case 'break':
        return '<br>';
      case 'link': {
        const inner = node.children.map(inline).join('');
        // brief.ts already dropped other links; checked again where the attribute is written.
        return isSafeLinkUrl(node.url) ? `<a href="${escapeHtml(node.url.trim())}">${inner}</a>` : inner;
      }
      case 'xref': {
        const page = options.pages?.get(node.noteId);
        return `<a class="xref" href="#note-${node.noteId}">${escapeHtml(node.title)}</a>${page === undefined ? '' : ` (p.&nbsp;${page})`}`;
      }
      case 'text':
        return formatted(node.text, node.marks);
    }
  };
  const inlines = (list: readonly Inline[]): string => list.map(inline).join('');

  const list = (b: ListBlock): string => {
    const tag = b.ordered ? 'ol' : 'ul';
    return `<${tag}>${b.items.map((item) => `<li>${inlines(item.inlines)}${item.lists.map(list).join('')}</li>`).join('')}</${tag}>`;
  };

  const table = (t: TableBlock): string => {
    const width = Math.max(...t.rows.map((r) => r.length));
    const row = (cells: TableCell[]): string =>
      `<tr>${Array.from({ length: width }, (_, i) => {
        const cell = cells[i];
        const tag = cell?.header ? 'th' : 'td';
        return `<${tag}>${cell ? inlines(cell.inlines) : ''}</${tag}>`;
      }).join('')}</tr>`;
    const table = `<table class="${t.fit}">\n${t.rows.map(row).join('\n')}\n</table>`;
    // A landscape table prints on a page of its own turned sideways (CSS named pages).
    return t.fit === 'landscape' ? `<div class="landscape">${table}</div>` : table;
  };

  const block = (b: Block): string => {
    switch (b.kind) {
      case 'table':
        return table(b);
      case 'heading': {
        if (b.noteId === undefined) return `<h${b.level}>${inlines(b.inlines)}</h${b.level}>`;
        const mark = options.pageMarks ? `<span class="pagemark">${pageMark(b.noteId)}</span>` : '';
        return `<h${b.level} id="note-${b.noteId}">${mark}${inlines(b.inlines)}</h${b.level}>`;
      }
      case 'quote':
        return `<blockquote><p>${inlines(b.inlines)}</p></blockquote>`;
      case 'list':
        return list(b);
      case 'paragraph':
        return `<p>${inlines(b.inlines)}</p>`;
    }
  };

  const footnote = (f: Footnote): string => {
    const back = Array.from({ length: uses.get(f.n) ?? 0 }, (_, i) => `<a class="back" href="#fnref-${f.n}-${i + 1}" aria-label="back to the text">↩</a>`).join(' ');
    return `<li id="fn-${f.n}"${f.problem !== null ? ' class="problem"' : ''}><p>${runs(f.runs)} ${back}</p></li>`;
  };

  return { block, footnote };
}

function appendixEntry(e: AppendixEntry): string {
  const who = e.speaker ? `<span class="speaker">${escapeHtml(e.speaker)}</span>: ` : '';
  return `<li><p><a href="#fn-${e.n}">[${e.n}]</a> ${who}${escapeHtml(e.before)}<mark>${escapeHtml(e.quote)}</mark>${escapeHtml(e.after)}</p><p class="source">${runs(e.source)}</p></li>`;
}

const STYLE = `
:root { color-scheme: light; }
body { margin: 0; background: #f4f2ee; color: #1d1d1f; font: 16px/1.55 Georgia, "Times New Roman", serif; }
.brief { max-width: 44rem; margin: 2rem auto; padding: 3rem 3.5rem; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.12); }
h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 1.5rem; }
h2 { font-size: 1.35rem; margin: 2rem 0 .6rem; }
h3, h4, h5, h6 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; }
blockquote { margin: 1rem 0; padding-left: 1rem; border-left: 3px solid #c9c2b5; color: #3a3a3c; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; margin: 1rem 0; font-size: .92rem; line-height: 1.4; }
table.narrow, table.landscape { font-size: .8rem; line-height: 1.3; }
th, td { border: 1px solid #d4cfc5; padding: .35rem .5rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; hyphens: auto; }
table.narrow th, table.narrow td, table.landscape th, table.landscape td { padding: .25rem .35rem; }
.brief { overflow-wrap: break-word; }
a.xref { color: #1f4e8c; }
.pagemark { font-size: 1px; color: #fff; }
th { background: #f4f2ee; font-weight: 600; }
code { font-family: "DejaVu Sans Mono", Menlo, monospace; font-size: .9em; }
.sc { font-variant: small-caps; }
.fnref { font-size: .7em; line-height: 0; }
.fnref a { text-decoration: none; color: #1f4e8c; padding: 0 .1em; }
.problem, .fnref.problem a { color: #b3261e; }
section.notes, section.sources, section.appendix { margin-top: 2.5rem; border-top: 1px solid #ddd; font-size: .9rem; }
section h2 { font-size: 1.1rem; }
section.notes li, section.appendix li { margin: .35rem 0; }
section.notes li.problem p::before { content: "⚠ "; }
.back { text-decoration: none; color: #1f4e8c; }
.entry { padding-left: 2em; text-indent: -2em; margin: .35rem 0; }
.appendix ul { list-style: none; padding: 0; }
.appendix li { margin: .8rem 0; }
.appendix li p { margin: 0; }
.appendix mark { background: #fff1b8; }
.appendix .source { margin-top: .15rem; color: #555; }
@page { size: A4; margin: 22mm 20mm 24mm; }
@page wide { size: A4 landscape; margin: 18mm 20mm; }
@media print {
  body { background: #fff; font-size: 11pt; }
  .brief { max-width: none; margin: 0; padding: 0; box-shadow: none; }
  a { color: inherit; text-decoration: none; }
  .back { display: none; }
  h1, h2, h3 { break-after: avoid; }
  li, .entry, blockquote, tr { break-inside: avoid; }
  section.notes { break-before: auto; }
  .landscape { page: wide; }
  a.xref { text-decoration: underline; }
}`;

/** Whether the brief links one of its notes to another (a PDF then gives their pages). */
export function hasCrossReferences(brief: Brief): boolean {
  const inInlines = (list: readonly Inline[]): boolean => list.some((i) => i.kind === 'xref' || (i.kind === 'link' && inInlines(i.children)));
  const inList = (l: ListBlock): boolean => l.items.some((item) => inInlines(item.inlines) || item.lists.some(inList));
  return brief.blocks.some((b) => (b.kind === 'list' ? inList(b) : b.kind === 'table' ? b.rows.some((r) => r.some((c) => inInlines(c.inlines))) : inInlines(b.inlines)));
}

export function briefToHtml(brief: Brief, options: PageOptions = {}): string {
  const r = renderer(brief.footnotes, options);
  // Blocks first: footnote back-links need to know how often each note was referenced.
  const body = brief.blocks.map(r.block).join('\n');
  const parts = [`<h1>${escapeHtml(brief.title)}</h1>`, body];
  if (brief.footnotes.length) parts.push(`<section class="notes" aria-label="Notes"><h2>Notes</h2><ol>${brief.footnotes.map(r.footnote).join('\n')}</ol></section>`);
  if (brief.bibliography.length) parts.push(`<section class="sources"><h2>Sources</h2>${brief.bibliography.map((e) => `<p class="entry">${runs(e)}</p>`).join('\n')}</section>`);
  if (brief.appendix?.length) parts.push(`<section class="appendix"><h2>Quoted statements</h2><ul>${brief.appendix.map(appendixEntry).join('\n')}</ul></section>`);
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    // Even if a future change forgot to escape something, this page can run nothing and load nothing.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="Quire">',
    `<title>${escapeHtml(brief.title)}</title>`,
    `<style>${STYLE}\n</style>`,
    '</head>',
    '<body>',
    `<article class="brief">\n${parts.join('\n')}\n</article>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
