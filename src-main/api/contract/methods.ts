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
  'claims.list',
  'claims.update',
  'notes.list',
  'notes.get',
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
}

export interface Article extends ArticleSummary {
  /** The stored body text: never rewritten after import; every offset points into it. */
  text: string;
  sourceName: string | null;
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
}

export interface NoteSummary {
  id: number;
  title: string;
  updatedAt: string;
}

export interface NoteRef {
  id: number;
  title: string;
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
}

export interface ImportOutcome {
  article: ArticleSummary;
  claims: number;
}

/** A file read and extracted but not stored. */
export interface Extraction {
  article: { title: string; outlet: string | null; author: string | null; published: string | null; text: string };
  claims: { kind: ClaimKind; text: string; speaker: string | null; start: number; end: number }[];
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
  'claims.list': Claim[];
  'claims.update': Claim;
  'notes.list': NoteSummary[];
  'notes.get': Note;
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
