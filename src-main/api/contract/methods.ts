// The contract every host speaks: method names, their input types (inferred from the zod
// schemas, type-only so nothing of zod reaches the sandboxed preload) and their results.
import type { z } from 'zod';
import type { Schemas, citationRefSchema } from './schemas';

export const METHOD_NAMES = [
  'app.info',
  'articles.import',
  'articles.extract',
  'articles.list',
  'articles.get',
  'articles.delete',
  'articles.importPaste',
  'articles.update',
  'articles.related',
  'articles.reextract',
  'claims.list',
  'claims.update',
  'claims.create',
  'claims.search',
  'notes.list',
  'notes.get',
  'notes.backlinks',
  'notes.history',
  'notes.snapshot',
  'notes.restore',
  'notes.create',
  'notes.save',
  'notes.delete',
  'notes.importMarkdown',
  'search.query',
  'export.note',
  'export.check',
  'export.sources',
  'export.claims',
  'sample.load',
] as const satisfies readonly (keyof Schemas)[];

/** The largest file Quire imports (core's MAX_INGEST_BYTES): hosts refuse bigger ones before reading them. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** The one-line refusal every host shows for a file over MAX_IMPORT_BYTES. */
export function tooLargeMessage(bytes: number): string {
  return `the file is ${Math.round(bytes / 1024 / 1024)} MB; Quire imports files up to ${MAX_IMPORT_BYTES / 1024 / 1024} MB`;
}

export type MethodName = (typeof METHOD_NAMES)[number];
export type MethodInput<M extends MethodName> = z.input<Schemas[M]>;

export type ClaimKind = 'direct' | 'indirect';
export type ClaimStatus = 'suggested' | 'confirmed' | 'rejected';
export type CitationRef = z.infer<typeof citationRefSchema>;

export interface ArticleSummary {
  id: number;
  title: string;
  outlet: string | null;
  author: string | null;
  /** ISO date (YYYY-MM-DD) when the article states one. */
  published: string | null;
  /** Length of the stored body text in UTF-16 code units (the unit every offset uses). */
  chars: number;
  importedAt: string;
  /** Claims found in it (rejected ones not counted). */
  claims: number;
}

export type ArticleFormat = 'txt' | 'md' | 'html' | 'pdf' | 'docx' | 'paste';

export interface Article extends ArticleSummary {
  /** The stored body text: never rewritten after import; every offset points into it. */
  text: string;
  sourceName: string | null;
  /** BCP-47 primary language when known. */
  language: string | null;
  url: string | null;
  /** null for articles imported before formats were recorded. */
  format: ArticleFormat | null;
  /** The text before cleaning (equal to text when nothing was removed). */
  rawText: string;
  /** Ranges of rawText that cleaning removed (sorted, half-open); offsets into rawText, not text. */
  removed: { start: number; end: number }[];
}

/** Another article telling the same story: a near-duplicate (reprint) or other coverage. */
export interface ArticleRelation {
  article: ArticleSummary;
  kind: 'near_duplicate' | 'related';
  /** 0…1: shingle similarity for near-duplicates, vocabulary overlap for related coverage. */
  similarity: number;
}

export interface Claim {
  id: number;
  articleId: number;
  kind: ClaimKind;
  /** Exactly `article.text.slice(start, end)`. */
  text: string;
  speaker: string | null;
  start: number;
  end: number;
  status: ClaimStatus;
  /** The title and role written with the speaker's name. Always present in output. */
  speakerRole?: string | null;
  /** How it was said: 'tweet', 'briefing', 'statement', … Always present in output. */
  channel?: string | null;
  /** The outlet or document the article relays it through. Always present in output. */
  via?: string | null;
  /** When it was said (ISO date) and how precisely that is known. Always present in output. */
  saidOn?: ClaimSaidOn | null;
  /** Numbers and dates stated in the claim. Always present in output. */
  facts?: ClaimFact[];
}

export type DatePrecision = 'day' | 'week' | 'month' | 'unknown';

export interface ClaimSaidOn {
  /** ISO date (YYYY-MM-DD). */
  date: string;
  precision: DatePrecision | (string & {});
}

/** A number or date stated in a claim; offsets in the article text. */
export interface ClaimFact {
  kind: 'number' | 'date';
  /** A number, or an ISO date ("2026-01-30"; "--01-30" when the year is unknown). */
  value: number | string;
  /** What is counted ("people", "percent", "$"), or 'deadline' for a date introduced by "by". */
  unit?: string;
  /** "more than", "at least", "about", … */
  qualifier?: string;
  text: string;
  start: number;
  end: number;
}

/** The provenance and facts every claim carries in output. */
export interface ClaimDetails {
  speakerRole: string | null;
  channel: string | null;
  via: string | null;
  saidOn: ClaimSaidOn | null;
  facts: ClaimFact[];
}

export interface NoteSummary {
  id: number;
  title: string;
  updatedAt: string;
}

export interface NoteRef {
  id: number;
  title: string;
  /** notes.backlinks: the sentence of the linking note around the link. */
  context?: string;
}

/** One saved version of a note (notes.history). */
export interface NoteVersion {
  id: number;
  noteId: number;
  title: string;
  createdAt: string;
  /** auto: taken while editing (at most every few minutes); manual: asked for; around a restore. */
  reason: 'auto' | 'manual' | 'before-restore' | 'restore';
  /** The version's plain text (for a preview). */
  text: string;
}

/** The sentence around a quote in its article's stored text. */
export interface QuoteContext {
  before: string;
  after: string;
}

/** A claim found by `claims.search` (the `@` quick-pick), with its source. */
export interface ClaimHit extends Claim {
  articleTitle: string;
  outlet: string | null;
  published: string | null;
  context: QuoteContext;
}

/** A citation resolved against the store; `broken` when its source is gone or no longer matches. */
export interface CitationView {
  id: number;
  /** "claim:12" or "article:3@10-52". */
  target: string;
  ref: CitationRef;
  quote: string | null;
  speaker: string | null;
  articleId: number | null;
  articleTitle: string | null;
  outlet: string | null;
  published: string | null;
  broken: boolean;
  /** The sentence around the quote in the article (absent when broken). */
  context?: QuoteContext | null;
}

export interface Note extends NoteSummary {
  /** Lexical editor state JSON. */
  content: string;
  /** Plain text of the note (what search indexes). */
  text: string;
  citations: CitationView[];
  links: NoteRef[];
  backlinks: NoteRef[];
}

export interface SearchHit {
  type: 'article' | 'claim' | 'note' | 'annotation';
  id: number;
  title: string;
  /** Text around the match; matched terms wrapped in U+E000 … U+E001 (private-use markers). */
  snippet: string;
  /** Claims, annotations and articles: the article (claims open the reader there). */
  articleId?: number;
  speaker?: string | null;
  outlet?: string | null;
  published?: string | null;
}

export interface ImportOutcome {
  article: ArticleSummary;
  claims: number;
  /** With `ifDuplicate: 'report'`: the file was an exact duplicate of `article` (nothing stored). */
  duplicate?: boolean;
  /** Articles linked to the new one on import. */
  related?: ArticleRelation[];
}

/** A file read and extracted but not stored. */
export interface Extraction {
  article: { title: string; outlet: string | null; author: string | null; published: string | null; text: string };
  claims: ({ kind: ClaimKind; text: string; speaker: string | null; start: number; end: number } & ClaimDetails)[];
}

export interface AppInfo {
  version: string;
  dbPath: string;
  articles: number;
  notes: number;
  /** True while the store holds no article and no note: the app offers the sample notebook. */
  empty: boolean;
}

export interface ExportedFile {
  fileName: string;
  mimeType: string;
  /** Text as is (utf8), or the bytes of a binary format (DOCX, PDF) as base64. */
  encoding: 'utf8' | 'base64';
  content: string;
}

/** A citation an exported brief cannot vouch for; noteId and target locate it in the editor. */
export interface ExportProblem {
  noteId: number;
  noteTitle: string;
  /** "claim:12" or "article:3@10-52", as CitationView.target. */
  target: string;
  message: string;
}

export interface ExportCheck {
  ok: boolean;
  /** Distinct citations checked. */
  citations: number;
  problems: ExportProblem[];
}

export interface MethodOutputs {
  'app.info': AppInfo;
  'articles.import': ImportOutcome;
  'articles.extract': Extraction;
  'articles.list': ArticleSummary[];
  'articles.get': Article;
  'articles.delete': { deleted: number };
  'articles.importPaste': ImportOutcome;
  'articles.update': Article;
  'articles.related': ArticleRelation[];
  'claims.list': Claim[];
  'claims.update': Claim;
  'claims.create': Claim;
  /** How many fresh suggestions extraction wrote (the analyst's claims and decisions are kept). */
  'articles.reextract': { claims: number };
  'claims.search': ClaimHit[];
  'notes.list': NoteSummary[];
  'notes.get': Note;
  'notes.backlinks': NoteRef[];
  'notes.history': NoteVersion[];
  'notes.snapshot': NoteVersion;
  'notes.restore': Note;
  'notes.create': Note;
  'notes.save': Note;
  'notes.delete': { deleted: number };
  'notes.importMarkdown': Note;
  'search.query': SearchHit[];
  'export.note': ExportedFile;
  'export.check': ExportCheck;
  'export.sources': ExportedFile;
  'export.claims': ExportedFile;
  'sample.load': { articles: number; notes: number; noteId: number };
}

export type MethodOutput<M extends MethodName> = MethodOutputs[M];

/** Error codes every host maps the same way (HTTP status, CLI exit code). */
export type ErrorCode = 'bad_request' | 'unknown_method' | 'not_found' | 'conflict' | 'unauthorized' | 'internal';

export interface WireError {
  code: ErrorCode;
  message: string;
}

/** What a host returns for one call. */
export type WireResult<T> = { ok: true; value: T } | { ok: false; error: WireError };

/** The one interface the renderer (and tests) use, whichever host is behind it. */
export interface QuireApi {
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
}

/** The shape the Electron preload exposes as `window.quire`: one function per method. */
export type PreloadBridge = {
  [M in MethodName]: (input: MethodInput<M>) => Promise<WireResult<MethodOutput<M>>>;
};

/** Lexical node type names shared by the renderer's nodes and the service's note parser. */
export const NODE_TYPES = { citation: 'quire-citation', noteLink: 'quire-note-link' } as const;

/** Serialized form of a CitationNode: it stores only where it points. */
export interface SerializedCitation {
  type: typeof NODE_TYPES.citation;
  version: 1;
  ref: CitationRef;
}

/** Serialized form of a NoteLinkNode. */
export interface SerializedNoteLink {
  type: typeof NODE_TYPES.noteLink;
  version: 1;
  noteId: number;
  title: string;
}

export function citationTarget(ref: CitationRef): string {
  return ref.kind === 'claim' ? `claim:${ref.claimId}` : `article:${ref.articleId}@${ref.start}-${ref.end}`;
}
