// Rows as the repositories hand them out (camelCase, plain data).

export interface ArticleRow {
  id: number;
  title: string;
  outlet: string | null;
  author: string | null;
  published: string | null;
  updated: string | null;
  language: string | null;
  url: string | null;
  format: ArticleFormat | null;
  sourceName: string | null;
  /** Where each metadata value came from: field → source ('meta', 'byline', …, 'analyst'). */
  sources: Record<string, string>;
  chars: number;
  importedAt: string;
  /** Claims not rejected. */
  claims: number;
}

export type ArticleFormat = 'txt' | 'md' | 'html' | 'pdf' | 'docx' | 'paste';

export interface TextRangeRow {
  start: number;
  end: number;
}

export interface ArticleWithText extends ArticleRow {
  text: string;
}

/** A run of paragraphs in one language (offsets into the stored text). */
export interface LanguageRunRow {
  start: number;
  end: number;
  language: string;
}

export interface ArticleFull extends ArticleWithText {
  /** Each paragraph's language, as runs (empty for a store that has not worked them out). */
  languages: LanguageRunRow[];
  /** The text before cleaning (the text itself for articles imported before version 2). */
  rawText: string;
  /** Ranges of rawText that cleaning removed. */
  removed: TextRangeRow[];
}

/** Metadata the analyst may change (the text never). */
export interface ArticleMetadataChange {
  title?: string;
  outlet?: string | null;
  author?: string | null;
  published?: string | null;
  updated?: string | null;
  language?: string | null;
  url?: string | null;
}

export interface ArticleRelationRow {
  articleId: number;
  kind: 'near_duplicate' | 'related';
  similarity: number;
}

export interface NewRelation {
  otherId: number;
  kind: 'near_duplicate' | 'related';
  similarity: number;
}

export interface NewArticle {
  title: string;
  outlet: string | null;
  author: string | null;
  published: string | null;
  language: string | null;
  sourceName: string | null;
  text: string;
  contentHash: string;
  rawText?: string | null;
  removed?: readonly TextRangeRow[];
  url?: string | null;
  format?: ArticleFormat | null;
  updated?: string | null;
  sources?: Record<string, string>;
  languages?: readonly LanguageRunRow[];
}

export type ClaimKind = 'direct' | 'indirect';
export type ClaimStatus = 'suggested' | 'confirmed' | 'rejected';
export type ClaimOrigin = 'extracted' | 'analyst';

/** A number or date stated in a claim (core/claims Fact), offsets in the article text. */
export interface ClaimFact {
  kind: 'number' | 'date';
  value: number | string;
  unit?: string;
  qualifier?: string;
  text: string;
  start: number;
  end: number;
}

export interface ClaimSaidOn {
  /** ISO date (YYYY-MM-DD). */
  date: string;
  precision: string;
  text?: string;
}

export interface ClaimRow {
  id: number;
  articleId: number;
  kind: ClaimKind;
  text: string;
  speaker: string | null;
  start: number;
  end: number;
  status: ClaimStatus;
  origin: ClaimOrigin;
  edited: boolean;
  speakerRole: string | null;
  channel: string | null;
  via: string | null;
  saidOn: ClaimSaidOn | null;
  facts: ClaimFact[];
}

export interface NewClaim {
  kind: ClaimKind;
  text: string;
  speaker: string | null;
  start: number;
  end: number;
  origin?: ClaimOrigin;
  status?: ClaimStatus;
  speakerRole?: string | null;
  channel?: string | null;
  via?: string | null;
  saidOn?: ClaimSaidOn | null;
  facts?: readonly ClaimFact[];
}

export interface NoteRow {
  id: number;
  title: string;
  content: string;
  text: string;
  createdAt: string;
  updatedAt: string;
}

export interface NoteRefRow {
  id: number;
  title: string;
}

/** A citation as saved with its note; claimId / articleId are null once the target is gone. */
export interface CitationRow {
  id: number;
  noteId: number;
  position: number;
  kind: 'claim' | 'article';
  targetId: number;
  claimId: number | null;
  articleId: number | null;
  start: number | null;
  end: number | null;
  quote: string | null;
}

export type NewCitation = Omit<CitationRow, 'id' | 'noteId' | 'position'>;

export interface SearchRow {
  type: 'article' | 'claim' | 'note' | 'annotation';
  id: number;
  title: string;
  snippet: string;
  rank: number;
}

/** An article's MinHash signatures and the LSH band keys derived from them. */
export interface FingerprintRow {
  signature: number[];
  topic: number[];
}

export interface NewFingerprint extends FingerprintRow {
  bandKeys: readonly string[];
}
