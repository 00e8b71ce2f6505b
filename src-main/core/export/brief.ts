// The one brief model every export format renders: notes (Lexical JSON) and a resolver in,
// blocks of formatted runs, numbered footnotes, a bibliography and an optional appendix out.
// Renderers (markdown.ts, html.ts, docx.ts) only lay this model out; they decide nothing.
import { CITATION_TYPE, ENTITY_LINK_TYPE, NOTE_LINK_TYPE, childrenOf, citationRefOf, parseLexicalRoot, type LexicalJsonNode } from '../notes/lexical-json';
import type { CitationRef } from '../notes/types';
import { isSafeLinkUrl } from '../text/links';
import { punctuationFor, quoteInline, type Punctuation } from './quote-marks';

export type Mark = 'bold' | 'italic' | 'underline' | 'strike' | 'code' | 'sup' | 'sub' | 'smallcaps';

/** A stretch of text with one set of formats. */
export interface Run {
  text: string;
  marks?: readonly Mark[];
}

export type Inline =
  | { kind: 'text'; text: string; marks: readonly Mark[] }
  /** A citation: the number of its footnote (one footnote per citation, as note styles number them). */
  | { kind: 'cite'; note: number }
  | { kind: 'break' }
  | { kind: 'link'; url: string; children: Inline[] }
  /** A [[link]] to another note of the same export: a cross-reference to its section. */
  | { kind: 'xref'; noteId: number; title: string };

export interface ListItem {
  inlines: Inline[];
  /** Nested lists. */
  lists: ListBlock[];
}

export interface ListBlock {
  kind: 'list';
  ordered: boolean;
  items: ListItem[];
}

/** One table cell: its paragraphs joined by line breaks; header cells are set apart. */
export interface TableCell {
  header: boolean;
  inlines: Inline[];
}

/** How a table fits the page: as it is, in narrower type, or on a landscape page of its own. */
export type TableFit = 'normal' | 'narrow' | 'landscape';

export interface TableBlock {
  kind: 'table';
  /** Rows of cells; rows may differ in length (renderers pad them). */
  rows: TableCell[][];
  fit: TableFit;
}

export type Block =
  /** level 2..6: the brief's title is the only level 1; `noteId` marks a note's own section heading. */
  | { kind: 'heading'; level: number; inlines: Inline[]; noteId?: number }
  | { kind: 'paragraph'; inlines: Inline[] }
  | { kind: 'quote'; inlines: Inline[] }
  | ListBlock
  | TableBlock;

export interface Footnote {
  n: number;
  /** "claim:12" or "article:3@10-52": what the citation points at. */
  target: string;
  runs: Run[];
  /** Why this citation cannot be trusted, or null when it resolves and still matches. */
  problem: string | null;
}

/** One quoted statement in the sentence it was said in. */
export interface AppendixEntry {
  n: number;
  speaker: string | null;
  before: string;
  quote: string;
  after: string;
  source: Run[];
}

export interface BriefProblem {
  noteId: number;
  target: string;
  message: string;
}

export interface Brief {
  title: string;
  blocks: Block[];
  footnotes: Footnote[];
  bibliography: Run[][];
  /** Null unless asked for. */
  appendix: AppendixEntry[] | null;
  problems: BriefProblem[];
}

/** The article a citation quotes, as much as a citation needs of it. */
export interface CitedArticle {
  id: number;
  title: string;
  outlet: string | null;
  author: string | null;
  /** ISO date (YYYY-MM-DD, YYYY-MM or YYYY) or null. */
  published: string | null;
  url?: string | null;
  /** ISO 639-1 code of the article's language, or null when unknown. */
  language?: string | null;
}

/** The source fields a citation style prints that an article lacks (the pre-export check lists them). */
export function missingFields(article: CitedArticle): string[] {
  const fields: [string, unknown][] = [
    ['author', article.author],
    ['outlet', article.outlet],
    ['date', article.published],
    ['url', article.url],
  ];
  return fields.filter(([, v]) => v === null || v === undefined || String(v).trim() === '').map(([name]) => name);
}

export interface ResolvedQuote {
  quote: string;
  speaker: string | null;
  article: CitedArticle;
  /** The rest of the sentence (or sentences) around the quote, for the appendix. */
  context: { before: string; after: string } | null;
}

/** A citation that resolves, or why not (with the words it last quoted, when known). */
export type Resolution = ({ ok: true } & ResolvedQuote) | { ok: false; problem: string; quote?: string | null };

/** One citation, in document order, as a style words its note. */
export interface NoteCitation {
  cited: ResolvedQuote;
  /** The note carries the quoted words (they are not in the sentence: "note only"). */
  withQuote: boolean;
}

/** How footnotes and the bibliography are worded: Chicago, APA (both CSL) or Quire's statement style. */
export interface CitationStyle {
  /** Every citation's note, in order: later notes to a source may be short, or ibid. */
  notes(citations: readonly NoteCitation[]): Run[][];
  bibliography(): Run[][];
  /** Where a comma or full stop after quoted words goes: inside the marks (US) or outside (UK). */
  punctuation: Punctuation;
}

/** The quoted words in the sentence with a note after them, or only the note. */
export type CitationDisplay = 'inline' | 'note';

/** An appendix entry's source, the same in every style: *Title*, Outlet, 4 March 2025. */
export function sourceLine(article: CitedArticle): Run[] {
  const where = [article.outlet, article.published ? humanDate(article.published) : null].filter(Boolean).join(', ');
  return [{ text: article.title, marks: ['italic'] }, ...(where ? [{ text: `, ${where}` }] : [])];
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2025-03-04" → "4 March 2025"; "2025-03" → "March 2025"; anything else as given. */
export function humanDate(iso: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return iso;
  const [, year, month, day] = m;
  const name = month ? MONTHS[Number(month) - 1] : undefined;
  if (!name) return year ?? iso;
  return [day ? String(Number(day)) : null, name, year].filter(Boolean).join(' ');
}

export interface BriefInput {
  title: string;
  notes: readonly { id: number; title: string; content: string }[];
  /** Resolves a citation of the note `noteId` (a note's saved citations are its own). */
  resolve(ref: CitationRef, noteId: number): Resolution;
  /** Built once every cited article is known (CSL numbers and disambiguates over all of them). */
  style(articles: readonly CitedArticle[]): CitationStyle;
  appendix?: boolean;
  /** The default for every citation (default inline); a citation saved as "note" stays a note. */
  citations?: CitationDisplay;
}

/** Deeper nesting than any real note has: refused with one line instead of exhausting the stack. */
export const MAX_NESTING = 200;

export class BriefTooDeepError extends Error {
  constructor(readonly noteId: number) {
    super(`note ${noteId} nests more than ${MAX_NESTING} levels deep (lists, quotes or links inside each other); flatten it to export`);
  }
}

const FORMAT_BITS: [number, Mark][] = [
  [1, 'bold'],
  [2, 'italic'],
  [4, 'strike'],
  [8, 'underline'],
  [16, 'code'],
  [32, 'sub'],
  [64, 'sup'],
];

export function citationKey(ref: CitationRef): string {
  return ref.kind === 'claim' ? `claim:${ref.claimId}` : `article:${ref.articleId}@${ref.start}-${ref.end}`;
}

function marksOf(format: unknown): Mark[] {
  const bits = typeof format === 'number' ? format : 0;
  return FORMAT_BITS.filter(([bit]) => bits & bit).map(([, mark]) => mark);
}

/** Lexical's heading tag (h1..h6) stepped down so the brief's title (and each note's, when several) stays above it. */
function headingLevel(node: LexicalJsonNode, offset: number): number {
  const level = Number(String(node.tag ?? 'h2').slice(1)) || 2;
  return Math.min(level + offset, 6);
}

/** Tables wider than this many columns are set in narrower type; wider still, on a landscape page. */
const NARROW_COLUMNS = 4;
const LANDSCAPE_COLUMNS = 6;
/** A row holding more text than this is wide whatever its columns. */
const LANDSCAPE_ROW_CHARS = 900;

function tableFit(rows: readonly TableCell[][]): TableFit {
  const columns = Math.max(0, ...rows.map((r) => r.length));
  const widest = Math.max(0, ...rows.map((r) => r.reduce((sum, c) => sum + inlinesText(c.inlines).length, 0)));
  if (columns >= LANDSCAPE_COLUMNS || (columns >= NARROW_COLUMNS && widest > LANDSCAPE_ROW_CHARS)) return 'landscape';
  return columns >= NARROW_COLUMNS ? 'narrow' : 'normal';
}

/** A citation while a block is being built: its quoted words are set once the text after it is known. */
type Pending = Inline | { kind: 'quoted'; note: number; words: string; language: string | null };

const LEADING_PUNCTUATION = /^\s*([.,;:!?])/;

/**
 * Quoted words and note numbers set against the text around them: no space before the
 * punctuation after a chip, no doubled space, commas and full stops inside the closing mark when
 * the style puts them there (else outside), and the note number after that punctuation.
 */
function settle(list: readonly Pending[], punctuation: Punctuation): Inline[] {
  const out: Inline[] = [];
  const items = [...list];
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as Pending;
    if (item.kind === 'link') {
      out.push({ ...item, children: settle(item.children, punctuation) });
      continue;
    }
    if (item.kind !== 'cite' && item.kind !== 'quoted') {
      // The editor's space after a chip plus one typed: one space.
      out.push(item.kind === 'text' && isCite(items[i - 1]) ? { ...item, text: item.text.replace(/^\s{2,}/, ' ') } : item);
      continue;
    }
    const next = items[i + 1];
    const follows = next?.kind === 'text' ? LEADING_PUNCTUATION.exec(next.text) : null;
    let mark = follows?.[1] ?? '';
    if (follows && next?.kind === 'text') items[i + 1] = { ...next, text: next.text.slice(follows[0].length) };
    if (item.kind === 'cite') {
      // A note number sits against the word (and after its punctuation), never after a space.
      const prev = out[out.length - 1];
      if (prev?.kind === 'text' && /\s$/.test(prev.text)) {
        out[out.length - 1] = { ...prev, text: prev.text.replace(/\s+$/, '') };
        const after = items[i + 1];
        if (!mark && after?.kind === 'text' && /^[^\s]/.test(after.text)) items[i + 1] = { ...after, text: ` ${after.text}` };
      }
      if (mark) out.push({ kind: 'text', text: mark, marks: [] });
      out.push(item);
      continue;
    }
    let words = item.words.trim();
    // A quote that ends its own sentence keeps its stop and takes no second one; before a comma
    // its full stop gives way (its ? or ! stays, and the comma goes).
    if ((mark === '.' && /[.!?…]$/.test(words)) || (mark === ',' && /[!?…]$/.test(words))) mark = '';
    else if (mark === ',' && words.endsWith('.')) words = words.slice(0, -1);
    const inside = (mark === '.' || mark === ',') && punctuationFor(punctuation, item.language) === 'inside';
    const quoted = quoteInline(words, item.language, inside ? mark : '');
    out.push({ kind: 'text', text: inside ? quoted : `${quoted}${mark}`, marks: [] }, { kind: 'cite', note: item.note });
  }
  return mergeText(out);
}

const isCite = (p: Pending | undefined): boolean => p?.kind === 'cite' || p?.kind === 'quoted';

/** Neighbouring text of the same marks as one inline (renderers need not care how it was built). */
function mergeText(list: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const item of list) {
    const prev = out[out.length - 1];
    if (item.kind === 'text' && prev?.kind === 'text' && prev.marks.join() === item.marks.join()) out[out.length - 1] = { ...prev, text: prev.text + item.text };
    else if (item.kind !== 'text' || item.text) out.push(item);
  }
  return out;
}

export function buildBrief(input: BriefInput): Brief {
  const cited: { n: number; key: string; resolution: Resolution; withQuote: boolean }[] = [];
  const resolved = new Map<string, Resolution>();
  const problems: BriefProblem[] = [];
  const inExport = new Set(input.notes.map((n) => n.id));
  const display: CitationDisplay = input.citations ?? 'inline';
  let noteId = 0;
  let invalid = 0;

  const cite = (node: LexicalJsonNode): Pending[] => {
    const ref = citationRefOf(node);
    const key = ref ? citationKey(ref) : `invalid:${++invalid}`;
    // Each note saved its own citations: the same target may hold in one note and not in another.
    const inNote = `${noteId} ${key}`;
    let resolution = resolved.get(inNote);
    if (!resolution) {
      resolution = ref ? input.resolve(ref, noteId) : { ok: false, problem: 'the citation has no valid target' };
      resolved.set(inNote, resolution);
      if (!resolution.ok) problems.push({ noteId, target: key, message: resolution.problem });
    }
    const inline = resolution.ok && display === 'inline' && node.display !== 'note';
    const n = cited.length + 1;
    cited.push({ n, key, resolution, withQuote: !inline });
    return resolution.ok && inline ? [{ kind: 'quoted', note: n, words: resolution.quote, language: resolution.article.language ?? null }] : [{ kind: 'cite', note: n }];
  };

  const deeper = (depth: number): number => {
    if (depth >= MAX_NESTING) throw new BriefTooDeepError(noteId);
    return depth + 1;
  };

  const inline = (node: LexicalJsonNode, depth: number): Pending[] => {
    switch (node.type) {
      case CITATION_TYPE:
        return cite(node);
      case NOTE_LINK_TYPE: {
        if (typeof node.title !== 'string') return [];
        const target = node.noteId;
        return typeof target === 'number' && inExport.has(target) && target !== noteId
          ? [{ kind: 'xref', noteId: target, title: node.title }]
          : [{ kind: 'text', text: node.title, marks: [] }];
      }
      case ENTITY_LINK_TYPE:
        // A person, organisation or place: its name, as written in the sentence.
        return typeof node.name === 'string' ? [{ kind: 'text', text: node.name, marks: [] }] : [];
      case 'linebreak':
        return [{ kind: 'break' }];
      case 'tab':
        return [{ kind: 'text', text: '\t', marks: [] }];
      case 'link': {
        // Only web and mail links reach a brief (MD, HTML, DOCX, PDF); any other target keeps just its text.
        const url = typeof node.url === 'string' ? node.url.trim() : '';
        const children = childrenOf(node).flatMap((c) => inline(c, deeper(depth)));
        return isSafeLinkUrl(url) ? [{ kind: 'link', url, children: children as Inline[] }] : children;
      }
    }
    if (typeof node.text === 'string') return node.text ? [{ kind: 'text', text: node.text, marks: marksOf(node.format) }] : [];
    return childrenOf(node).flatMap((c) => inline(c, deeper(depth)));
  };

  // Quoted words are set once the style (and with it the punctuation rule) is known.
  const pending: { list: Pending[]; set(inlines: Inline[]): void }[] = [];
  const later = (list: Pending[], set: (inlines: Inline[]) => void): Inline[] => {
    pending.push({ list, set });
    return [];
  };

  const list = (node: LexicalJsonNode, depth: number): ListBlock => ({
    kind: 'list',
    ordered: node.listType === 'number',
    items: childrenOf(node).map((item) => {
      const entry: ListItem = { inlines: [], lists: [] };
      later(
        childrenOf(item)
          .filter((c) => c.type !== 'list')
          .flatMap((c) => inline(c, depth)),
        (inlines) => (entry.inlines = inlines),
      );
      entry.lists = childrenOf(item)
        .filter((c) => c.type === 'list')
        .map((c) => list(c, deeper(depth)));
      return entry;
    }),
  });

  // Lexical tables: table > tablerow > tablecell (headerState ≠ 0 for header cells) > paragraphs.
  const cellInlines = (cell: LexicalJsonNode, depth: number): Pending[] =>
    childrenOf(cell).flatMap((para, i): Pending[] => [...(i > 0 ? [{ kind: 'break' } as const] : []), ...inline(para, depth)]);
  const table = (node: LexicalJsonNode, depth: number): TableBlock => {
    const rows = childrenOf(node)
      .filter((row) => row.type === 'tablerow')
      .map((row) =>
        childrenOf(row)
          .filter((cell) => cell.type === 'tablecell')
          .map((cell): TableCell => {
            const c: TableCell = { header: typeof cell.headerState === 'number' && cell.headerState !== 0, inlines: [] };
            later(cellInlines(cell, depth), (inlines) => (c.inlines = inlines));
            return c;
          }),
      )
      .filter((row) => row.length > 0);
    return { kind: 'table', rows, fit: 'normal' };
  };

  const block = (node: LexicalJsonNode, headingOffset: number): Block | null => {
    const withInlines = <B extends { inlines: Inline[] }>(b: B): B => {
      later(childrenOf(node).flatMap((c) => inline(c, 1)), (inlines) => (b.inlines = inlines));
      return b;
    };
    switch (node.type) {
      case 'table':
        return table(node, 1);
      case 'heading':
        return withInlines<Block & { kind: 'heading' }>({ kind: 'heading', level: headingLevel(node, headingOffset), inlines: [] });
      case 'quote':
        return withInlines<Block & { kind: 'quote' }>({ kind: 'quote', inlines: [] });
      case 'list':
        return list(node, 1);
    }
    return withInlines<Block & { kind: 'paragraph' }>({ kind: 'paragraph', inlines: [] });
  };

  const blocks: Block[] = [];
  // One note: its title is the brief's; several: each note is a section under its own heading.
  const several = input.notes.length > 1;
  for (const note of input.notes) {
    noteId = note.id;
    const root = parseLexicalRoot(note.content);
    if (several) blocks.push({ kind: 'heading', level: 2, inlines: [{ kind: 'text', text: note.title, marks: [] }], noteId: note.id });
    for (const child of childrenOf(root)) {
      const b = block(child, several ? 2 : 1);
      if (b) blocks.push(b);
    }
  }

  const articles = new Map<number, CitedArticle>();
  for (const c of cited) if (c.resolution.ok && !articles.has(c.resolution.article.id)) articles.set(c.resolution.article.id, c.resolution.article);
  const style = input.style([...articles.values()]);
  for (const p of pending) p.set(settle(p.list, style.punctuation));
  for (const b of blocks) if (b.kind === 'table') b.fit = tableFit(b.rows);

  const resolvedCites = cited.flatMap((c) => (c.resolution.ok ? [{ cited: c.resolution, withQuote: c.withQuote }] : []));
  const notes = style.notes(resolvedCites);
  let next = 0;
  const footnotes: Footnote[] = cited.map(({ n, key, resolution }) =>
    resolution.ok
      ? { n, target: key, runs: notes[next++] ?? [], problem: null }
      : { n, target: key, runs: brokenRuns(resolution.problem, resolution.quote ?? null), problem: resolution.problem },
  );

  // The appendix lists each quoted statement once, under the note of its first citation.
  const listed = new Set<string>();
  const appendix = input.appendix
    ? cited.flatMap(({ n, key, resolution }): AppendixEntry[] =>
        resolution.ok && !listed.has(key) && listed.add(key)
          ? [
              {
                n,
                speaker: resolution.speaker,
                before: resolution.context?.before ?? '',
                quote: resolution.quote,
                after: resolution.context?.after ?? '',
                source: sourceLine(resolution.article),
              },
            ]
          : [],
      )
    : null;

  return { title: input.title, blocks: blocks.filter((b) => !isEmptyBlock(b)), footnotes, bibliography: style.bibliography(), appendix, problems };
}

function brokenRuns(problem: string, quote: string | null): Run[] {
  return [{ text: `Broken citation: ${problem}.` }, ...(quote ? [{ text: ` Last cited as “${quote}”.` }] : [])];
}

function isEmptyBlock(b: Block): boolean {
  if (b.kind === 'list') return b.items.length === 0;
  if (b.kind === 'table') return b.rows.length === 0;
  return b.inlines.every((i) => i.kind === 'text' && i.text.trim() === '');
}

/** The plain text of inlines (cross-references by their titles, notes left out). */
export function inlinesText(list: readonly Inline[]): string {
  return list.map((i) => (i.kind === 'text' ? i.text : i.kind === 'xref' ? i.title : i.kind === 'link' ? inlinesText(i.children) : '')).join('');
}

/** The plain text of runs (for tests, sorting and the statement style). */
export const runsText = (runs: readonly Run[]): string => runs.map((r) => r.text).join('');
