// The one brief model every export format renders: notes (Lexical JSON) and a resolver in,
// blocks of formatted runs, numbered footnotes, a bibliography and an optional appendix out.
// Renderers (markdown.ts, html.ts, docx.ts) only lay this model out; they decide nothing.
import { CITATION_TYPE, ENTITY_LINK_TYPE, NOTE_LINK_TYPE, childrenOf, citationRefOf, parseLexicalRoot, type LexicalJsonNode } from '../notes/lexical-json';
import type { CitationRef } from '../notes/types';
import { isSafeLinkUrl } from '../text/links';

export type Mark = 'bold' | 'italic' | 'underline' | 'strike' | 'code' | 'sup' | 'sub' | 'smallcaps';

/** A stretch of text with one set of formats. */
export interface Run {
  text: string;
  marks?: readonly Mark[];
}

export type Inline =
  | { kind: 'text'; text: string; marks: readonly Mark[] }
  /** A citation: the number of its footnote (one footnote per distinct target). */
  | { kind: 'cite'; note: number }
  | { kind: 'break' }
  | { kind: 'link'; url: string; children: Inline[] };

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

export interface TableBlock {
  kind: 'table';
  /** Rows of cells; rows may differ in length (renderers pad them). */
  rows: TableCell[][];
}

export type Block =
  /** level 2..6: the brief's title is the only level 1. */
  | { kind: 'heading'; level: number; inlines: Inline[] }
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

/** How footnotes and the bibliography are worded: Chicago, APA (both CSL) or Quire's statement style. */
export interface CitationStyle {
  footnote(cited: ResolvedQuote): Run[];
  bibliography(): Run[][];
}

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

export function buildBrief(input: BriefInput): Brief {
  const numbers = new Map<string, number>();
  const cited: { n: number; key: string; resolution: Resolution }[] = [];
  const resolved = new Map<string, Resolution>();
  const problems: BriefProblem[] = [];
  let noteId = 0;
  let invalid = 0;

  const cite = (node: LexicalJsonNode): Inline[] => {
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
    // A citation that holds shares one footnote across notes; a broken one keeps its own.
    const footnoteKey = resolution.ok ? key : inNote;
    let n = numbers.get(footnoteKey);
    if (n === undefined) {
      n = cited.length + 1;
      numbers.set(footnoteKey, n);
      cited.push({ n, key, resolution });
    }
    return [{ kind: 'cite', note: n }];
  };

  const inline = (node: LexicalJsonNode): Inline[] => {
    switch (node.type) {
      case CITATION_TYPE:
        return cite(node);
      case NOTE_LINK_TYPE:
        return typeof node.title === 'string' ? [{ kind: 'text', text: node.title, marks: ['italic'] }] : [];
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
        const children = childrenOf(node).flatMap(inline);
        return isSafeLinkUrl(url) ? [{ kind: 'link', url, children }] : children;
      }
    }
    if (typeof node.text === 'string') return node.text ? [{ kind: 'text', text: node.text, marks: marksOf(node.format) }] : [];
    return childrenOf(node).flatMap(inline);
  };

  const list = (node: LexicalJsonNode): ListBlock => ({
    kind: 'list',
    ordered: node.listType === 'number',
    items: childrenOf(node).map((item) => ({
      inlines: childrenOf(item).filter((c) => c.type !== 'list').flatMap(inline),
      lists: childrenOf(item).filter((c) => c.type === 'list').map(list),
    })),
  });

  // Lexical tables: table > tablerow > tablecell (headerState ≠ 0 for header cells) > paragraphs.
  const cellInlines = (cell: LexicalJsonNode): Inline[] =>
    childrenOf(cell).flatMap((para, i): Inline[] => [...(i > 0 ? [{ kind: 'break' } as const] : []), ...inline(para)]);
  const table = (node: LexicalJsonNode): TableBlock => ({
    kind: 'table',
    rows: childrenOf(node)
      .filter((row) => row.type === 'tablerow')
      .map((row) =>
        childrenOf(row)
          .filter((cell) => cell.type === 'tablecell')
          .map((cell) => ({ header: typeof cell.headerState === 'number' && cell.headerState !== 0, inlines: cellInlines(cell) })),
      )
      .filter((row) => row.length > 0),
  });

  const block = (node: LexicalJsonNode, headingOffset: number): Block | null => {
    switch (node.type) {
      case 'table':
        return table(node);
      case 'heading':
        return { kind: 'heading', level: headingLevel(node, headingOffset), inlines: childrenOf(node).flatMap(inline) };
      case 'quote':
        return { kind: 'quote', inlines: childrenOf(node).flatMap(inline) };
      case 'list':
        return list(node);
    }
    const inlines = childrenOf(node).flatMap(inline);
    return inlines.length ? { kind: 'paragraph', inlines } : null;
  };

  const blocks: Block[] = [];
  // One note: its title is the brief's; several: each note is a section under its own heading.
  const several = input.notes.length > 1;
  for (const note of input.notes) {
    noteId = note.id;
    const root = parseLexicalRoot(note.content);
    if (several) blocks.push({ kind: 'heading', level: 2, inlines: [{ kind: 'text', text: note.title, marks: [] }] });
    for (const child of childrenOf(root)) {
      const b = block(child, several ? 2 : 1);
      if (b && !isEmptyBlock(b)) blocks.push(b);
    }
  }

  const articles = new Map<number, CitedArticle>();
  for (const c of cited) if (c.resolution.ok && !articles.has(c.resolution.article.id)) articles.set(c.resolution.article.id, c.resolution.article);
  const style = input.style([...articles.values()]);

  const footnotes: Footnote[] = cited.map(({ n, key, resolution }) =>
    resolution.ok
      ? { n, target: key, runs: style.footnote(resolution), problem: null }
      : { n, target: key, runs: brokenRuns(resolution.problem, resolution.quote ?? null), problem: resolution.problem },
  );

  const appendix = input.appendix
    ? cited.flatMap(({ n, resolution }): AppendixEntry[] =>
        resolution.ok
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

  return { title: input.title, blocks, footnotes, bibliography: style.bibliography(), appendix, problems };
}

function brokenRuns(problem: string, quote: string | null): Run[] {
  return [{ text: `Broken citation: ${problem}.` }, ...(quote ? [{ text: ` Last cited as “${quote}”.` }] : [])];
}

function isEmptyBlock(b: Block): boolean {
  if (b.kind === 'list') return b.items.length === 0;
  if (b.kind === 'table') return b.rows.length === 0;
  return b.inlines.every((i) => i.kind === 'text' && i.text.trim() === '');
}

/** The plain text of runs (for tests, sorting and the statement style). */
export const runsText = (runs: readonly Run[]): string => runs.map((r) => r.text).join('');
