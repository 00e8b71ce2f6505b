/** Where a citation points (mirrors the contract's CitationRef; core imports nothing above it). */
export type CitationRef =
  | { kind: 'claim'; claimId: number }
  | { kind: 'article'; articleId: number; start: number; end: number };

/** What a citation resolves to when a note is exported or shown. */
export interface ResolvedCitation {
  quote: string;
  speaker: string | null;
  articleTitle: string;
  outlet: string | null;
  published: string | null;
}

/** What the service needs from a note's Lexical JSON. */
export interface NoteContentFacts {
  /** Plain text, paragraphs separated by blank lines; citations appear as their quote marker. */
  text: string;
  citations: CitationRef[];
  /** Ids of notes this note links to. */
  links: number[];
}
